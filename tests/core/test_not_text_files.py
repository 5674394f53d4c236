"""Files an archive's folders hold beside the text are named as what they are, with the step that
makes text of them; the library stays exactly as it was. Before, all of them were "a binary file"
(and an all-ASCII PDF "not Chinese text")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.importer import import_paths

JUNK = bytes(range(256)) * 8


def _docx(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>株洲日报</w:document>")
    return path.read_bytes()


KINDS = {
    "pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n", "This is a PDF"),
    "jpeg": (b"\xff\xd8\xff\xe0" + JUNK, "This is a picture (JPEG)"),
    "png": (b"\x89PNG\r\n\x1a\n" + JUNK, "This is a picture (PNG)"),
    "tiff": (b"II*\x00" + JUNK, "This is a picture (TIFF)"),
    "webp": (b"RIFF\x00\x10\x00\x00WEBPVP8 " + JUNK, "This is a picture (WebP)"),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + JUNK, "This is a Word or Office document"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_that_is_not_text_is_named_with_what_to_do(kind: str) -> None:
    data, said = KINDS[kind]
    with pytest.raises(ParseError) as caught:
        decode(data)
    message = str(caught.value)
    assert said in message and " / " in message and "\n" not in message
    assert "binary file" not in message


def test_a_word_file_is_not_taken_for_a_zip_of_issues(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="save it as plain text"):
        decode(_docx(tmp_path / "稿件.docx"))


def test_an_import_of_them_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    files = []
    for kind, (data, _) in KINDS.items():
        files.append(tmp_path / f"第一版.{kind}")
        files[-1].write_bytes(data)
    with seeded_library(tmp_path / "lib.sqlite") as library:
        before = library.stats()
        report = import_paths(library, files, workers=0)
        assert [f.status for f in report.files] == ["failed"] * len(KINDS)
        assert library.stats() == before

