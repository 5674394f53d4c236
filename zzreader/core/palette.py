"""The colours and styles a highlight or a tag may take (the GUI draws them, zzreader/gui/highlight_style.py)."""

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange", "red", "grey")
STYLES = ("highlight", "underline", "strike")
