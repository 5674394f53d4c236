"""The search results follow the window's own writes (found by tests/gui/test_window_action_sequences.py).

The list was filled once per search: after a correction, a merge or a tag it
kept listing what the query no longer finds (an article merged away opened
as "not found") and missed what it finds now.
"""

from __future__ import annotations

from zzreader.core import search


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.search.busy and not window.workers.edits.busy(), timeout=10_000)


def searched(qtbot, window, query: str) -> list[int]:
    window.search_dock.show()
    window.search.search_for(query)
    idle(qtbot, window)
    return window.search.hit_ids()


def core_ids(window, query: str) -> list[int]:
    return [h.article_id for h in search.search(window.library, query, limit=50).hits]


def test_a_word_written_into_an_article_by_a_correction_finds_it(qtbot, window):
    assert searched(qtbot, window, "枫林书屋") == []
    reading = window.current_id
    article = window.library.article(reading)
    window.corrections.apply_edit(reading, {"text": article.text + "\n\n枫林书屋当天开放。"}, "补漏")
    idle(qtbot, window)
    assert window.search.hit_ids() == [reading] == core_ids(window, "枫林书屋")


def test_a_merged_article_leaves_the_results_and_the_one_read_stays_selected(qtbot, window):
    before = searched(qtbot, window, "株洲")
    first = next(a for a in before if window.library.neighbours(a)[1] in before)
    window.open_article(first)
    merged_away = window.library.neighbours(first)[1]
    reading = next(a for a in before if a not in (first, merged_away))
    window.search.results.setCurrentIndex(window.search.model.index(before.index(reading)))
    window.corrections.merge_with_next()
    idle(qtbot, window)
    assert merged_away not in window.search.hit_ids()
    assert window.search.hit_ids() == core_ids(window, "株洲")[: len(window.search.hit_ids())]
    hit = window.search.results.currentIndex().data(window.search.model.HIT_ROLE)
    assert hit.article_id == reading


def test_tagging_the_article_read_puts_it_in_the_results_of_its_tag(qtbot, window):
    assert searched(qtbot, window, "tag:待核") == []
    reading = window.current_id
    window.annotator.set_article_tags(["待核"])
    idle(qtbot, window)
    assert window.search.hit_ids() == [reading]


def test_a_closed_search_dock_stays_closed_when_its_results_follow_a_write(qtbot, window):
    searched(qtbot, window, "tag:待核")
    window.search_dock.close()
    window.annotator.set_article_tags(["待核"])
    idle(qtbot, window)
    assert window.search.hit_ids() == [window.current_id]
    assert not window.search_dock.isVisible()
