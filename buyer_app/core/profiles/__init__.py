"""buyer_app.core.profiles."""
