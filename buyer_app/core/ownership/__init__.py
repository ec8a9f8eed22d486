"""buyer_app.core.ownership.resale."""
