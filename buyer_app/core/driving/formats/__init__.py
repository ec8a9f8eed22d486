"""Driving histories the household already has, each recognised by its structure and read into the same LogImport.

- `detect`: `read_driving_log` / `parse_history`, the one entry (which format, then its reader);
- `teslamate`: TeslaMate's `drives` table and the Grafana "Drives" CSV (km, outside temperatures);
- `takeout`: Google Takeout location history, older `timelineObjects` and newer `semanticSegments` (car journeys);
- `evcc`: evcc charging sessions (odometer differences, and the energy charged by charging point);
- `odometer`: any CSV of dated odometer readings;
- `common`: the table reader, dates, numbers and the per-day sums they share.
The generic CSV of dates and distances stays in `..logs`.
"""

from buyer_app.core.driving.formats.detect import FORMATS, parse_history, read_driving_log

__all__ = ["FORMATS", "parse_history", "read_driving_log"]
