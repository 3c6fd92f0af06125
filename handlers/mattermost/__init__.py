"""Plume on Mattermost: WebSocket events, message-attachment actions, interactive dialogs, the /plume command."""
