"""The window (PySide6 + pyqtgraph): panels, table models, dialogs, chart tabs and the controllers over the core.

- `app`: `run_gui`, `start_window` (recover, reopen the last profile, or welcome); `main_window`: `MainWindow`.
- Components the window owns: `file_controller` (menus and the Qt side of the core's document session),
  `report_actions` (Export PDF / CSV, Print, About), `run_control` (the uncertainty run), `chart_tabs`.
- Panels and views: `household_panel`, `driving_panel`, `picker`, `whatif`, `uncertainty_panel`, `incentives_view`,
  `vehicle_details`, `sources_dialog`, `welcome`; `settings_store`, `error_report`, `uncertainty_worker`.
"""
