"""The Qt-free engine: every number the faces show, in sub-packages by what they are about.

Nothing here imports PySide6, shiboken6, pyqtgraph or a face (the import-linter contracts in pyproject.toml, and
tests/core/test_no_qt.py). The core returns numbers, enums and typed reasons; `buyer_app.text` puts them in words.

Sub-packages: `vehicles` (database, prices, importers), `region` (state figures, climate, vehicle taxes),
`household` (the inputs), `driving` (patterns, logs), `energy` (day model, charging, CO2), `ownership` (insurance,
resale), `incentives`, `costs` (model, compare, rank, break-even, CSV), `uncertainty`, `profiles`, `files`.
Module `errors`: `InputError` and `FieldProblem` (bad input, named field by field), `ImportRefused`,
`UnknownVehicle`; the faces turn them into a message (the command line also exits 2).
"""
