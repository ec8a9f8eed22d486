"""buyer_app.core.vehicles."""
