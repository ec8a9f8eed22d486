"""Incentives: the catalogue of federal, state, utility and local programs, and which of them apply and why not.

- `catalogue`: `load_catalogue`, `programs_for`, `utilities_for`, `Program`, `Payment`, `catalogue_notice`.
- `rules`: `decide_all`, `purchase_day`, `Decision`, `Reason`, `ReasonKind`, `VehicleCase`, `Item`, `IncomeBy`
  (each program decided on the purchase date; a typed reason when it does not apply, worded by
  `buyer_app.text.incentives`).
- `importers/`: the Rewiring America import (tools/import_incentives.py).
"""
