"""The kinds of article the parser assigns and a user can filter or correct to.

A module of its own so the search path (core/query.py) can check a `type:`
filter without loading the parser's models (core/models.py).
"""

ARTICLE_TYPES = ("news", "commentary", "feature", "notice", "ad", "caption", "table", "other")
