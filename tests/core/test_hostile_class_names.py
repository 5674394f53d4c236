"""No message the user reads names a Python class ("dict", "NoneType", "ValueError") or quotes Python's text.

Before: a W3C page whose items were a number said "must be a list, not int"; an item
that was a string said "not an annotation (a str)"; an annotation whose import failed
said "cannot be imported (OverflowError)"; a parser bug said "Parser error:
IndexError: list index out of range"; an exception with no text became its class name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import importer, shown, w3c_validate
from zzreader.core.store import open_library

CLASS_NAMES = re.compile(r"\b(?:dict|int|float|str|bool|NoneType|tuple|[A-Z][a-z]+(?:Error|Exception))\b")


@pytest.mark.parametrize("value", [5, 2.5, "x", None, True, [1], {"a": 1}])
def test_json_values_are_named_in_words(value) -> None:
    zh, en = w3c_validate.json_kind(value)
    assert zh and en and not CLASS_NAMES.search(en)


@pytest.mark.parametrize("item", [5, "an annotation?", None, [1, 2], True])
def test_an_item_that_is_no_annotation_says_what_it_is_in_words(item) -> None:
    reason = w3c_validate.problem(item)
    assert reason and not CLASS_NAMES.search(reason), reason


@pytest.mark.parametrize("target", [5, None, [1], True, 2.5])
def test_a_target_of_the_wrong_type_says_what_it_is_in_words(target) -> None:
    reason = w3c_validate.problem({"type": "Annotation", "id": "urn:x:1", "target": [target]})
    assert reason and not CLASS_NAMES.search(reason), reason


@pytest.mark.parametrize("items", [5, "x", None, {"a": 1}, True])
def test_a_page_whose_items_are_no_list_says_what_they_are_in_words(items) -> None:
    with pytest.raises(w3c_validate.W3CFileError) as err:
        w3c_validate.annotation_items({"type": "AnnotationPage", "items": items})
    assert not CLASS_NAMES.search(str(err.value)), str(err.value)


def test_a_parser_bug_is_reported_without_pythons_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from zzreader.core import parse

    def broken(_data, _name):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parse, "parse_bytes", broken)
    said = importer._parse_job(b"x", "a.txt")
    assert isinstance(said, str) and "解析出错 / Parser error" in said
    assert "IndexError" not in said and "out of range" not in said


@pytest.mark.parametrize("exc", [ValueError("bad"), TypeError("unhashable type: 'list'"), KeyError("k"),
                                 RuntimeError(), AttributeError("'NoneType' object has no attribute 'x'")])
def test_foreign_errors_are_one_line_without_class_names(exc: BaseException) -> None:
    text = shown.error(exc)
    assert text and "\n" not in text and not CLASS_NAMES.search(text) and "NoneType" not in text


def test_an_annotation_that_fails_on_import_says_why_in_words(tmp_path: Path, monkeypatch) -> None:
    from zzreader.core import w3c

    def overflow(*_a, **_k):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    seeded_library(tmp_path / "lib.sqlite").close()
    monkeypatch.setattr(w3c, "_import_item", overflow)
    doc = {"type": "AnnotationPage", "items": [{"type": "Annotation", "id": "urn:x:1", "target": "urn:x"}]}
    with open_library(tmp_path / "lib.sqlite") as library:
        report = w3c.import_w3c(library, doc, "a.json")
    (line,) = report.skipped
    assert "数值太大 / a number is too big" in line and "OverflowError" not in line


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + "株洲日报讯".encode("utf-16-le") + b"\x00\xd8" + "记者".encode("utf-16-le"),  # a lone surrogate
    b"\xff\xfe" + "株洲".encode("utf-16-le") + b"\x00",  # an odd byte at the end
    b"\xef\xbb\xbf" + "株洲".encode() + b"\xff\xfe",  # UTF-8 with its mark, then bytes that are not
])
def test_an_issue_that_does_not_decode_says_why_without_the_codecs_words(data: bytes) -> None:
    from zzreader.core.errors import ParseError
    from zzreader.core.parse import parse_bytes

    with pytest.raises(ParseError) as err:
        parse_bytes(data, "broken.txt")
    text = str(err.value)
    for codec_words in ("illegal", "surrogate", "truncated", "invalid start byte", "unexpected end", "codec"):
        assert codec_words not in text, text
