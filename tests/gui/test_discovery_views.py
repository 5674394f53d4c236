"""The discovery docks on the seed library: what the user sees in each view."""

from __future__ import annotations

import math

from zzreader.core import search
from zzreader.core.discovery import reprints
from zzreader.gui.qt import QDate


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.workers.read.busy() and not window.workers.write.busy(), timeout=20_000)


def test_view_menu_has_the_four_views(window):
    names = [a.objectName() for a in window.discovery.actions.values()]
    assert names == ["action.discover.trends", "action.discover.calendar",
                     "action.discover.entities", "action.discover.reprints"]
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu.discover")
    assert [a.text() for a in menu.actions()] == ["词频趋势", "出版日历", "人物·地点·机构", "重复刊发"]


def test_trends_chart_gaps_and_click_lists_articles(qtbot, window, tmp_path):
    view = window.discovery.view("trends")
    assert not view.legend.isVisible()  # no curves yet: no empty legend box in the chart's corner
    view.set_queries(["株洲", "医保"], "year")
    view.start()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
    assert view.legend.isVisible() and [label.text for _s, label in view.legend.items] == ["株洲", "医保"]
    data = dict(view.chart_data())
    years = [p.period for p in view.result.series[0].points]
    assert years[0] == "2020" and "2021" in years
    assert math.isnan(data["株洲"][years.index("2021")])  # a gap, not a zero
    total = search.search(window.library, "株洲", limit=1).total
    assert sum(v for v in data["株洲"] if not math.isnan(v)) == total
    view.show_period(0, years.index("2020"))
    rows = [view.articles.item(i).text() for i in range(view.articles.count())]
    assert rows[0].startswith("「株洲」2020") and len(rows) - 1 == view.result.series[0].points[0].articles
    view.save_png(str(tmp_path / "t.png"))
    csv_path = view.save_csv(str(tmp_path / "t.csv"))
    assert (tmp_path / "t.png").stat().st_size > 1000
    assert "株洲,2020," in open(csv_path, encoding="utf-8-sig").read()


def test_calendar_marks_issue_days_and_lists_on_this_day(qtbot, window):
    view = window.discovery.view("calendar")
    view.go_to("2024-12-05")
    fmt = view.calendar.dateTextFormat(QDate(2024, 12, 5))
    assert "版" in fmt.toolTip() and "篇" in fmt.toolTip()
    assert view.summary.text().startswith("2024-12-05")
    assert view.day_articles.count() == len(window.library.articles_of_issue(view.month_data["issues"][0]["issue_id"]))
    assert view.on_this_day.item(0).text().startswith("2024-12-05")
    assert view.tabs.tabText(2).startswith("农历")


def test_entities_list_search_and_merge(qtbot, window):
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert "杨胜跃" in names
    view.kind.setCurrentIndex(1)  # places
    qtbot.waitUntil(lambda: any(e.name == "株洲市" for e in view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "株洲市")
    view.table.selectRow(row)
    assert "株洲市" in view.detail.text()
    assert view.with_names.count() > 0
    assert view.merge_selected("株洲")
    qtbot.waitUntil(lambda: not any(e.name == "株洲市" for e in view.entries), timeout=20_000)
    assert next(e for e in view.entries if e.name == "株洲").aliases == ("株洲市",)


def test_reprints_side_by_side_marks_differences(qtbot, window):
    view = window.discovery.view("reprints")
    wait_idle(qtbot, window)
    assert view.status.text() == "没有重复刊发：书库里没有两篇正文大体相同的文章。新导入的报纸会自动比对。"  # the seeds repeat nothing
    left, right = reprints.compare("湘江大堤加固完成，三百余名干部参与。", "湘江大堤加固完成，四百多名干部参与。")
    from zzreader.gui.reprints_view import marked_html

    html = marked_html(left, "#ffd0d0")
    assert '<span style="background:#ffd0d0">三</span>' in html
    assert "<b>" not in marked_html([reprints.Segment("<b>x</b>", True)], "#fff")


def test_reprints_cluster_opens_side_by_side(qtbot, window):
    from tests.core.discovery_helpers import FLOOD, article, issue

    lib = window.library
    lib.import_issue(issue("2024-06-01", [article("防汛", FLOOD)]))
    lib.import_issue(issue("2024-06-09", [article("大堤", FLOOD.replace("三百余名", "四百多名"))]))
    view = window.discovery.view("reprints")
    qtbot.waitUntil(lambda: len(view.clusters) == 1, timeout=20_000)
    wait_idle(qtbot, window)
    assert view.table.item(0, 1).text() == "2"
    view.table.selectRow(0)
    assert view.left_pick.count() == 2 and view.right_pick.currentIndex() == 1
    assert "四百多" in view.right.toPlainText() and "三百余" in view.left.toPlainText()
    assert 'background' in view.right.toHtml()
