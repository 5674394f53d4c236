"""Plain dataclasses shared by the parser, the store, the CLI and the GUI.

They carry no behaviour that touches SQLite or Qt, so any front end (or a
notebook) can use them. The parser builds `Issue`/`Article` without ids; the
store fills `id`/`issue_id` when it reads them back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Kinds of body block: a paragraph, a sub-heading inside an article, a photo
# caption, a table (its text is the rows joined by tabs and newlines) or a
# list item.
BLOCK_KINDS = ("p", "heading", "caption", "table", "item")


@dataclass
class Block:
    """One body block of an article, in reading order."""

    kind: str
    text: str
    line_start: int
    line_end: int
    rows: list[list[str]] | None = None  # only for kind == "table"


@dataclass
class Article:
    """One article as a reader sees it; `text` is what search and anchors use."""

    title: str
    type: str = "news"
    subtitle: str = ""
    kicker: str = ""
    section: str = ""
    editor: str = ""
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    dateline: str = ""
    blocks: list[Block] = field(default_factory=list)
    continued_from: str | None = None
    line_start: int = 0
    line_end: int = 0
    id: int | None = None
    issue_id: int | None = None
    seq: int = 0

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks]

    @property
    def text(self) -> str:
        """The canonical body: paragraphs joined by a newline."""
        return "\n".join(self.paragraphs)

    @property
    def authors(self) -> list[str]:
        return [*self.reporters, *self.correspondents, *self.photographers]

    def to_json(self) -> dict:
        """The public JSON shape documented in README.md (`parse --json`)."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "section": self.section,
            "editor": self.editor,
            "type": self.type,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "photographers": list(self.photographers),
            "dateline": self.dateline,
            "paragraphs": self.paragraphs,
            "blocks": [
                {k: v for k, v in asdict(b).items() if v is not None} for b in self.blocks
            ],
            "continued_from": self.continued_from,
            "line_start": self.line_start,
            "line_end": self.line_end,
        }


@dataclass
class Unassigned:
    """Source lines the parser could not place in an article, kept visible."""

    text: str
    line_start: int
    line_end: int


@dataclass
class Issue:
    """One newspaper issue parsed from a raw dump."""

    source: str
    sha256: str
    encoding: str
    text: str  # the decoded source, newlines normalised to "\n"
    date: str | None = None  # ISO yyyy-mm-dd
    date_source: str = "none"  # masthead | filename | content | none
    number: int | None = None  # 第23847期
    pages: int | None = None  # 今日8版
    warnings: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    unassigned: list[Unassigned] = field(default_factory=list)
    id: int | None = None
    rendition: str = "plain"  # plain | pdf_text | epaper | single_newline | markup (zzreader/core/renditions)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "rendition": self.rendition,
            "date": self.date,
            "date_source": self.date_source,
            "number": self.number,
            "pages": self.pages,
            "warnings": list(self.warnings),
            "articles": [a.to_json() for a in self.articles],
            "unassigned": [asdict(u) for u in self.unassigned],
        }
