"""The cost of ownership: the model year by year, comparisons, break-even, the whole-database ranking, CSV.

- `choices`: `VehicleChoice`, `Incentive`, `LeaseTerms`, `MAX_VEHICLES` (what the household compares).
- `model`: `compute_costs` -> `CostResult`, `CATEGORIES`, `annual_energy_cost` (vectorised over vehicles and years).
- `compare`: `compare` -> `Comparison` of `VehicleOutcome`s (what every face shows and `compare --json` writes).
- `breakeven`: `break_even_year`, `cost_curve`; `rank`: `rank`, `RankFilters`, `Ranking`, `new_car_incentives`.
- `car_sources`: where each car's insurance, resale and winter range come from; `export_csv`: `write_csv`.
"""
