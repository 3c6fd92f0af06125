"""Grounding: drafts written with the channel's own approved replies as examples of tone and structure."""
