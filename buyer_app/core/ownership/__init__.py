"""What owning a car costs besides energy: its insurance and what it sells for, from published tables.

- `insurance`: `premiums`, `state_premiums`, `insurance_factors` (Bankrate state premiums x body class, powertrain
  and value factors).
- `resale`: `value_path`, `curve_for`, `resale_columns` (iSeeCars curves by segment, powertrain and model).
- `tables`: the resources/ownership/ tables read and checked; `body_class`.
Used by `costs` and `vehicles`; no face imports it directly.
"""
