"""French recognizers Presidio lacks, one per file."""
