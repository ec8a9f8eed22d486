"""The command line: the verbs of `buyer-app` (vehicles, compare, rank, prices, report, db, fields, incentives, region).

- `main`: `main` (the parser, and every refused input turned into a message and exit 2; `buyer_app.entry` calls it
  and opens the window when no verb is given).
- One module per verb (`compare_cmd`, `rank_cmd`, `report_cmd`, `prices_cmd`, `db_cmd`, `fields_cmd`,
  `incentives_cmd` with `region`, `vehicles_cmd`) and the flags they share (`household_args`, `driving_args`,
  `deal_args`, `uncertainty_args`).
"""
