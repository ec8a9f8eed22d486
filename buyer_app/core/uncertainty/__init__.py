"""buyer_app.core.uncertainty.draws."""
