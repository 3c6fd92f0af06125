"""Slack adapter: Bolt listeners, Block Kit builders and the chat port on the Web API."""
