"""buyer_app.charts."""
