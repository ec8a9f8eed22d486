"""buyer_app.core.region."""
