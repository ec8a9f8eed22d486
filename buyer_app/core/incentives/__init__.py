"""buyer_app.core.incentives.rules."""
