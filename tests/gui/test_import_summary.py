"""The import summary: warnings readable in full (one language), and a filter
to the files with warnings or to the failures."""

from __future__ import annotations

from pathlib import Path

from zzreader.i18n import tr

UNDATED = """湘江风光带新增夜跑步道

株洲日报讯(记者/刘晓东) 河西湘江风光带新修的夜跑步道亮灯启用，全长约3.2公里，沿线每隔五百米设一处饮水点。
市民李先生说，晚饭后来跑一圈，江风吹着很舒服。
"""


CLEAN = """株洲日报
2025年3月4日 星期二

荷塘区新建两座社区食堂

株洲日报讯（全媒体记者/林某 通讯员/周某）3月3日，荷塘区月塘街道和宋家桥街道的两座社区食堂同时开门迎客，附近老人每餐只需花费八元即可吃上两荤一素。

街道负责人介绍，食堂由闲置门面改造而成，今年还将在辖区再建三处助餐点。
"""


def _import(qtbot, window, paths: list[Path]):
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.imports.start_import(paths)
    return window.imports.dialog


def test_summary_shows_warnings_in_full_and_filters_to_warnings_or_failures(qtbot, window, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(CLEAN, encoding="utf-8")  # a clean issue: imported, no warning
    undated = tmp_path / "无日期.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary\x00" * 40)
    dialog = _import(qtbot, window, [good, undated, broken])
    assert sorted(dialog.visible_files()) == sorted(["broken.txt", "good.txt", "无日期.txt"])
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "无日期.txt")
    note = dialog.table.item(row, 3).text()
    assert "无法确定出版日期" in note and "Could not" not in note  # the warning itself, one language
    dialog.table.selectRow(row)
    detail = dialog.detail.toPlainText()
    assert detail.startswith("无日期.txt:") and "无法确定出版日期" in detail and " / " not in detail

    dialog.filter.setCurrentIndex(dialog.filter.findData("warnings"))
    assert sorted(dialog.visible_files()) == sorted(["无日期.txt", "broken.txt"])
    dialog.filter.setCurrentIndex(dialog.filter.findData("failed"))
    assert dialog.visible_files() == ["broken.txt"]
    assert dialog.filter.currentText() == tr("import.filter.failed")
    dialog.filter.setCurrentIndex(dialog.filter.findData("all"))
    assert len(dialog.visible_files()) == 3
    dialog.close()


def test_summary_in_english_shows_the_english_half_only(qtbot, window, tmp_path):
    from zzreader import i18n

    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    i18n.set_language("en")
    dialog = _import(qtbot, window, [undated])
    dialog.table.selectRow(0)
    assert "Could not determine the issue date." in dialog.detail.toPlainText()
    assert "无法确定" not in dialog.detail.toPlainText() and "无法确定" not in dialog.table.item(0, 3).text()
    dialog.close()


def test_a_folder_without_issue_files_says_so_in_the_headline(qtbot, window, tmp_path):
    folder = tmp_path / "照片"
    folder.mkdir()
    (folder / "p1.jpg").write_bytes(b"\xff\xd8\xff")
    dialog = _import(qtbot, window, [folder])
    headline = dialog.headline.text()
    assert "没有找到期刊文件" in headline and "No issue files" not in headline
    assert dialog.visible_files() == []
    dialog.close()


def test_a_duplicate_can_be_imported_in_place_of_the_stored_issue(qtbot, window, tmp_path, monkeypatch):
    """`import --replace` in the window: the summary offers it for the files that are a stored issue again."""
    from tests.conftest import SEEDS
    from zzreader.gui import prompts

    seed = next(p for p in SEEDS if "第23847期" in p.read_text(encoding="utf-8")).read_text(encoding="utf-8")
    changed = seed + "\n本报更正：上文中的一处数字已核实无误。\n"  # the same date and number, other bytes
    again = tmp_path / "corrected-copy.txt"
    again.write_text(changed, encoding="utf-8")
    dialog = _import(qtbot, window, [again])
    assert [f.status for f in dialog.report.files] == ["duplicate"]
    button = dialog.findChild(type(dialog.buttons.button(dialog.buttons.StandardButton.Close)), "importReplace")
    assert button is not None and button.text() == "替换已有的 1 期…" and button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm_action", lambda _p, _t, text, _a: asked.append(text) or True)
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as done:
        button.click()
    assert asked and "1 期" in asked[0]
    report = done.args[0]
    assert [f.status for f in report.files] == ["updated"] and report.files[0].duplicate_of
    assert "本报更正" in window.library.issue_source_text(report.files[0].issue_id)  # the stored issue is the new file
    assert window.library.stats().issues == 5  # in place of the old one, not beside it


def test_no_replace_button_without_duplicates(qtbot, window, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(CLEAN, encoding="utf-8")
    dialog = _import(qtbot, window, [good])
    assert dialog.findChild(type(dialog.buttons.button(dialog.buttons.StandardButton.Close)), "importReplace") is None
    dialog.close()
