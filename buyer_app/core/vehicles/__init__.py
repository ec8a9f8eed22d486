"""The vehicle database: EPA vehicles with battery and charging specs, their prices, and how they are imported.

Modules and the names other packages use:
- `database`: `load_database`, `VehicleDatabase` (the active database: the user's latest import, else the shipped one).
- `schema`: the vehicle table's columns and `Powertrain`, `PLUG_INS`, `UNSUPPORTED`.
- `inputs`: `VehicleInputs`, `inputs_from_frame` (the per-vehicle arrays the cost model reads).
- `prices`: `load_price_table`, `attach_prices` (the curated base-MSRP table); `user_prices`: the user's own
  prices (`buyer-app prices import/show/export`).
- `db_import`: `import_database`, `build_database` (`buyer-app db import`, and tools/build_shipped_database.py).
- `dc_charging`: how long a DC or AC session takes (a measured curve or the generic taper).
- `importers/`: reading the EPA file and enriching it with battery and charging specs.
"""
