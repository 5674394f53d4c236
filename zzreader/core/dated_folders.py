"""An issue file named by its page alone ('A02.txt') in a folder named by its date: the date joins its name.

Archives sorted by day keep `20251216/A01.txt`, `20251216/A02.txt`, or
`2025-12/16/A02.txt`, `2025/12/16/A02.txt` and `2025/1216/A02.txt` as e-paper
sites lay out their addresses. An issue's identity is its file name (core/issue_import.py), so two
days' `A02.txt` were one issue, the second import replacing the first, and the
name gave no date. When the file's own name holds no date and its folder (or
its last two or three folders, in figures) names one, the issue is named
`20251216_A02.txt`, `2025-12-16_A02.txt`: the folder names are read for a date
only, never used as a path, and a name that holds its date is left as it is.
"""

from __future__ import annotations

import re

from .dates import date_from_filename, either_way

MAX_FOLDER_CHARS = 40  # a folder named by a date is short; a long one is a description that may mention one
_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})(?:[-_.]|\s*年\s*)?(\d{1,2})(?:\s*月)?")  # '1988-07', '198807', '1988年07月'
# '20250717/A03/正文.txt': a folder per page under the day's folder
_PAGE = re.compile(r"第?\s*[A-Za-z]?\d{1,2}\s*版?")
_DAY = re.compile(r"\d{1,2}")


_UNIT = re.compile(r"^(\d{1,4})\s*[年月日号]$")  # '1987年/3月/5日': a folder per unit, marked in Chinese
# '7月17日 A03.txt' in a year's folder: the name's month and day in the folder's year
_NAME_MONTH_DAY = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
# '07_3.txt', '7日-A03.txt', '17日A05.txt', '05.txt' in a month's folder: the day first in the name, a page after it
_NAME_DAY = re.compile(r"^(\d{1,2})(?:\s*[日号]|(?=[-_.\s\u3000(（]|$))")


def dated_name(folders: list[str], name: str) -> str:
    """`name`, or the date its folders name joined in front of it ('20251216_A02.txt')."""
    if not folders or date_from_filename(name) is not None:
        return name
    folders = [_UNIT.sub(r"\1", folder) for folder in folders]
    day = folder_date(folders)
    if not day and len(folders) >= 2 and _PAGE.fullmatch(folders[-1]) and (above := folder_date(folders[:-1])):
        return f"{above}_{folders[-1]}_{name}"  # '20250717/A03/正文.txt': '20250717_A03_正文.txt'
    if not day and _YEAR.fullmatch(folders[-1]) and _NAME_MONTH_DAY.match(name):
        return f"{folders[-1]}年{name}"  # '2025/7月17日 A03.txt': '2025年7月17日 A03.txt'
    if not day and (month := _month(folders)) and (m := _NAME_DAY.match(name)):
        joined = f"{month}-{m.group(1)}"  # '1988-05/07_3.txt': the folder names the month, the name the day
        rest = name[m.end():]
        rest = rest if not rest or rest.startswith(".") else "_" + rest.lstrip("-_. \u3000")
        return f"{joined}{rest}" if date_from_filename(joined) is not None else name
    return f"{day}_{name}" if day else name


def _month(folders: list[str]) -> str | None:
    """'1988-05' for a last folder `1988-05` or `198805`, or last two folders `1988/05`; None otherwise."""
    if m := _YEAR_MONTH.fullmatch(folders[-1]):
        return f"{m.group(1)}-{m.group(2)}"
    if len(folders) >= 2 and _YEAR.fullmatch(folders[-2]) and _DAY.fullmatch(folders[-1]) and 1 <= int(folders[-1]) <= 12:
        return f"{folders[-2]}-{folders[-1]}"
    return None


def folder_date(folders: list[str]) -> str | None:
    """The date the last folders name, as their own text ('20251216') or in figures joined by dashes
    ('2025-12-16' for `2025/12/16`, `2025-12/16` or `2025/1216`); None when they name none."""
    last = folders[-1]
    if len(last) <= MAX_FOLDER_CHARS and (date_from_filename(last) is not None or either_way(last)):
        return last  # '05.07.1988/': a day either way round, which the page's text tells (core/dates.py `find_date`)
    if len(folders) < 2:
        return None
    if len(last) == 4 and last.isdigit() and _YEAR.fullmatch(folders[-2]):
        joined = f"{folders[-2]}-{last[:2]}-{last[2:]}"  # '2025/1206/': the month and day in one folder
    elif not _DAY.fullmatch(last):
        return None
    elif m := _YEAR_MONTH.fullmatch(folders[-2]):
        joined = f"{m.group(1)}-{m.group(2)}-{last}"
    elif len(folders) >= 3 and _DAY.fullmatch(folders[-2]) and _YEAR.fullmatch(folders[-3]):
        joined = f"{folders[-3]}-{folders[-2]}-{last}"
    else:
        return None
    return joined if date_from_filename(joined) is not None else None
