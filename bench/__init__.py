"""Benchmarks: commands that print figures (`make bench`); never assertions."""
