"""The words a command or a menu offers for a choice: export formats, citation styles,
trend periods, entity roles and kinds.

Kept apart from the modules that do the work (core/export.py, core/citations.py,
core/discovery/), so that building the command line's options or a menu loads
none of them: every `zzreader` command built its parser by importing them all,
bibtexparser and the W3C reader included, before doing anything.
"""

ANNOTATION_FORMATS = ("md", "csv", "json")
CITATION_FORMATS = ("gbt7714", "csl-json", "ris", "bibtex")
TREND_PERIODS = ("month", "year")
ENTITY_ROLES = ("reporter", "correspondent", "photographer", "mentioned")
ENTITY_KIND_OF_COMMAND = {"people": "person", "places": "place", "orgs": "org"}
