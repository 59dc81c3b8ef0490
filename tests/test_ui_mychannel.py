"""My channel: the reach typed by hand lives in the database, and what an earlier version kept in
the settings file is carried over once."""

import pytest
from PySide6.QtCore import Qt

from storage import Storage, open_database
from tests.ui_helpers import make_services, make_window
from ui.formatting import number
from ui.settings_upgrade import move_typed_reach_to_database, upgrade_settings
from ui.workers import wait_for_tasks

pytestmark = pytest.mark.gui


def own_channel_without_history(tmp_path):
    services = make_services(tmp_path, demo=False)
    own = services.pricebook.save_own_channel("@my_own_chan", None, 10000)
    return services, own


def my_channel(qtbot, services):
    window = make_window(qtbot, services)
    window.show()
    window.show_area("mychannel")
    wait_for_tasks()  # measured reach is computed in a worker
    return window, window.my_channel


def test_typed_reach_is_saved_in_the_database_and_shown_after_a_restart(qtbot, tmp_path):
    services, own = own_channel_without_history(tmp_path)
    window, area = my_channel(qtbot, services)
    qtbot.keyClicks(area.reach_edits[24], "4 800")
    qtbot.keyClicks(area.reach_edits[48], "5,5k")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    assert area.saved_label.text() == "Saved."
    assert not [k for k in services.settings.allKeys() if k.startswith("own/")]  # not in settings
    window.close()
    services.storage.db.close()

    again = make_services(tmp_path, demo=False)
    assert again.storage.channels.get(own.id).typed_reach_24h == 4800
    _window, area = my_channel(qtbot, again)
    assert (area.reach_edits[24].text(), area.reach_edits[48].text()) == (
        number(4800),
        number(5500),
    )
    assert area.err_label.text() == "48.0 %"  # 4800 / 10000 subscribers


def test_clearing_a_typed_reach_clears_it_in_the_database(qtbot, tmp_path):
    services, own = own_channel_without_history(tmp_path)
    services.pricebook.set_typed_reach(own.id, 48, 5500)
    _window, area = my_channel(qtbot, services)
    assert area.reach_edits[48].text() == number(5500)
    area.reach_edits[48].selectAll()
    qtbot.keyClick(area.reach_edits[48], Qt.Key.Key_Delete)
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    assert services.storage.channels.get(own.id).typed_reach_48h is None


@pytest.mark.parametrize("typed", ["lots", "0", "12.5", "-300"])
def test_bad_typed_reach_says_why_and_saves_nothing(qtbot, tmp_path, typed):
    services, own = own_channel_without_history(tmp_path)
    services.pricebook.set_typed_reach(own.id, 24, 3000)
    _window, area = my_channel(qtbot, services)
    area.reach_edits[24].clear()
    qtbot.keyClicks(area.reach_edits[24], typed)
    field = area.reach_fields[24]
    assert field.message.isVisible()
    assert field.message.text() == "Views must be a whole number above 0"
    assert not area.save_button.isEnabled()
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    area.save_channel()  # even if called another way (a shortcut), nothing is written
    assert services.storage.channels.get(own.id).typed_reach_24h == 3000
    area.reach_edits[24].clear()
    qtbot.keyClicks(area.reach_edits[24], "3500")
    assert not field.message.isVisible() and area.save_button.isEnabled()


def test_measured_reach_is_shown_under_the_typed_figure(qtbot, tmp_path):
    services = make_services(tmp_path)  # the demo: typed 4800 / 5500 and a month of views
    _window, area = my_channel(qtbot, services)
    assert (area.reach_edits[24].text(), area.reach_edits[48].text()) == (
        number(4800),
        number(5500),
    )
    for window in (24, 48):
        assert area.measured_labels[window].isVisible()
        assert area.measured_labels[window].text().startswith("measured: ")


def write_old_keys(settings, values: dict[str, object]) -> None:
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


def test_reach_typed_by_an_earlier_version_moves_into_the_database_once(qtbot, tmp_path):
    services, own = own_channel_without_history(tmp_path)
    other = services.storage.channels.get_or_create("@another_chan")
    services.pricebook.set_typed_reach(other.id, 24, 2000)
    write_old_keys(
        services.settings,
        {
            f"own/reach_{own.id}_24h": 4800,
            f"own/reach_{own.id}_48h": 0,  # the earlier version's "not typed"
            f"own/reach_{other.id}_24h": 1500,  # the database already has 2000: it wins
            "own/reach_999_24h": 7000,  # a channel of another database (--db): left alone
            "desk/niche": 3,
        },
    )

    upgrade_settings(services.settings, services.storage)  # as main.compose does at start-up
    _window, area = my_channel(qtbot, services)

    channels = services.storage.channels
    assert (channels.get(own.id).typed_reach_24h, channels.get(own.id).typed_reach_48h) == (
        4800,
        None,
    )
    assert channels.get(other.id).typed_reach_24h == 2000
    assert area.reach_edits[24].text() == number(4800)
    assert sorted(services.settings.allKeys()) == ["desk/niche", "own/reach_999_24h"]
    # a key of another price book is left: the step stays due, for when that book is opened
    assert upgrade_settings(services.settings, services.storage) == 0
    # what is left is left: a second start moves nothing and changes nothing
    assert move_typed_reach_to_database(services.settings, channels) == 0
    assert channels.get(own.id).typed_reach_24h == 4800


def test_the_carried_over_reach_is_in_the_database_file_itself(qtbot, tmp_path):
    services, own = own_channel_without_history(tmp_path)
    write_old_keys(services.settings, {f"own/reach_{own.id}_48h": "5500"})
    assert move_typed_reach_to_database(services.settings, services.storage.channels) == 1
    path = services.storage.db.database
    services.storage.db.close()
    reopened = Storage(open_database(path))
    assert reopened.channels.get(own.id).typed_reach(48) == 5500
    reopened.db.close()


def niche_with_quotes(services):
    from decimal import Decimal

    from storage import QuoteDraft
    from tests.ui_helpers import DEMO_NOW

    for i in range(5):
        services.pricebook.add(
            QuoteDraft(f"@peer_{i}xx", Decimal(1000 + 100 * i), DEMO_NOW, reach=2000, niche="Tech")
        )


def test_typed_channel_and_reach_reach_the_suggestion_without_pressing_save(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    niche_with_quotes(services)
    window, area = my_channel(qtbot, services)
    assert "saved as you type" in area.saved_label.text()
    area.name.setFocus()
    qtbot.keyClicks(area.name, "@my_new_chan")
    qtbot.keyClicks(area.reach_edits[24], "3 000")
    window.show_area("suggestion")  # straight to the price, no Save pressed
    wait_for_tasks()
    assert services.pricebook.own_channel().typed_reach(24) == 3000
    assert window.suggestion.reach.text() == "3000"
    assert window.suggestion.suggestion is not None


def test_the_channel_is_saved_a_moment_after_typing_stops(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    _window, area = my_channel(qtbot, services)
    qtbot.keyClicks(area.name, "@my_new_chan")
    qtbot.keyClicks(area.subscribers, "20 000")
    qtbot.waitUntil(lambda: services.pricebook.own_channel() is not None, timeout=3000)
    assert services.pricebook.own_channel().subscribers == 20000
    assert area.saved_label.text() == "Saved."
    area.subscribers.clearFocus()
    area.reload()
    assert area.subscribers.text() == number(20000)  # grouped as the user wrote it, not "20000"


def test_bad_subscribers_are_never_saved_by_the_timer(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    _window, area = my_channel(qtbot, services)
    qtbot.keyClicks(area.name, "@my_new_chan")
    qtbot.keyClicks(area.subscribers, "many")
    qtbot.wait(900)
    assert services.pricebook.own_channel() is None
    assert area.subscribers_field.message.isVisible()


def test_set_price_says_why_it_is_disabled(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    _window, area = my_channel(qtbot, services)
    assert not area.set_price_button.isEnabled()
    assert "channel" in area.set_price_button.toolTip()
    assert area.price_hint.isVisible() and area.price_hint.text() == area.set_price_button.toolTip()
    qtbot.keyClicks(area.name, "@my_new_chan")
    assert "Type a price" in area.price_hint.text()
    qtbot.keyClicks(area.price_edit, "2 500")
    assert area.set_price_button.isEnabled() and not area.price_hint.isVisible()
    qtbot.mouseClick(area.set_price_button, Qt.MouseButton.LeftButton)
    own = services.pricebook.own_channel()  # the channel typed a moment ago was saved first
    assert [p.price for p in services.pricebook.own_prices(own.id)] == [2500]
