"""The PySide6 + pyqtgraph face."""
