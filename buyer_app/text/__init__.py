"""The words: every sentence, amount and unit the faces show, from the core's numbers, enums and typed reasons.

Pure Python (no Qt, checked by import-linter); every sentence template goes through `translate.tr()`.
- `translate`: `tr`, `install`; `currency`: `money`; `units`: `Display`, `display_of`, `distance`, `fuel_economy`...
- `wording`: `money`, `verdict`, `after_text`, `charging_notes`, `years_text`; `choices`: `choice_label`,
  `powertrain_label`.
- Per subject, words and `compare --json` blocks: `charging`, `driving` (`describe_pattern`), `incentives`,
  `region`, `sources`, `ranking`, `uncertainty`, `thresholds` (`threshold_sentence`), `session` (`notice_text`).
"""
