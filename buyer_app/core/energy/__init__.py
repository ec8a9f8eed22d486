"""buyer_app.core.energy."""
