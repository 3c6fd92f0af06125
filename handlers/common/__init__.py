"""What every platform's handlers share (never platform-specific)."""
