"""A start builds only the area it opens on; every other tab is built when first shown, with the
niche chosen meanwhile, its data and its own title, in English and in Russian."""

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWidget

import main
from storage import QuoteDraft
from tests.ui_helpers import DEMO_NOW, make_services, make_window
from ui.area import Area
from ui.i18n import install_translators

pytestmark = pytest.mark.gui

EVERY_AREA = ["pricebook", "mychannel", "suggestion", "history", "vetting", "niche", "placements"]


def demo_window(qtbot, tmp_path, *argv):
    window = main.compose(main.parse_args(["--demo", *argv]), tmp_path)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    return window


def built(window) -> set[str]:
    """The areas that exist as widgets in the window (the others are empty pages)."""
    return set(window.built_areas())


def test_a_start_builds_the_area_it_opens_on_only(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path, "--tab", "suggestion")
    window.show_area("suggestion")
    assert built(window) == {"suggestion"}
    assert window.tabs.currentWidget() is window.suggestion
    assert set(EVERY_AREA) <= set(window.area_keys())  # every tab is there, with its title
    assert window.tabs.tabText(window.tabs.indexOf(window.area("history"))) == "History"


def test_a_tab_built_on_first_show_shows_the_niche_chosen_before(qtbot, tmp_path):
    services = make_services(tmp_path)
    storage = services.storage
    storage.quotes.add(
        QuoteDraft(
            channel="@garden_tips",
            price=Decimal(900),
            quoted_at=DEMO_NOW - timedelta(days=3),
            reach=1500,
            niche="Сад и огород",
        )
    )
    garden = next(n for n in services.pricebook.niches() if n.name == "Сад и огород")
    window = make_window(qtbot, services)
    window.show()
    window.set_niche(garden.id)
    assert "history" not in built(window)

    window.show_area("history")

    history = window.history
    assert window.tabs.currentWidget() is history
    assert history.niche_id == garden.id
    shown = [history.channels.item(i).text() for i in range(history.channels.count())]
    assert shown == ["@garden_tips  (1)"]  # the chosen niche's channel, not the demo's 46


def test_a_tab_built_later_is_told_a_niche_chosen_after_it_was_built(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    window.show()
    window.show_area("suggestion")
    window.show_area("pricebook")
    window.set_niche(None)
    window.show_area("suggestion")
    assert window.suggestion.niche_id is None
    assert window.pricebook.niche_id is None


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_tab_opens_after_start_in_both_languages(qtbot, qapp, tmp_path, language):
    install_translators(qapp, language)
    try:
        window = demo_window(qtbot, tmp_path, "--lang", language)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        window.show()
        for key in EVERY_AREA:
            assert window.show_area(key), key
            area = window.area(key)
            assert isinstance(area, Area) and window.tabs.currentWidget() is area, key
        # building a tab keeps its place and its title in the UI language
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
        if language == "ru":
            assert titles[:4] == ["Прайс конкурентов", "Мой канал", "Расчёт цены", "История"]
        # the niche over time sits under History, built with it
        assert window.history.findChild(QWidget, "nicheTrendSection") is not None
        # the demo's worked example is filled in when Vetting is first shown
        assert window.area("vetting").form.channel.text() == "@crypto_rocket_vip"
    finally:
        install_translators(qapp, "en")


def test_closing_stops_only_the_areas_that_were_built(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    window.show()
    stopped = []
    window.pricebook.shutdown = lambda: stopped.append("pricebook")
    window.close()
    assert stopped == ["pricebook"]
    assert built(window) == {"pricebook"}


def test_file_import_works_when_the_window_opened_on_another_tab(qtbot, tmp_path, monkeypatch):
    from ui.pricebook.area import PriceBookArea

    imported = []
    monkeypatch.setattr(PriceBookArea, "import_file", lambda area: imported.append(area))
    window = demo_window(qtbot, tmp_path, "--tab", "history")
    window.show()
    assert "pricebook" not in built(window)
    file_menu = window.menuBar().actions()[0].menu()
    [import_entry] = [a for a in file_menu.actions() if a.text() == "Import CSV/XLSX…"]
    import_entry.trigger()
    assert imported == [window.pricebook]  # the area was built and its import ran
    assert window.tabs.currentWidget() is window.history  # the tab shown stays


def test_opening_the_edit_menu_lists_the_price_book_areas_own_actions(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path, "--tab", "niche")
    window.show()
    edit_menu = window.findChild(type(window.menuBar().actions()[0].menu()), "editMenu")
    edit_menu.aboutToShow.emit()  # what opening the menu does first
    area = window.pricebook
    shown = [a for a in edit_menu.actions() if not a.isSeparator()]
    for action in (
        area.add_action,
        area.edit_action,
        area.duplicate_action,
        area.delete_action,
        area.paste_action,
    ):
        assert action in shown
    assert len([a for a in shown if a.text() == area.add_action.text()]) == 1
    assert not area.delete_action.isEnabled()  # nothing selected, as on a fresh start


def test_the_window_opens_on_the_price_book_when_the_saved_area_is_gone(qtbot, tmp_path):
    from ui import settings as opt

    services = make_services(tmp_path)
    opt.CURRENT_AREA.write(services.settings, "no-such-area")
    window = make_window(qtbot, services)
    window.show()
    assert window.tabs.currentWidget() is window.built_areas()["pricebook"]
    assert window.pricebook.model.rowCount() == len(services.pricebook.rows())


def test_the_new_quote_shortcut_works_before_the_price_book_is_built(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QKeySequence

    from ui.pricebook.area import PriceBookArea

    asked = []
    monkeypatch.setattr(PriceBookArea, "add_quote", lambda area: asked.append(area))
    window = demo_window(qtbot, tmp_path, "--tab", "placements")
    window.show()
    new = QKeySequence(QKeySequence.StandardKey.New)
    [stand_in] = [a for a in window.actions() if a.shortcut() == new]
    stand_in.trigger()
    assert asked == [window.pricebook]
    # built, the area's own action has the shortcut: the stand-in is gone from the window
    assert not [a for a in window.actions() if a.shortcut() == new]
    assert window.pricebook.add_action.shortcut() == new


def test_the_shortcuts_list_is_the_same_before_the_price_book_is_built(qtbot, tmp_path):
    from ui.help_menu import shortcut_rows

    opened_elsewhere = demo_window(qtbot, tmp_path / "a", "--tab", "history")
    before = shortcut_rows(opened_elsewhere)
    opened_on_book = demo_window(qtbot, tmp_path / "b", "--tab", "pricebook")
    assert before == shortcut_rows(opened_on_book)
    assert "pricebook" not in built(opened_elsewhere)
