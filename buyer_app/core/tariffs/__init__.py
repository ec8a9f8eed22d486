"""Home electricity rate plans: URDB tariffs read and checked (urdb.py), priced hour by hour over a night's
charging (schedule.py), the shipped set (shipped.py) and the profile's choice (choice.py). A sibling of `household`
and `energy` (both use it), so it imports neither."""
