"""Every tab of the composed window answers the window's calls (ui.area.Area); a widget that
does not is refused when it is added, not found out later by a missing method."""

import pytest
from PySide6.QtWidgets import QWidget

import main
from tests.ui_helpers import make_services, make_window
from ui.area import Area, show_status

pytestmark = pytest.mark.gui


def test_every_tab_of_the_demo_window_is_an_area(qtbot, tmp_path):
    window = main.compose(main.parse_args(["--demo"]), tmp_path)
    qtbot.addWidget(window)
    keys = window.area_keys()
    assert {"pricebook", "mychannel", "suggestion", "history", "vetting", "niche"} <= set(keys)
    assert {"placements", "welcome"} <= set(keys)
    for key in keys:
        assert isinstance(window.area(key), Area), key
    window.set_niche(None)  # every tab is told, none raises
    assert window.pricebook.niche_id is None and window.area("niche").niche_id is None


def test_a_widget_without_the_calls_is_refused_as_a_tab(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    before = window.tabs.count()
    with pytest.raises(TypeError, match=r"ui\.area\.Area"):
        window.add_area(QWidget(), "Bare", "bare")
    assert window.tabs.count() == before and "bare" not in window.area_keys()


def test_an_area_message_shows_in_its_window_status_bar(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    assert show_status(window.pricebook, "Saved.")
    assert window.statusBar().currentMessage() == "Saved."
    loose = QWidget()  # not in a main window: nothing to show it in, and no error
    qtbot.addWidget(loose)
    assert not show_status(loose, "Saved.")
