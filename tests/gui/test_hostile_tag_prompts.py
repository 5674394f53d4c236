"""The questions the tag manager and the people index ask, quoting names another program planted.

Before: the rename, merge and delete questions quoted a tag as stored, so a
U+202E in its name reversed the rest of the question (and the merge list),
and "delete the unused tags" joined all of them: 3,000 unused tags made a
message of 40,000 characters whose buttons lay off the screen. Now each
name is one escaped line (gui/plain_text.py `title_text`), a question names
a dozen and says how many more, and the merge list maps the escaped line
back to the real tag.
"""

from __future__ import annotations

import pytest

from zzreader.gui import prompts
from zzreader.i18n import tr

RLO = "\u202e"
PLANTED = RLO + "gpj.exe<img src=x>标签"


@pytest.fixture
def manager(window):
    lib = window.library
    with lib.lock, lib.db.atomic():  # as another program would: the tag rules are the window's, not its
        lib.db.execute("INSERT INTO tags(name) VALUES (?)", [PLANTED])
        lib.db.execute("INSERT INTO article_tags SELECT ?, id FROM tags WHERE name = ?", [window.current_id, PLANTED])
        lib.db.conn.executemany("INSERT INTO tags(name) VALUES (?)", [(f"闲置{k:04d}",) for k in range(3_000)])
    return window.show_tag_manager()


def _asked(monkeypatch, name: str, answer):
    questions: list[tuple] = []

    def ask(*args, **_kwargs):
        questions.append(args)
        return answer(*args) if callable(answer) else answer

    monkeypatch.setattr(prompts, name, ask)
    return questions


def test_questions_quote_a_planted_name_on_one_escaped_line(qtbot, manager, monkeypatch) -> None:
    manager.select(PLANTED)
    asked = _asked(monkeypatch, "confirm", False)
    manager.delete_selected()
    renamed = _asked(monkeypatch, "ask_text", None)
    manager.rename_selected()
    merged = _asked(monkeypatch, "ask_item", None)
    manager.merge_selected()
    texts = [asked[0][2], renamed[0][2], renamed[0][3], merged[0][2], *merged[0][3]]
    assert not [t for t in texts if RLO in t]
    assert "\\u202egpj.exe<img src=x>标签" in asked[0][2]


def test_merging_into_a_listed_planted_name_uses_the_real_tag(qtbot, window, manager, monkeypatch) -> None:
    manager.select("闲置0001")
    _asked(monkeypatch, "ask_item", lambda _p, _t, _l, items: next(i for i in items if "gpj" in i))
    merged: list[tuple] = []
    monkeypatch.setattr(window.annotator, "merge_tags", lambda *args: merged.append(args))
    manager.merge_selected()
    assert merged == [(["闲置0001"], PLANTED)]  # the real tag, not its escaped line as a new one


def test_the_unused_tags_question_names_a_dozen(qtbot, manager, monkeypatch) -> None:
    asked = _asked(monkeypatch, "confirm", False)
    assert manager.delete_unused() == 0
    text = asked[0][2]
    assert len(text) < 1_000 and tr("list.and_more", n=3_000 - 12) in text
