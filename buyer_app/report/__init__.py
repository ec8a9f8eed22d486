"""The printable summary: HTML built from a comparison (pure) and rendered to PDF with Qt.

- `summary`: `ReportContext` and the HTML document (assumptions, vehicles, results, charts, incentives, CO2,
  sources); `uncertainty_section`: its "How sure is this?" part; `safe_text`: escaped, clipped text.
- `pdf`: `write_pdf`, `build_document` (used by `buyer-app report` and the window's Export PDF and Print).
"""
