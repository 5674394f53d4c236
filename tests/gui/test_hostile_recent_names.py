"""The recent-libraries menu over names no file can have (a settings file another program wrote).

`Path.exists()` raises for a name longer than the system allows (ENAMETOOLONG),
so one 5,000-character entry stopped the menu from filling: the entries after
it were missing and a traceback went to the terminal. Such a name is now a
greyed-out entry like a missing file, shown on one line and cut in the middle;
a remembered dialog folder of such a name (`gui/file_dialogs.py`) starts the dialog at home.
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


def test_a_remembered_folder_no_folder_can_have_starts_the_dialog_at_home(window) -> None:
    """The same in the dialogs' remembered folders: every open and save dialog raised."""
    from pathlib import Path

    from zzreader.gui import file_dialogs

    for saved in ("/tmp/" + "长" * 5000, "/tmp/" + "b/" * 2100, "/tmp/a\x00b"):
        window.settings.setValue("dialogs/export", saved)
        assert file_dialogs.folder("export") == str(Path.home())
        assert file_dialogs.suggest("export", "批注.md") == str(Path.home() / "批注.md")
