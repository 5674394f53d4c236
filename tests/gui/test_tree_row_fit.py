"""A narrow archive tree: the count gives way before the label, so a row never
reads '… 6 articles' with the issue's date gone."""

from __future__ import annotations

import pytest

from zzreader import i18n
from zzreader.gui.qt import QFont, QFontMetrics
from zzreader.gui.tree_model import fit_row


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QFont())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_row_with_room_shows_label_and_count_in_full(metrics, lang) -> None:
    i18n.set_language(lang)
    count = i18n.tr("count.articles", n=6)
    assert fit_row("Mon 2026-02-09", count, 400, metrics) == ("Mon 2026-02-09", count)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_tight_row_keeps_the_label_and_shortens_the_count(metrics, lang) -> None:
    i18n.set_language(lang)
    label, count = "Mon 2026-02-09", i18n.tr("count.articles", n=6)
    width = metrics.horizontalAdvance(label) + metrics.horizontalAdvance("6") + 20
    assert fit_row(label, count, width, metrics) == (label, "6")


def test_a_very_narrow_row_elides_the_label_but_never_to_nothing(metrics) -> None:
    i18n.set_language("en")
    shown, count = fit_row("Mon 2026-02-09", "6 articles", metrics.horizontalAdvance("Mon 2026") + 30, metrics)
    assert count == "6" and shown.startswith("Mon") and shown.endswith("…")
