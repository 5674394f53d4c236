"""PDF and Word files in a folder import: named with what to do, unless their text is imported beside them.

An archive often keeps each page as a PDF; a folder of them imported nothing and said nothing
(core/folder_walk.py). Beside the pdftotext output of the same name, the PDF is left out quietly.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.helpers import ROOT
from zzreader.core import folder_walk
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from zzreader.i18n import pick

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_a_pdf_without_its_text_is_named_as_skipped_and_one_beside_its_text_is_not(tmp_path: Path) -> None:
    pages = tmp_path / "2025-10-31"
    pages.mkdir()
    (pages / "A01.pdf").write_bytes(PDF)
    (pages / "A01.txt").write_bytes(SEED.read_bytes())  # its text, extracted beside it
    (pages / "A02.PDF").write_bytes(PDF)
    (pages / "A03.docx").write_bytes(b"PK\x03\x04")
    (pages / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [pages], workers=0)
        status = {Path(f.path).name: (f.status, list(f.warnings[:1])) for f in report.files}
        assert library.stats().issues == 1
    assert status["A01.txt"][0] == "imported"
    assert status["A02.PDF"] == ("skipped", [folder_walk.DOCUMENT])
    assert status["A03.docx"] == ("skipped", [folder_walk.DOCUMENT])
    assert "A01.pdf" not in status and "photo.jpg" not in status
    assert not report.found_nothing


def test_a_folder_of_pdfs_only_names_each(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"zzrb_2025103{n}.pdf").write_bytes(PDF)
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [tmp_path], workers=0)
    assert [f.status for f in report.files] == ["skipped"] * 3
    assert all("pdftotext" in f.warnings[0] for f in report.files)
    assert report.found_nothing  # and the import says no issue file was found


def test_the_reason_reads_in_one_language_at_a_time() -> None:
    """The window shows one language: the English half's words are no value the Chinese half takes along."""
    assert pick(folder_walk.DOCUMENT, "zh") == "PDF 或文字处理文档不会被读取：请先提取其中的文字（例如用 pdftotext），再导入得到的文本文件"
    assert pick(folder_walk.DOCUMENT, "en").startswith("A PDF or word-processor file is not read")


def test_rich_text_in_a_folder_is_imported_unless_its_text_is_beside_it(tmp_path: Path) -> None:
    """WordPad's and Word's .rtf clippings are read (core/rtf.py); one saved beside its .txt is left out quietly."""
    def rtf(title: str) -> bytes:
        escaped = "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in title)
        return ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\r\n"
                "\\f0 " + escaped + "\\par\r\n}").encode("ascii")

    page = "株洲日报　2026年3月2日　星期一\\par\r\n\\b\\fs32 石峰区新建两处口袋公园\\b0\\fs22\\par\r\n株洲日报全媒体记者　龙雅君\\par\r\n3月1日，石峰区两处口袋公园建成开放。"
    (tmp_path / "A03.rtf").write_bytes(rtf(page))
    (tmp_path / "A04.rtf").write_bytes(rtf(page))
    (tmp_path / "A04.txt").write_bytes(SEED.read_bytes())  # the page's text, saved beside it
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [tmp_path], workers=0)
        status = {Path(f.path).name: f.status for f in report.files}
        assert library.stats().issues == 2
    assert status["A03.rtf"] == "imported"
    assert status["A04.txt"] == "imported"
    assert "A04.rtf" not in status
