"""The charts: pyqtgraph builders shared by the window (`ui.chart_tabs`) and the PDF (`report.pdf`).

- `comparison`: `cumulative_chart`, `breakdown_chart`, `energy_chart`, `days_chart`, `monthly_chart`, `co2_chart`
  and the `draw_*` functions that redraw a plot in place; `hover_text`, `new_plot`, `clear_plot`.
- `colours`: `VEHICLE_COLOURS` (no pyqtgraph: the answer cards paint before the charts load).
- `uncertainty`: `bands_chart`, `cheapest_chart`, `tornado_chart` and `draw_bands`, `draw_cheapest`,
  `draw_histogram`, `draw_tornado`, `uncertainty_hover`.
"""
