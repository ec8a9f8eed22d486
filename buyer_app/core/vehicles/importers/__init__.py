"""buyer_app.core.vehicles.importers."""
