"""buyer_app.core.ownership.curves."""
