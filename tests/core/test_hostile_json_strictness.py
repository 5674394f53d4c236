"""Both JSON imports (W3C annotations, corrections) read a file from elsewhere by the same strict rules.

Before the fix the corrections import read `NaN` and `Infinity` (and then
said "unsupported version NaN"), applied a file with a 200-level-deep extra
field and called one nested 990 deep "not valid JSON", while the W3C import
refused all three in its own words; both said "not valid JSON (line 2)" for
a JSON Lines file or two exports joined. One reader (core/json_faults.py
`strict_loads`) now refuses each alike, in one line that says what is wrong,
and a refused file changes nothing.
"""

from __future__ import annotations

import json

import pytest

from zzreader.core import corrections_transfer as ct
from zzreader.core import json_faults, w3c_validate
from zzreader.core import revisions as rv

GOOD = {"format": ct.FORMAT, "version": ct.VERSION, "articles": []}
TEXT = json.dumps(GOOD)


def _deep(levels: int) -> str:
    return TEXT[:-1] + ', "extra": ' + "[" * levels + "]" * levels + "}"


CASES = {
    "NaN": (TEXT.replace(f'"version": {ct.VERSION}', '"version": NaN'), "NaN"),
    "Infinity": (TEXT.replace('"articles": []', '"articles": [], "x": -Infinity'), "NaN"),
    "deep 200": (_deep(200), "32"),
    "deep 990": (_deep(990), "32"),
    "deep 100000": (_deep(100_000), "32"),
    "JSON Lines": (TEXT + "\n" + TEXT + "\n", "JSON Lines"),
    "two joined": (TEXT + TEXT, "JSON Lines"),
    "a 5000-digit number": (TEXT.replace('"articles": []', '"articles": [], "x": ' + "9" * 5000), "too long"),
    "blank": ("\ufeff \n\t", "empty"),
}


@pytest.mark.parametrize("name", CASES)
def test_the_corrections_import_refuses_what_json_does_not_allow(name: str) -> None:
    text, said = CASES[name]
    with pytest.raises(rv.CorrectionError) as caught:
        ct.read_file(text)
    message = str(caught.value)
    assert said in message and "\n" not in message and "Traceback" not in message, message


@pytest.mark.parametrize("name", CASES)
def test_the_annotation_import_refuses_the_same_in_the_same_words(name: str) -> None:
    text, said = CASES[name]
    with pytest.raises(w3c_validate.W3CFileError) as caught:
        w3c_validate.loads(text.replace(ct.FORMAT, "AnnotationPage"), "f.json")
    assert said in str(caught.value) and str(caught.value).endswith(": f.json"), str(caught.value)


def test_a_key_given_twice_keeps_its_last_value_as_browsers_read_it() -> None:
    assert json_faults.strict_loads('{"a": 1, "a": 2}') == {"a": 2}


def test_a_good_file_still_reads() -> None:
    assert ct.read_file(TEXT) == GOOD
    assert json_faults.nesting_depth(TEXT) == 2
