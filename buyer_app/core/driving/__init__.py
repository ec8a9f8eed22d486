"""buyer_app.core.driving.patterns."""
