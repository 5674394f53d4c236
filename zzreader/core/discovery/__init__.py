"""Views over the whole archive: term trends, the issue calendar, the index of
people, places and organisations, and reprints (one module per view)."""
