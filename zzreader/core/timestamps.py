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


EARLIEST_YEAR = 1950  # nothing in a library of 株洲日报 was written before the paper began
MAX_TIME_CHARS = 64  # an ISO time is ~30 characters; anything longer is not one
CLOCK_SKEW = dt.timedelta(minutes=5)


def believable(value: object, moment: dt.datetime | None = None) -> str | None:
    """A time a file states, in our own form, or None when it is not one to believe.

    Not text, over-long, unreadable, out of range (`0001-01-01T00:00:00+23:59`
    overflows), before 1950 or after now: the caller uses the present instead,
    as a time in the future would sort first (or win) for ever.
    """
    if not isinstance(value, str) or len(value) > MAX_TIME_CHARS:
        return None
    t = parse_time(value)
    moment = moment or dt.datetime.now(dt.UTC)
    try:
        t = t.astimezone(dt.UTC) if t is not None else None
    except (OverflowError, ValueError):
        return None
    if t is None or t.year < EARLIEST_YEAR or t > moment + CLOCK_SKEW:
        return None
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
