"""buyer_app.core.costs.model."""
