"""Markets as data: each market beyond the US is a pack folder `resources/markets/<code>/` (market.json,
vehicles.csv, regions.csv, incentives.json, SOURCES.md) read by these modules; the code holds no market's numbers.

market.py (what a market is, which are installed, which market a region code belongs to), regions.py (a region's
sourced figures, the household values and climate they give), pack_database.py (a pack's vehicle table as a
VehicleDatabase)."""
