"""What the core needs from the outside world, as Protocols, one module per concept.

chat: where drafts and notices are shown; repository: conversations, revisions and jobs; audit: the team-lead
views; models: language-model providers; privacy: the pseudonymiser; budget: the rate budgets of calls to a chat
platform. Adapters live in handlers/, storage/, bot/models/ and bot/pacing.py.
"""
