"""The recent-libraries menu over names no file can have (a settings file another program wrote).

`Path.exists()` raises for a name longer than the system allows (ENAMETOOLONG),
so one 5,000-character entry stopped the menu from filling: the entries after
it were missing and a traceback went to the terminal. Such a name is now a
greyed-out entry like a missing file, shown on one line and cut in the middle.
"""

from __future__ import annotations

from zzreader.gui.qt import QMenu
from zzreader.gui.recent_libraries import K_RECENT


def test_the_recent_menu_lists_names_no_file_can_have(window, tmp_path) -> None:
    kept = tmp_path / "株洲日报2019.sqlite"
    kept.write_bytes(b"")
    odd = ["/tmp/" + "长" * 5000 + ".sqlite", "/tmp/" + "b/" * 2100 + "x.sqlite", "/tmp/a\x00b.sqlite",
           "/tmp/新\n行\u202e.sqlite", str(kept)]
    window.settings.setValue(K_RECENT, odd)
    menu = QMenu()
    window.recent.fill(menu)
    actions = menu.actions()
    assert len(actions) == len(odd)  # the entries after the long names are there too
    assert [a.isEnabled() for a in actions] == [False, False, False, False, True]
    assert all(len(a.text()) <= 90 and "\n" not in a.text() and "\u202e" not in a.text() for a in actions)
    assert actions[-1].text().endswith("株洲日报2019.sqlite")
