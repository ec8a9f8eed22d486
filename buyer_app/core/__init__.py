"""The Qt-free core: vehicle database, cost model, profiles and storage.

Nothing in this package may import PySide6, shiboken6 or pyqtgraph (a test enforces it).
"""
