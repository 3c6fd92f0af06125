"""Local HTTP fakes of the Slack Web API and the Mistral chat API for tests."""
