"""How the household drives: a year of daily distances from a pattern or from its own log.

- `patterns`: `Pattern` (`AnnualPattern`, `SimplePattern`, `WeeklyPattern`, `LogPattern`, with `Trip`),
  `driving_year` -> `DrivingYear`, `pattern_from_dict`.
- `logs`: `LogImport` and the generic CSV log (dates and distances) checked line by line into a year of days.
- `formats`: `read_driving_log`, the one entry: recognises a TeslaMate, Google Takeout, evcc or odometer export
  (or the generic log) and returns the same `LogImport`, saying which format it found.
"""
