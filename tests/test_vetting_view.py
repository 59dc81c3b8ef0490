"""The vetting screen driven as a buyer would: real widget, SQLite, fake Telegram (TL objects)."""

import asyncio
import random
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_telegram import NOW, FakeTelegramClient, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from telethon.tl import functions
from ui_helpers import services_for

from application.reach import ReachService
from pricing.synthetic import generate_channel
from storage import Storage, open_database
from storage.demo import store_synthetic_channel
from storage.records import QuoteDraft, ReachOrigin
from tgclient.service import State
from ui.vetting.area import VettingArea

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]

NICHE = "Finance"


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "vet.sqlite3")
    storage = Storage(db)
    for i, value in enumerate((300, 400, 500, 600, 700)):  # P25 400, P75 600
        storage.quotes.add(
            QuoteDraft(
                channel=f"@peer_{i:02d}",
                niche=NICHE,
                price=Decimal(value),
                quoted_at=NOW - timedelta(days=3),
                reach=1000,
            )
        )
    yield storage
    db.close()


def make_area(qtbot, storage, telegram=None, tmp_path=None):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    services = services_for(storage, telegram=telegram, settings=settings, clock=lambda: NOW)
    area = VettingArea(services, services.use_cases.vetting)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    return area


def fill(qtbot, area, channel, price, fmt="1/24"):
    area.channel.clear()
    qtbot.keyClicks(area.channel, channel)
    area.price.clear()
    if price.isascii():
        qtbot.keyClicks(area.price, price)
    else:  # QTest cannot type characters outside the keyboard map (₽)
        area.price.setText(price)
    area.format.setCurrentText(fmt)


def online(storage, client, sleep=None):
    kwargs = {"clock": lambda: NOW}
    if sleep is not None:
        kwargs["sleep"] = sleep
    telegram = fake_service(storage, client, **kwargs)
    telegram.has_session = lambda: True  # the fake client keeps no session file
    return telegram


def test_bad_input_shows_inline_messages_and_saves_nothing(qtbot, storage, tmp_path):
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    before = storage.quotes.count()
    fill(qtbot, area, "not a link!", "1000")
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert area.channel_field.message.isVisible()
    assert "channel" in area.channel_field.message.text().lower()
    fill(qtbot, area, "@good_channel", "free")
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert not area.channel_field.message.isVisible()
    assert "positive number" in area.price_field.message.text()
    fill(qtbot, area, "@good_channel", "1000", fmt="5/2")
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert "1/24" in area.format_field.message.text()
    assert area.result is None and not area.add_button.isEnabled()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert storage.quotes.count() == before


def test_offline_check_on_stored_data_shows_verdict_signals_and_charts(qtbot, storage, tmp_path):
    synthetic = generate_channel(random.Random(0), "botted", days=30, username="bought_views")
    store_synthetic_channel(storage, synthetic, "Bought views", NICHE, NOW)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    assert area.niche.currentText() == NICHE
    reach = ReachService(storage, lambda: NOW).reach(
        storage.channels.find_by_username("bought_views").id, 24
    )
    price = Decimal(900) * reach.views / 1000  # CPM 900: above P75
    fill(qtbot, area, "https://t.me/bought_views", f"{price:.0f}")
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert "Telegram is not set up" in area.status.text()
    assert f"{reach.views:,}".replace(",", "") in area.reach_label.text().replace(",", "")
    assert "24 h" in area.reach_label.text()
    assert "overpriced" in area.verdict_label.text()
    assert "P25" in area.thresholds_label.text() and "P75" in area.thresholds_label.text()
    assert "high" in area.risk_label.text()
    assert "views look bought" in area.conclusion_label.text()
    assert "Post-to-post variation" in area.signals_label.text()
    drawn = area.draw_charts()
    assert len(drawn["by_age"]["segments"]) > 20 and drawn["by_age"]["curve"]
    assert drawn["recent"]["reach"] == reach.views
    assert len(drawn["recent"]["posts"]) + len(drawn["recent"]["ads"]) == len(area.result.posts)


def test_fetch_from_telegram_then_add_to_price_book(qtbot, storage, tmp_path):
    client = FakeTelegramClient(authorized=True)
    fake = client.add_channel("fresh_news", "Fresh news", subscribers=20_000)
    fake.add_posts(40, spacing=timedelta(hours=12), views=lambda i: 1500 + (i * 53) % 700)
    area = make_area(qtbot, storage, online(storage, client), tmp_path)
    fill(qtbot, area, "t.me/fresh_news", "1 200 ₽", fmt="1/48")
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    result = area.result
    assert result.fetched and "Fresh data from Telegram" in area.status.text()
    assert "Fresh news" in area.channel_label.text() and "20" in area.channel_label.text()
    assert result.reach.views and "48 h" in area.reach_label.text()
    assert not area.progress.isVisible() and not area.cancel_button.isVisible()
    with qtbot.waitSignal(area.saved, timeout=2000):
        qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    saved = storage.quotes.for_channel(result.channel.id)
    assert len(saved) == 1
    assert saved[0].reach == result.reach.views and saved[0].reach_origin == ReachOrigin.FETCHED
    assert (saved[0].price, saved[0].feed_hours, saved[0].niche_name) == (1200, 48, NICHE)
    assert "Saved to the price book" in area.saved_label.text()
    assert not area.add_button.isEnabled()


def test_cancel_stops_the_fetch_and_keeps_the_ui_responsive(qtbot, storage, tmp_path):
    client = FakeTelegramClient(authorized=True)
    fake = client.add_channel("slow_channel", "Slow", subscribers=5_000)
    fake.add_posts(30)
    client.fail(functions.messages.GetHistoryRequest, flood_wait(600))
    hold = asyncio.Event()  # the flood-wait countdown never ends by itself

    async def never(seconds):
        await hold.wait()

    area = make_area(qtbot, storage, online(storage, client, sleep=never), tmp_path)
    fill(qtbot, area, "@slow_channel", "500")
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    telegram = area.vetting.telegram
    qtbot.waitUntil(lambda: telegram.state == State.FLOOD_WAIT, timeout=3000)
    assert area.busy and area.cancel_button.isVisible() and area.progress.isVisible()
    assert not area.check_button.isEnabled()
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
    assert not area.busy and area.check_button.isEnabled()
    assert "cancelled" in area.status.text()
    assert area.result.channel is not None  # resolved before the wait; stored, not lost


def test_unknown_channel_offline_says_no_data(qtbot, storage, tmp_path):
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@nobody_here", "1000")
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert "No stored posts" in area.status.text()
    assert "unknown" in area.reach_label.text()
    assert "needs the reach" in area.cpm_label.text()
    assert "Not enough data" in area.signals_label.text()
    assert area.add_button.isEnabled()  # a quote can still be kept, without a reach


def botted_channel(storage, username="crypto_rocket_vip"):
    synthetic = generate_channel(random.Random(0), "botted", days=30, username=username)
    return store_synthetic_channel(storage, synthetic, "Crypto Rocket", NICHE, NOW)


def check(qtbot, area):
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("channel", "price", "fmt", "field"),
    [
        ("@other_channel_x", "0", "1/24", "price"),
        ("hello world", "3000", "1/24", "channel"),
        ("@a", "3000", "1/24", "channel"),
        ("t.me/+abc", "3000", "1/24", "channel"),
        ("@crypto_rocket_vip", "3000", "xyz", "format"),
        ("", "", "", "channel"),
    ],
)
def test_a_failed_check_clears_the_result_so_add_saves_nothing(
    qtbot, storage, tmp_path, channel, price, fmt, field
):
    botted_channel(storage)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@crypto_rocket_vip", "3000")
    check(qtbot, area)
    assert "Crypto Rocket" in area.channel_label.text() and area.add_button.isEnabled()
    before = storage.quotes.count()

    fill(qtbot, area, channel, price, fmt)
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert getattr(area, f"{field}_field").message.isVisible()
    assert area.result is None
    assert "Crypto Rocket" not in area.channel_label.text()
    assert area.reach_label.text() == "—" and area.risk_label.text() == "—"
    assert not area.add_button.isEnabled()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert storage.quotes.count() == before


def test_editing_the_form_after_a_check_disables_add_until_the_next_check(qtbot, storage, tmp_path):
    channel = botted_channel(storage)
    storage.niches.get_or_create("Crypto")
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    area.reload()
    fill(qtbot, area, "@crypto_rocket_vip", "3000")
    check(qtbot, area)
    assert area.add_button.isEnabled()

    qtbot.keyClicks(area.price, "0")  # 30000 now, the panel still shows 3000
    assert not area.add_button.isEnabled()
    assert "previous input" in area.saved_label.text()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert storage.quotes.for_channel(channel.id) == []
    qtbot.keyClick(area.price, Qt.Key.Key_Backspace)  # back to what was checked
    assert area.add_button.isEnabled()

    for edit in (
        lambda: area.format.setCurrentText("2/48"),
        lambda: area.niche.setCurrentIndex(area.niche.findText("Crypto")),
        lambda: qtbot.keyClicks(area.channel, "_x"),
    ):
        fill(qtbot, area, "@crypto_rocket_vip", "3000")
        area.set_niche(storage.niches.get_or_create(NICHE).id)
        check(qtbot, area)
        assert area.add_button.isEnabled()
        edit()
        assert not area.add_button.isEnabled()

    fill(qtbot, area, "@crypto_rocket_vip", "4500", fmt="2/48")
    check(qtbot, area)
    assert "4" in area.cpm_label.text() and area.add_button.isEnabled()
    with qtbot.waitSignal(area.saved, timeout=2000):
        qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    [saved] = storage.quotes.for_channel(channel.id)
    assert (saved.price, saved.top_hours, saved.feed_hours) == (4500, 2, 48)


def test_the_same_quote_is_saved_once(qtbot, storage, tmp_path):
    channel = botted_channel(storage)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@crypto_rocket_vip", "3000")
    check(qtbot, area)
    with qtbot.waitSignal(area.saved, timeout=2000):
        qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert "Saved to the price book" in area.saved_label.text()
    assert not area.add_button.isEnabled()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)

    check(qtbot, area)  # the same quote checked again the same day
    assert not area.add_button.isEnabled()
    assert "Already in the price book" in area.saved_label.text()
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert len(storage.quotes.for_channel(channel.id)) == 1

    fill(qtbot, area, "@crypto_rocket_vip", "3100")  # another price is another quote
    check(qtbot, area)
    assert area.add_button.isEnabled() and area.saved_label.text() == ""
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    assert len(storage.quotes.for_channel(channel.id)) == 2


def test_a_channel_without_data_is_not_called_low_risk(qtbot, storage, tmp_path):
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@nobody_here", "1000")
    check(qtbot, area)
    risk = area.risk_label.text()
    assert "Not enough data to judge the views" in risk
    assert "low" not in risk and "#1a9641" not in risk  # no green "low"
    assert "recent posts" in risk and "subscriber count" in risk
    assert "Sign in to Telegram" in risk and "over a few days" in risk


def test_few_fetched_posts_say_what_is_missing(qtbot, storage, tmp_path):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("tiny_channel", "Tiny", subscribers=900).add_posts(2)
    area = make_area(qtbot, storage, online(storage, client), tmp_path)
    fill(qtbot, area, "@tiny_channel", "300")
    check(qtbot, area)
    assert area.result.fetched and area.result.quality.insufficient_data
    risk = area.risk_label.text()
    assert "Not enough data to judge the views" in risk and "Risk of bought views" not in risk
    assert "2 of the 5 needed" in risk and "subscriber count" not in risk
    assert "too few recent posts" in risk and "Sign in" not in risk


def test_the_reach_line_names_the_post_count_once(qtbot, storage, tmp_path):
    botted_channel(storage)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@crypto_rocket_vip", "3000")
    check(qtbot, area)
    reach = area.result.reach
    assert reach.method.startswith("mixed")
    text = area.reach_label.text()
    assert f"of {reach.n_posts} posts estimated from the curve" in text
    assert text.count("posts") == 1, text


@pytest.mark.parametrize(
    ("price", "fmt", "field", "reason"),
    [
        ("0", "1/24", "price", "above zero"),
        ("-5", "1/24", "price", "cannot be negative"),
        ("150 000 000", "1/24", "price", "looks like a typo"),
        ("1.5.5", "1/24", "price", "grouped in threes"),
        ("free", "1/24", "price", "positive number"),
        ("3000", "25/24", "format", "cannot exceed hours in the feed"),
        ("3000", "xyz", "format", "1/24, 2/48"),
    ],
)
def test_input_errors_give_the_specific_reason_of_the_quote_form(
    qtbot, storage, tmp_path, price, fmt, field, reason
):
    from pricing import InputError
    from pricing.parsing import parse_format, parse_price
    from ui.input_messages import input_error_text

    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@good_channel", price, fmt)
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    message = getattr(area, f"{field}_field").message.text()
    assert reason in message
    if price != "0":  # "0" parses; the vetting form itself wants a price above zero
        with pytest.raises(InputError) as raised:
            parse_price(price) if field == "price" else parse_format(fmt)
        assert message == input_error_text(raised.value)  # worded as on the quote form


def test_track_this_channel_after_a_check_puts_it_in_the_scheduled_refresh(
    qtbot, storage, tmp_path
):
    client = FakeTelegramClient(authorized=True)
    fake = client.add_channel("fresh_news", "Fresh news", subscribers=20_000)
    fake.add_posts(10, spacing=timedelta(hours=12))
    telegram = online(storage, client)
    area = make_area(qtbot, storage, telegram, tmp_path)
    assert not area.track_check.isEnabled()  # nothing checked yet
    fill(qtbot, area, "@fresh_news", "1000")
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert area.track_check.isEnabled() and not area.track_check.isChecked()

    qtbot.mouseClick(area.track_check, Qt.MouseButton.LeftButton)
    assert area.track_check.isChecked()
    assert [c.username for c in storage.channels.tracked()] == ["fresh_news"]

    # the next scheduled round reads it: new posts arrive with it
    fake.add_posts(3, newest_at=NOW + timedelta(hours=1))
    before = client.requests[functions.messages.GetHistoryRequest.__name__]
    task = asyncio.ensure_future(telegram.sync_tracked())
    qtbot.waitUntil(task.done, timeout=5000)
    assert [r.channel for r in task.result()] == ["@fresh_news"]
    assert task.result()[0].new_posts == 3
    assert client.requests[functions.messages.GetHistoryRequest.__name__] > before

    qtbot.mouseClick(area.track_check, Qt.MouseButton.LeftButton)  # untrack
    assert storage.channels.tracked() == []


def test_track_is_disabled_with_a_reason_without_telegram(qtbot, storage, tmp_path):
    synthetic = generate_channel(random.Random(0), "slow", days=30, username="kept_offline")
    store_synthetic_channel(storage, synthetic, "Kept offline", NICHE, NOW)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@kept_offline", "1000")
    with qtbot.waitSignal(area.checked, timeout=5000):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    assert not area.track_check.isEnabled()
    assert "Telegram" in area.track_check.toolTip()


def test_closing_the_window_cancels_the_vetting_fetch_and_touches_no_widget(
    qtbot, storage, tmp_path
):
    from ui.main_window import MainWindow

    client = FakeTelegramClient(authorized=True)
    fake = client.add_channel("slow_channel", "Slow", subscribers=5_000)
    fake.add_posts(30)
    client.fail(functions.messages.GetHistoryRequest, flood_wait(600))
    hold = asyncio.Event()

    async def never(seconds):
        await hold.wait()

    area = make_area(qtbot, storage, online(storage, client, sleep=never), tmp_path)
    window = MainWindow(area.services)
    qtbot.addWidget(window)
    window.add_area(area, "Vetting", "vetting")
    fill(qtbot, area, "@slow_channel", "500")
    qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
    telegram = area.vetting.telegram
    qtbot.waitUntil(lambda: telegram.state == State.FLOOD_WAIT, timeout=3000)
    task = area._task
    status = area.status.text()
    window.close()
    qtbot.waitUntil(task.done, timeout=3000)
    assert task.cancelled()
    qtbot.wait(50)
    assert area.result is None and area.status.text() == status  # nothing shown after closing


def test_a_done_callback_for_a_deleted_area_does_nothing(qtbot, storage, tmp_path, caplog):
    import shiboken6
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    services = services_for(storage, settings=settings)
    area = VettingArea(services, services.use_cases.vetting)  # not handed to qtbot: deleted below
    fetch = asyncio.get_event_loop().create_future()
    area._watch_fetch(fetch)  # the area waits for a Telegram fetch
    shiboken6.delete(area)
    fetch.set_result(None)  # the fetch ends after the area is gone
    for _ in range(5):  # done callbacks run on the loop's next turns
        QApplication.processEvents()
    # a callback touching the dead widget raised RuntimeError (logged by the loop)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_non_telegram_failure_is_logged_and_not_called_a_telegram_error(
    qtbot, storage, tmp_path, caplog
):
    import sqlite3

    client = FakeTelegramClient(authorized=True)
    telegram = online(storage, client)

    async def broken(channel, progress=None):
        raise sqlite3.OperationalError("database is locked")

    telegram.fetch_public = broken
    area = make_area(qtbot, storage, telegram, tmp_path)
    fill(qtbot, area, "@some_channel", "500")
    with caplog.at_level("ERROR"):
        qtbot.mouseClick(area.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "failed" in area.status.text(), timeout=3000)
    assert "Telegram error" not in area.status.text()
    assert "The check failed: database is locked" in area.status.text()
    assert area.result is None and area.check_button.isEnabled()
    record = next(r for r in caplog.records if "vetting check failed" in r.getMessage())
    assert record.exc_info and record.exc_info[0] is sqlite3.OperationalError


def test_vetting_judges_the_niche_by_the_same_quotes_as_the_suggestion(qtbot, storage, tmp_path):
    from pricing.parsing import parse_format

    storage.quotes.add(  # far above the others: an outlier
        QuoteDraft(channel="@peer_far", niche=NICHE, price=Decimal(9000), quoted_at=NOW, reach=1000)
    )
    synthetic = generate_channel(random.Random(0), "fast", days=30, username="plain_one")
    store_synthetic_channel(storage, synthetic, "Plain", NICHE, NOW)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@plain_one", "500")
    check(qtbot, area)
    niche = storage.niches.get_or_create(NICHE)
    view = area.services.pricebook.niche_view(niche.id, parse_format("1/24"), exclude_outliers=True)
    standing = area.result.standing
    assert (standing.p25, standing.p75, standing.count) == (
        view.summary.p25_cpm,
        view.summary.p75_cpm,
        view.summary.count,
    )
    assert "Outliers left out: 1." in area.thresholds_label.text()
    # the user's "Leave outliers out" choice off: the outlier counts, as in the suggestion
    area.services.settings.setValue("suggestion/exclude_outliers", False)
    check(qtbot, area)
    assert area.result.standing.count == view.summary.count + 1
    assert "Outliers included: 1." in area.thresholds_label.text()


def test_a_telegram_failure_is_described_by_the_one_table_and_the_stored_data_shown(
    qtbot, storage, tmp_path
):
    from tgclient.errors import ChannelNotFound
    from ui.telegram_texts import telegram_error_text

    botted_channel(storage, username="kept_here")
    client = FakeTelegramClient(authorized=True)  # Telegram knows no such channel
    area = make_area(qtbot, storage, online(storage, client), tmp_path)
    fill(qtbot, area, "@kept_here", "3000")
    check(qtbot, area)
    assert isinstance(area.result.fetch_error, ChannelNotFound)
    status = area.status.text()
    assert status.startswith("Stored data as of")
    assert telegram_error_text(ChannelNotFound()) in status  # "No channel has this username."
    assert "Crypto Rocket" in area.channel_label.text()  # the stored data still answers


def test_a_low_verdict_says_what_it_cannot_see(qtbot, storage, tmp_path):
    synthetic = generate_channel(random.Random(0), "slow", days=30, username="kept_offline")
    store_synthetic_channel(storage, synthetic, "Kept offline", NICHE, NOW)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "@kept_offline", "1000")
    check(qtbot, area)
    assert area.result.quality.risk == "low"
    risk = area.risk_label.text()
    assert "Risk of bought views: low" in risk
    assert "not that every view is real" in risk and "ask the seller" in risk

    botted_channel(storage)
    fill(qtbot, area, "@crypto_rocket_vip", "3000")
    check(qtbot, area)
    assert "high" in area.risk_label.text()
    assert "not that every view is real" not in area.risk_label.text()
