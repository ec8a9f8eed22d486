"""Import of public incentive data into the catalogue (run by tools/import_incentives.py, not by the app).

- `rewiring`: `import_rewiring`, `catalogue_json`, `ImportResult` (Rewiring America's vehicle and charger
  incentives; what is skipped and why goes to resources/incentives/IMPORT_REPORT.md).
- `rewiring_rules`: how one entry's amount, payment, dates, price caps and income rule are read.
"""
