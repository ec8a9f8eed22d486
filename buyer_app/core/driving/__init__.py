"""How the household drives: a year of daily distances from a pattern or from its own log.

- `patterns`: `Pattern` (`AnnualPattern`, `SimplePattern`, `WeeklyPattern`, `LogPattern`, with `Trip`),
  `driving_year` -> `DrivingYear`, `pattern_from_dict`.
- `logs`: `read_driving_log` (a CSV driving log checked line by line into a year of days).
"""
