"""Chat platform adapters around the platform-free core in `bot`."""
