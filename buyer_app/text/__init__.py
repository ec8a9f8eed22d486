"""buyer_app.text."""
