"""buyer_app.core.files."""
