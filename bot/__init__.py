"""Plume: drafts replies to citizens' reviews of public services, without sending their personal data away."""
