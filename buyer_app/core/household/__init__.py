"""buyer_app.core.household.fields."""
