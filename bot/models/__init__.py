"""Model providers, each the only module importing its SDK, and the prompts they are given."""
