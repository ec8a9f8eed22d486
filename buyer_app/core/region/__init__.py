"""Where the household lives: each US state's figures, its climate and its vehicle taxes, with sources and dates.

- `state_figures`: `state_defaults`, `regional_values`, `STATE_NAMES`, `STATES`, `REGIONAL_FIELDS`, `WEEK_FIELDS`
  (resources/regional/state_defaults.csv: prices, sales tax, EV / hybrid fees, grid, one row per state and field).
- `climate`: `Climate`, `state_climate`, `manual_climate`, and what temperature does to energy use and range
  (winter range: `vehicle_retention`, `range_shares`, `ev_energy_factors`, from Recurrent, AAA and DOE figures).
- `vehicle_taxes`: title, registration and value-based taxes by age (`flat_fees`, `value_taxes`).
"""
