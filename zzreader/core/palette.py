"""The colours and styles a highlight or a tag may take (the GUI draws them, zzreader/gui/highlight_style.py)."""

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange", "red", "grey")
STYLES = ("highlight", "underline", "strike")

# Highlight colours: (fill for the highlight style, ink for underline/strike).
PALETTE = {
    "yellow": ("#fff3a3", "#c79a00"),
    "green": ("#c8f0c0", "#2e9e44"),
    "blue": ("#c6e2ff", "#1c6fd1"),
    "pink": ("#ffd1e8", "#d8408a"),
    "purple": ("#e3d1ff", "#8a4fd8"),
    "orange": ("#ffd8a8", "#e06c00"),
    "red": ("#ffb3b3", "#d32f2f"),
    "grey": ("#dddddd", "#6b6b6b"),
}
