"""The core's own exceptions: front ends show their message to the user as is."""


class ZZReaderError(Exception):
    """Base of every error the core raises on purpose; the message is bilingual."""


class ParseError(ZZReaderError, ValueError):
    """A file that cannot be read as a newspaper issue (empty, binary, not Chinese…)."""


class AnnotationError(ZZReaderError, ValueError):
    """An annotation edit that cannot be done; the message is bilingual."""


class AnnotationNotFound(AnnotationError, LookupError):
    """A highlight, tag, collection or article id that does not exist."""
