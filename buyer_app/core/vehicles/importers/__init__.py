"""Readers of the public vehicle data the database is built from (used by `vehicles.db_import`).

- `epa_file`: `read_epa_file` (fueleconomy.gov `vehicles.csv` / `.zip`, malformed files refused).
- `epa_normalize`: `normalize` (the EPA columns turned into the app's vehicle table, unusable rows counted).
- `ev_specs`: `build_spec_table`, `enrich`, `EnrichStats` (battery, AC/DC power and connector from OpenEV Data and
  Chargeprice, matched by make, model family, model year and battery).
- `ev_curves`: which DC charging curve a vehicle gets (a measured one, or none and the generic taper).
"""
