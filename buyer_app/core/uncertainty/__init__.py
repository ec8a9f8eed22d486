"""How sure the verdict is: simulated futures over the deterministic result, and what would flip the answer.

- `draws`: `UncertaintySettings`, `SPREADS`, `settings_from_dict`, `settings_to_dict`, `DEFAULT_DRAWS`,
  `DEFAULT_SEED` (the spreads with their sources, and the futures drawn from them).
- `run`: `run_uncertainty` -> `UncertaintyResult`, `default_pair`, `Cancelled` (percentiles, chance cheapest,
  the pair's difference, tornado).
- `thresholds`: `Threshold`, `ThresholdInput` (solved with the full model; worded by `buyer_app.text.thresholds`).
- `rank`: `rank_chances` (`rank --simulate`).
"""
