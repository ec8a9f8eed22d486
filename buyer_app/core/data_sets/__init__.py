"""The app's data sets side by side: where each comes from, its own date, shipped or imported, and which are stale.

- `summary`: `DataSet`, `us_data_sets`, `market_data_sets`, `all_data_sets`, `stale_sets`, `data_today`, `reset_kind`.
"""
