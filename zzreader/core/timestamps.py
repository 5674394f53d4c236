"""Timestamps as the library stores them (ISO 8601 UTC with milliseconds)."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """UTC time with milliseconds, ISO 8601 / xsd:dateTime (as W3C export needs)."""
    t = dt.datetime.now(dt.UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def parse_time(value: str | None) -> dt.datetime | None:
    """Read an ISO time written by us or by another tool (naive = UTC)."""
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)
