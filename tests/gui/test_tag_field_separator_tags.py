"""The tag field reads a library's own tag that holds a separator ('旧, 标签') as one tag."""

from __future__ import annotations

from zzreader.gui.tag_edit import TagEdit


def test_the_field_shows_and_gives_back_a_tag_holding_a_comma_whole(qtbot) -> None:
    field = TagEdit()
    qtbot.addWidget(field)
    field.set_names(["旧, 标签", "民生"])
    field.set_tags(["旧, 标签", "民生"])
    assert field.text() == "旧, 标签, 民生"
    assert field.tags() == ["旧, 标签", "民生"]


def test_a_known_tag_typed_among_new_ones_stays_whole_and_new_words_split(qtbot) -> None:
    field = TagEdit()
    qtbot.addWidget(field)
    field.set_names(["甲；乙"])
    field.set_tags([])
    field.setText("新闻, 甲；乙, 图片")
    assert field.tags() == ["新闻", "甲；乙", "图片"]
    field.setText("丙，丁")
    assert field.tags() == ["丙", "丁"]
