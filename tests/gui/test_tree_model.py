"""The lazy archive tree against the sample library."""

from __future__ import annotations

from zzreader.core.store import open_library
from zzreader.gui.tree_model import (
    ARTICLE,
    COUNT_ROLE,
    DATE_ROLE,
    ID_ROLE,
    ISSUE,
    KIND_ROLE,
    SECTION,
    ArchiveModel,
)
from zzreader.gui.qt import QModelIndex
from zzreader.i18n import tr


def _issue_rows(model):
    """(date, count text, label) of every issue node, loading the tree fully."""
    out = []
    for y in range(model.rowCount()):
        year = model.index(y, 0)
        model.fetchMore(year)
        for m in range(model.rowCount(year)):
            month = model.index(m, 0, year)
            model.fetchMore(month)
            for i in range(model.rowCount(month)):
                issue = model.index(i, 0, month)
                assert issue.data(KIND_ROLE) == ISSUE
                out.append((issue.data(DATE_ROLE), issue.data(COUNT_ROLE), issue.data()))
    return out


def test_tree_shows_the_five_issues_with_dates_and_article_counts(qapp, library_path, parsed_seeds):
    with open_library(library_path) as library:
        model = ArchiveModel(library)
        assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        rows = _issue_rows(model)
    expected = sorted(
        ((p.date, tr("count.articles", n=len(p.articles))) for p in parsed_seeds), reverse=True
    )
    assert [(d, c) for d, c, _ in rows] == expected  # newest first
    for (date, count, label), seed in zip(rows, sorted(parsed_seeds, key=lambda p: p.date, reverse=True)):
        assert label.startswith(date) and label.endswith(count)
        if seed.number is not None:
            assert f"第{seed.number}期" in label


def test_years_load_lazily_and_articles_come_in_page_order(qapp, library_path, parsed_seeds):
    with open_library(library_path) as library:
        model = ArchiveModel(library)
        model.fetchMore(QModelIndex())
        year = model.index(0, 0)
        assert model.rowCount(year) == 0 and model.hasChildren(year) and model.canFetchMore(year)
        newest = max(parsed_seeds, key=lambda p: p.date)
        titles = []
        issue = model.find_issue(
            library.issues_in_month(int(newest.date[:4]), int(newest.date[5:7]))[0].id, newest.date
        )
        assert model.canFetchMore(issue)
        model.fetchMore(issue)
        for r in range(model.rowCount(issue)):
            child = model.index(r, 0, issue)
            if child.data(KIND_ROLE) == SECTION:
                model.fetchMore(child)
                titles += [model.index(k, 0, child).data(ID_ROLE) for k in range(model.rowCount(child))]
            else:
                titles.append(child.data(ID_ROLE))
        seqs = [library.article_summary(i).seq for i in titles]
        assert sorted(seqs) == list(range(1, len(newest.articles) + 1))


def test_find_article_opens_the_path_down_to_it(qapp, library_path):
    with open_library(library_path) as library:
        model = ArchiveModel(library)
        for issue in library.issue_summaries():
            for summary in library.article_summaries(issue.id):
                index = model.find_article(summary)
                assert index.isValid()
                assert index.data(KIND_ROLE) == ARTICLE and index.data(ID_ROLE) == summary.id
                parent = index.parent()
                if parent.data(KIND_ROLE) == SECTION:
                    assert parent.data(ID_ROLE) == (issue.id, summary.section)
                    parent = parent.parent()
                assert parent.data(ID_ROLE) == issue.id


def test_model_passes_qtmodeltester(qtmodeltester, library_path):
    with open_library(library_path) as library:
        model = ArchiveModel(library)
        first = model.first_article()  # loads one branch down to an article
        assert first.isValid()
        qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
        qtmodeltester.check(model, force_py=True)  # and pytest-qt's port


def test_reload_forgets_loaded_nodes(qapp, library_path):
    with open_library(library_path) as library:
        model = ArchiveModel(library)
        model.first_article()
        assert model.rowCount() > 0
        model.reload()
        assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())


def test_untitled_articles_show_their_first_words():
    from zzreader.core.store import ArticleSummary
    from zzreader.gui.tree_model import article_label

    notice = ArticleSummary(1, 1, 0, "", "notice", "", None, "", "醴陵市明月镇紫荆花幼儿园\n遗失")
    assert article_label(notice) == "（无标题）醴陵市明月镇紫荆花幼儿园 遗失…"
    couplet = ArticleSummary(2, 1, 1, "学习明理", "news", "", None, "青春报国", "10月30日")
    assert article_label(couplet) == "学习明理 青春报国"


def test_an_untitled_article_in_english_has_a_space_before_its_first_words():
    """'(untitled)醴陵市…' ran the tag into the text."""
    from zzreader import i18n
    from zzreader.core.store import ArticleSummary
    from zzreader.gui.tree_model import article_label

    i18n.set_language("en")
    try:
        notice = ArticleSummary(1, 1, 0, "", "notice", "", None, "", "招聘启事")
        assert article_label(notice) == "(untitled) 招聘启事…"
        assert article_label(ArticleSummary(2, 1, 1, "", "notice", "", None, "", "")) == "(untitled)"
    finally:
        i18n.set_language("zh")
