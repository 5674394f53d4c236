"""The Qt GUI of zzreader; PySide6 is imported only through `qt.py`."""
