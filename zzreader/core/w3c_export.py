"""Annotations out of a library as W3C Web Annotation JSON-LD, and the identifiers both directions use.

W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
an export is an `AnnotationCollection` whose first (only) `AnnotationPage` is
embedded. Each highlight is an `Annotation`:

- `id` is `urn:uuid:<highlight id>`, so another library merges by id;
- `target` is a `SpecificResource` whose `source` is the article, named by a
  stable identifier `urn:zzreader:article:<issue file name>:<seq>` (the same
  in every library that imported the same file) with the sha256 of its text
  (`zzreader:textHash`), and whose `selector` holds a TextPositionSelector
  (code-point offsets into `Article.text`) and a TextQuoteSelector (exact,
  prefix, suffix);
- `body` holds the note (`TextualBody`, purpose `commenting`, format
  `text/markdown`) and one `TextualBody` per tag (purpose `tagging`);
- colour and style travel as `styleClass` (`zz-yellow`, `zz-underline`) with
  the annotation's embedded CSS `stylesheet`;
- `created` / `modified` are ISO 8601 UTC times.

Article tags are `tagging` annotations whose target is the article itself;
their id is derived from the article identifier, so re-exports keep it.

Reading such a file back is core/w3c.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote, unquote

from zzreader.core.errors import AnnotationError
from zzreader.core.export_scope import ArticleRef, article_refs, selection
from zzreader.core.export_text import json_dumps
from zzreader.core.highlights import Highlight
from zzreader.core.journal import ORPHAN
from zzreader.core.palette import PALETTE
from zzreader.core.timestamps import now

if TYPE_CHECKING:
    from zzreader.core.store import Library

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "urn:zzreader:vocab:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"zzreader": VOCAB}]
ARTICLE_URN = "urn:zzreader:article:"
# uuid5 namespace for the ids of article-tag annotations (any fixed uuid works).
ARTICLE_TAGS_NS = uuid.UUID("6f1c3b1e-4d55-4b7e-9a0c-2f7c1f0e8a11")


class ExportError(AnnotationError):
    """A file that cannot be read as annotations (bilingual message)."""


# -- article identifiers ------------------------------------------------------------------
def article_urn(issue_source: str, seq: int) -> str:
    """The stable identifier of an article: its issue's file name and position."""
    return f"{ARTICLE_URN}{quote(issue_source, safe='')}:{int(seq)}"


def parse_article_urn(urn: str) -> tuple[str, int] | None:
    """(issue source name, seq) of an article identifier, or None."""
    if not isinstance(urn, str) or not urn.startswith(ARTICLE_URN):
        return None
    name, sep, seq = urn[len(ARTICLE_URN) :].rpartition(":")
    if not sep or not seq.isdigit() or not name:
        return None
    return unquote(name), int(seq)


def w3c_id(highlight_id: str) -> str:
    """`urn:uuid:…` for our ids; an IRI imported from another tool stays as it was."""
    try:
        return uuid.UUID(highlight_id).urn
    except ValueError:
        return highlight_id


def local_id(annotation_id: str) -> str:
    try:
        return str(uuid.UUID(annotation_id))  # accepts urn:uuid:… too
    except ValueError:
        return annotation_id



# -- W3C Web Annotation JSON-LD -------------------------------------------------------------
def _stylesheet(color: str, style: str) -> str:
    fill, ink = PALETTE.get(color, PALETTE["yellow"])
    return (
        f".zz-{color}.zz-highlight {{ background-color: {fill}; }} "
        f".zz-{color}.zz-underline {{ text-decoration: underline {ink}; }} "
        f".zz-{color}.zz-strike {{ text-decoration: line-through {ink}; }}"
    )


def highlight_annotation(h: Highlight, ref: ArticleRef | None) -> dict[str, Any]:
    """One highlight as a W3C Annotation (without @context: the page carries it)."""
    source_id = article_urn(h.issue_source or "", h.article_seq or 0)
    source: dict[str, Any] = {"id": source_id, "type": "Text", "format": "text/plain"}
    if ref is not None and not h.orphan:
        source["zzreader:textHash"] = ref.text_hash
        source["zzreader:articleTitle"] = ref.title
    quote_selector = {"type": "TextQuoteSelector", "exact": h.exact}
    if h.prefix:
        quote_selector["prefix"] = h.prefix
    if h.suffix:
        quote_selector["suffix"] = h.suffix
    selectors: list[dict[str, Any]] = [quote_selector]
    if not h.orphan:
        selectors.insert(0, {"type": "TextPositionSelector", "start": h.start, "end": h.end})
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": source,
        "selector": selectors,
        "styleClass": [f"zz-{h.color}", f"zz-{h.style}"],
    }
    if h.orphan:
        target["zzreader:anchorState"] = ORPHAN
    body: list[dict[str, Any]] = []
    if h.note:
        body.append(
            {"type": "TextualBody", "purpose": "commenting", "value": h.note, "format": "text/markdown"}
        )
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in h.tags]
    anno: dict[str, Any] = {
        "id": w3c_id(h.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": h.created or now(),
        "modified": h.modified or h.created or now(),
    }
    if body:
        anno["body"] = body
    anno["target"] = target
    anno["stylesheet"] = {"type": "CssStylesheet", "value": _stylesheet(h.color, h.style)}
    return anno


def article_tags_annotation(ref: ArticleRef, tags: list[str]) -> dict[str, Any]:
    """An article's own tags as one `tagging` annotation with a stable id."""
    urn = article_urn(ref.issue_source, ref.seq)
    return {
        "id": uuid.uuid5(ARTICLE_TAGS_NS, urn).urn,
        "type": "Annotation",
        "motivation": "tagging",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags],
        "target": {
            "id": urn,
            "type": "Text",
            "format": "text/plain",
            "zzreader:textHash": ref.text_hash,
            "zzreader:articleTitle": ref.title,
        },
    }


def export_w3c(
    library: Library,
    highlight_ids: Iterable[str] | None = None,
    *,
    article_tags: bool | None = None,
) -> dict[str, Any]:
    """An AnnotationCollection with its one AnnotationPage embedded.

    `highlight_ids=None` exports everything, article tags included; with a
    selection, article tags come only if `article_tags=True`.
    """
    highlights, tagged = selection(library, highlight_ids, article_tags)
    refs = article_refs(library, [h.article_id for h in highlights if h.article_id] + list(tagged))
    items = [highlight_annotation(h, refs.get(h.article_id)) for h in highlights]
    items += [article_tags_annotation(refs[aid], names) for aid, names in tagged.items() if aid in refs]
    return {
        "@context": CONTEXT,
        "id": uuid.uuid4().urn,
        "type": "AnnotationCollection",
        "label": "株洲日报批注 / zzreader annotations",
        "created": now(),
        "total": len(items),
        "first": {"id": uuid.uuid4().urn, "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_w3c(library: Library, out: TextIO, highlight_ids: Iterable[str] | None = None) -> int:
    data = export_w3c(library, highlight_ids)
    out.write(json_dumps(data, indent=2))  # acting characters as \u escapes (core/export_text.py)
    out.write("\n")
    return data["total"]
