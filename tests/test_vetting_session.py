"""The vetting check's rules without Qt: input, fetch → evaluate and its states, Add and Track.

Real SQLite and the real Telegram service over the fake client (real TL objects); the screen's
part (running the fetch as a task, the evaluation in a worker) is played by the test.
"""

import asyncio
import contextlib
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from fake_telegram import FakeTelegramClient, fake_service, no_network  # noqa: F401

from application import build_use_cases
from application.vetting import VettingInputError
from application.vetting_session import (
    AddState,
    CheckState,
    FormInput,
    TrackState,
    VettingSession,
)
from pricing.synthetic import generate_channel
from storage import Storage, open_database
from storage.demo import store_synthetic_channel
from storage.records import QuoteDraft
from tgclient.errors import ChannelNotFound, NotAuthorized, NotConfigured

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
NICHE = "Finance"


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "session.sqlite3")
    storage = Storage(db)
    for i, value in enumerate((300, 400, 500, 600, 700)):
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


def offline_session(storage) -> VettingSession:
    return VettingSession(build_use_cases(storage, clock=lambda: NOW).vetting)


def online_session(storage, client) -> VettingSession:
    telegram = fake_service(storage, client, clock=lambda: NOW)
    telegram.has_session = lambda: True  # the fake client keeps no session file
    return VettingSession(build_use_cases(storage, telegram, clock=lambda: NOW).vetting)


def stored_channel(storage, username="evergreen"):
    synthetic = generate_channel(random.Random(0), "slow", days=30, username=username)
    return store_synthetic_channel(storage, synthetic, "Evergreen", NICHE, NOW)


def form(storage, channel="@evergreen", price="900", fmt="1/24") -> FormInput:
    return FormInput(channel, price, fmt, storage.niches.get_or_create(NICHE).id)


def evaluate(session: VettingSession) -> bool:
    """What the screen's worker does, then its report: the result is in."""
    return session.evaluated(session.evaluation()())


def fetch(session: VettingSession, *, cancel: bool = False) -> BaseException | None:
    """Run the session's fetch as the screen does (a task) and report how it ended."""

    async def run():
        task = asyncio.ensure_future(session.fetch())
        if cancel:  # the user's Cancel, before Telegram answered
            task.cancel()
        with contextlib.suppress(BaseException):
            await task
        return task

    task = asyncio.run(run())
    if task.cancelled():
        session.fetch_cancelled()
        return None
    error = task.exception()
    if error is None:
        session.fetch_done()
    else:
        session.fetch_failed(error)
    return error


def test_wrong_input_names_the_field_and_drops_the_result(storage):
    stored_channel(storage)
    session = offline_session(storage)
    good = form(storage)
    session.start(good)
    evaluate(session)
    assert session.state is CheckState.DONE and session.add_state(good) is AddState.READY

    with pytest.raises(VettingInputError) as raised:
        session.start(form(storage, price="free"))
    assert raised.value.field == "price"
    assert session.state is CheckState.IDLE and session.result is None
    assert session.add_state(good) is AddState.NOTHING  # nothing to save any more
    assert session.add(good) is None
    assert session.can_check


def test_without_telegram_the_stored_data_is_evaluated_and_says_why(storage):
    stored_channel(storage)
    session = offline_session(storage)
    assert session.start(form(storage)) is CheckState.EVALUATING
    assert session.busy and not session.can_check and not session.can_cancel
    asked_telegram = evaluate(session)
    assert session.state is CheckState.DONE and not session.busy and session.can_check
    assert not asked_telegram  # nothing new stored: the other screens need not reload
    result = session.result
    assert not result.fetched and isinstance(result.fetch_error, NotConfigured)
    assert result.reach.views and not result.fetch_cancelled


def test_a_running_check_cannot_be_started_again(storage):
    session = offline_session(storage)
    session.start(form(storage))
    with pytest.raises(RuntimeError):
        session.start(form(storage))


def test_add_saves_only_what_the_form_shows_and_only_once(storage):
    channel = stored_channel(storage)
    session = offline_session(storage)
    checked = form(storage, price="3000")
    session.start(checked)
    evaluate(session)
    assert session.add_state(checked) is AddState.READY

    edited = form(storage, price="30000")
    assert session.add_state(edited) is AddState.FORM_CHANGED
    assert session.add(edited) is None and storage.quotes.for_channel(channel.id) == []
    assert session.add_state(form(storage, fmt="2/48")) is AddState.FORM_CHANGED
    assert session.add_state(form(storage, price="3000")) is AddState.READY  # typed back

    record = session.add(checked)
    assert record.price == 3000 and session.add_state(checked) is AddState.SAVED_NOW
    assert session.add(checked) is None

    session.start(checked)  # the same quote checked again the same day
    assert session.add_state(checked) is AddState.NOTHING  # a check is running
    evaluate(session)
    assert session.add_state(checked) is AddState.ALREADY_SAVED
    assert session.saved_quote.id == record.id
    assert len(storage.quotes.for_channel(channel.id)) == 1

    other = form(storage, price="3100")  # another price is another quote
    session.start(other)
    evaluate(session)
    assert session.add_state(other) is AddState.READY
    session.add(other)
    assert len(storage.quotes.for_channel(channel.id)) == 2


def test_fetch_then_evaluate_with_telegram(storage):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("fresh_news", "Fresh news", subscribers=20_000).add_posts(
        20, spacing=timedelta(hours=12)
    )
    session = online_session(storage, client)
    assert session.start(form(storage, "t.me/fresh_news")) is CheckState.FETCHING
    assert session.busy and session.can_cancel and not session.can_check
    assert session.request.username == "fresh_news"
    assert fetch(session) is None
    assert session.state is CheckState.EVALUATING and not session.can_cancel
    assert evaluate(session)  # Telegram was asked: posts and subscribers were stored
    result = session.result
    assert session.state is CheckState.DONE
    assert result.fetched and result.fetch_error is None and result.subscribers == 20_000


def test_a_telegram_error_travels_as_the_exception_and_the_stored_data_answers(storage):
    stored_channel(storage)
    session = online_session(storage, FakeTelegramClient(authorized=True))  # no such channel
    session.start(form(storage))
    error = fetch(session)
    assert isinstance(error, ChannelNotFound)
    assert session.state is CheckState.EVALUATING
    evaluate(session)
    result = session.result
    assert result.fetch_error is error and not result.fetched  # the exception itself
    assert result.reach.views


def test_a_non_telegram_error_fails_the_check(storage):
    stored_channel(storage)
    session = online_session(storage, FakeTelegramClient(authorized=True))

    async def broken(channel, progress=None):
        raise sqlite3.OperationalError("database is locked")

    session.vetting.telegram.fetch_public = broken
    session.start(form(storage))
    fetch(session)
    assert session.state is CheckState.FAILED
    assert isinstance(session.error, sqlite3.OperationalError)
    assert session.result is None and session.add_state(form(storage)) is AddState.NOTHING
    assert session.can_check  # the user may try again


def test_a_cancelled_fetch_is_its_own_state_and_the_stored_data_is_shown(storage):
    stored_channel(storage)
    client = FakeTelegramClient(authorized=True)
    client.add_channel("evergreen", "Evergreen", subscribers=5_000).add_posts(10)
    session = online_session(storage, client)
    session.start(form(storage))
    assert fetch(session, cancel=True) is None
    assert session.state is CheckState.EVALUATING
    evaluate(session)
    result = session.result
    assert result.fetch_cancelled and result.fetch_error is None and not result.fetched


def test_closing_drops_late_answers(storage):
    stored_channel(storage)
    client = FakeTelegramClient(authorized=True)
    session = online_session(storage, client)
    session.start(form(storage))
    session.shutdown()
    assert session.closed and session.state is CheckState.CANCELLED
    assert not session.can_check and not session.can_cancel and not session.busy
    session.fetch_done()  # the fetch ended after the window closed
    assert session.state is CheckState.CANCELLED and session.result is None
    with pytest.raises(RuntimeError):
        session.evaluation()


def test_signed_out_telegram_is_not_asked(storage):
    stored_channel(storage)
    client = FakeTelegramClient(authorized=True)
    telegram = fake_service(storage, client, clock=lambda: NOW)
    telegram.has_session = lambda: False
    session = VettingSession(build_use_cases(storage, telegram, clock=lambda: NOW).vetting)
    assert session.start(form(storage)) is CheckState.EVALUATING
    evaluate(session)
    assert isinstance(session.result.fetch_error, NotAuthorized)


def test_track_needs_telegram_and_a_known_channel_not_ones_own(storage):
    stored_channel(storage)
    offline = offline_session(storage)
    offline.start(form(storage))
    evaluate(offline)
    assert offline.tracking().state is TrackState.NO_TELEGRAM
    assert not offline.set_tracked(True)

    client = FakeTelegramClient(authorized=True)
    session = online_session(storage, client)
    assert session.tracking().state is TrackState.NOTHING_CHECKED
    session.start(form(storage))
    fetch(session)
    evaluate(session)
    tracking = session.tracking()
    assert tracking.state is TrackState.AVAILABLE and tracking.can_change and not tracking.tracked
    assert session.set_tracked(True)
    assert session.tracking().tracked
    assert [c.username for c in storage.channels.tracked()] == ["evergreen"]
