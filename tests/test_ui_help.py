"""First run and Help: the welcome page leads in, the Help menu explains, the title names the
version."""

import tomllib
from pathlib import Path

import pytest

from tests.ui_helpers import make_services, make_window
from ui.help_menu import install_help, metric_formulas, shortcut_rows
from ui.version import VERSION
from ui.welcome_view import mount_welcome

pytestmark = pytest.mark.gui


def full_window(qtbot, services, demo=False):
    window = make_window(qtbot, services)
    mount_welcome(window, demo=demo)
    install_help(window)
    window.show()
    return window


def test_version_matches_the_package():
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["version"] == VERSION


def test_first_start_with_an_empty_database_opens_the_welcome_page_once(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    window = full_window(qtbot, services)
    assert window.tabs.currentWidget() is window.area("welcome")
    assert f"ChannelRate {VERSION}" in window.windowTitle()
    assert not window.windowIcon().isNull()
    window.show_area("mychannel")
    window.close()
    again = full_window(qtbot, services)  # the database is still empty: not pushed again
    assert again.tabs.currentWidget() is again.my_channel


def test_the_welcome_page_leads_to_import_and_my_channel(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    window = full_window(qtbot, services)
    welcome = window.area("welcome")
    csv = Path(__file__).parent / "data" / "seed_pricebook.csv"
    services.dialogs.paths.append(str(csv))
    welcome.import_button.click()
    assert window.tabs.currentWidget() is window.pricebook
    welcome.my_channel_button.click()
    assert window.tabs.currentWidget() is window.my_channel
    assert not welcome.telegram_button.isEnabled()  # no Telegram service in this run
    assert welcome.telegram_button.toolTip()


def test_help_lists_guide_shortcuts_and_about(qtbot, tmp_path):
    window = full_window(qtbot, make_services(tmp_path), demo=True)
    actions = window.help_actions
    assert set(actions) >= {"guide", "shortcuts", "about", "welcome", "rates"}
    rows = dict(shortcut_rows(window))
    assert "Undo" in rows and "Guide" in rows
    actions["about"].trigger()
    from ui.help_menu import TextDialog

    dialogs = [d for d in window.findChildren(TextDialog) if d.isVisible()]
    assert dialogs and VERSION in dialogs[-1].browser.toPlainText()
    assert "CPM = price / reach × 1000" in metric_formulas()
    assert "P75 + 1.5 × IQR" in metric_formulas()


def test_every_area_of_an_empty_database_says_what_to_do_next(qtbot, tmp_path):
    window = full_window(qtbot, make_services(tmp_path, demo=False))
    window.resize(1280, 720)
    window.show_area("pricebook")
    assert window.pricebook.empty_hint.isVisible()
    assert "Import" in window.pricebook.empty_hint.text()
    window.show_area("mychannel")
    assert "Enter your channel" in window.my_channel.saved_label.text()
    assert "Enter your channel" in window.my_channel.price_hint.text()
    window.show_area("suggestion")
    assert "“Price book”" in window.suggestion.fallback_label.text()
    window.show_area("history")
    assert "“Price book”" in window.history.summary.text()


def test_metrics_carry_their_formula_as_a_tooltip(qtbot, tmp_path):
    window = full_window(qtbot, make_services(tmp_path), demo=True)
    assert "price / reach × 1000" in window.suggestion.stats_label.toolTip()
    assert "P75 + 1.5 × IQR" in window.suggestion.stats_label.toolTip()
    assert "niche CPM × your reach / 1000" in window.suggestion.price_label.toolTip()
    assert "reach / subscribers" in window.my_channel.err_label.toolTip()
    assert "24 / 48 hours" in window.my_channel.reach_edits[24].toolTip()
    assert "P25–P75" in window.suggestion.band_label.toolTip()
