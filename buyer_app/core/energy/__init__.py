"""Energy and emissions: the day-by-day year of each vehicle, where its energy comes from, and its CO2.

- `day_model`: `simulate_year` -> `EnergyYear` (365 days for N vehicles at once: gallons, kWh by source, range
  by month in the household's climate); `day_walk` steps through the days a home charger does not refill.
- `charging_summary`: `charging_summary` -> `ChargingSummary` (home-only days, public and DC fast charging, winter
  and summer range against the longest regular day; the sentence is `buyer_app.text.charging`'s).
- `co2`: `co2_per_year`, `grid_kg_per_kwh` and the sources of the tailpipe, electricity and upstream factors.
"""
