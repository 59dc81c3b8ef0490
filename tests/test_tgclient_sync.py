"""The Telegram service on the fake client: sign-in, resolving, fetching, flood waits, cancel."""

import asyncio
import itertools
import math
from datetime import UTC, datetime, timedelta

import pytest
from fake_telegram import (  # noqa: F401
    NOW,
    FakeTelegramClient,
    InstantSleep,
    fake_service,
    flood_wait,
    no_network,
)
from telethon import errors
from telethon.tl import functions

from storage import Storage, open_database
from storage.models import Post, SubscriberSnapshot, ViewSnapshot
from tgclient.errors import (
    ChannelBanned,
    ChannelNotFound,
    ChannelPrivate,
    CodeExpired,
    CodeInvalid,
    ConnectionFailed,
    NotAChannel,
    NotAuthorized,
    PasswordInvalid,
    PasswordNeeded,
    PhoneInvalid,
    QrExpired,
    ServerProblem,
    SyncFailed,
    UsernameInvalid,
)
from tgclient.service import Phase, State, SyncSettings, normalise_phone

HISTORY = functions.messages.GetHistoryRequest.__name__
VIEWS = functions.messages.GetMessagesViewsRequest.__name__


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    yield Storage(db)
    db.close()


def ticking_clock(start=NOW + timedelta(minutes=5), step=timedelta(seconds=1)):
    counter = itertools.count()
    return lambda: start + step * next(counter)


def signed_in(storage, client=None, **kwargs):
    client = client or FakeTelegramClient(authorized=True)
    kwargs.setdefault("clock", ticking_clock())
    return client, fake_service(storage, client, **kwargs)


def own_channel(storage, service, client, posts=0, **seed):
    channel = client.add_channel("my_channel", "My channel", subscribers=5000, admin=True)
    if posts:
        channel.add_posts(posts, **seed)

    async def choose():
        [info] = await service.admin_channels()
        return service.choose_own_channel(info)

    return channel, asyncio.run(choose())


# --- sign-in ------------------------------------------------------------------------------


def test_code_then_two_step_password_signs_in(storage):
    client = FakeTelegramClient(password="secret")
    service = fake_service(storage, client)
    states = []
    service.state_changed.connect(states.append)

    async def flow():
        await service.send_code("+7 (999) 123-45-67")
        with pytest.raises(CodeInvalid):
            await service.sign_in_code("11111")
        with pytest.raises(PasswordNeeded):
            await service.sign_in_code("12 345")
        with pytest.raises(PasswordInvalid):
            await service.sign_in_password("wrong")
        return await service.sign_in_password("secret")

    account = asyncio.run(flow())
    assert account.name == "Ada Admin"
    assert service.state == State.READY and service.signed_in
    assert states[-1] == State.READY


def test_expired_code_then_resend_works(storage):
    client = FakeTelegramClient()
    service = fake_service(storage, client)

    async def flow():
        await service.send_code("+79991234567")
        client.expired_codes.add("12345")
        with pytest.raises(CodeExpired):
            await service.sign_in_code("12345")
        client.expired_codes.clear()
        await service.resend_code()
        return await service.sign_in_code("12345")

    asyncio.run(flow())
    assert client.codes_sent == 2 and service.signed_in


def test_invalid_phone_is_caught_before_and_by_telegram(storage):
    client = FakeTelegramClient()
    client.invalid_phones.add("+10000000000")
    service = fake_service(storage, client)
    with pytest.raises(PhoneInvalid):
        asyncio.run(service.send_code("call me"))
    assert client.requests["SendCodeRequest"] == 0
    with pytest.raises(PhoneInvalid):
        asyncio.run(service.send_code("+1 000 000 0000"))


def test_flood_wait_on_sign_in_is_reported_with_its_seconds(storage):
    client = FakeTelegramClient()
    client.fail("SendCodeRequest", flood_wait(420))
    service = fake_service(storage, client)
    with pytest.raises(Exception) as caught:
        asyncio.run(service.send_code("+79991234567"))
    assert type(caught.value).__name__ == "FloodWait" and caught.value.seconds == 420


@pytest.mark.parametrize(
    ("typed", "phone"), [("+7 999 123-45-67", "+79991234567"), ("0049 30 1234567", "+49301234567")]
)
def test_phone_numbers_are_normalised(typed, phone):
    assert normalise_phone(typed) == phone


def test_qr_login_refreshes_when_expired_and_signs_in_when_scanned(storage):
    client = FakeTelegramClient()
    service = fake_service(storage, client)

    async def flow():
        qr = await service.qr_login()
        first = qr.url
        with pytest.raises(QrExpired):
            await qr.wait(timeout=0.01)
        await qr.recreate()
        assert qr.url != first and qr.url.startswith("tg://login?token=")
        client.qr_scanned.set()
        return await qr.wait(timeout=1)

    account = asyncio.run(flow())
    assert account.user_id and service.state == State.READY


def test_log_out_ends_the_session_and_deletes_the_file_but_keeps_data(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=10)
    asyncio.run(service.sync_channel(own.id))
    service.session_file.parent.mkdir(parents=True, exist_ok=True)
    service.session_file.write_bytes(b"session")
    asyncio.run(service.log_out())
    assert not service.session_file.exists()
    assert client.requests["LogOutRequest"] == 1 and not client.authorized
    assert service.state == State.SIGNED_OUT
    assert Post.select().count() == 10


def test_a_revoked_session_asks_to_sign_in_again_and_keeps_data(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=10)
    asyncio.run(service.sync_channel(own.id))
    client.authorized = False  # revoked from another device
    with pytest.raises(NotAuthorized):
        asyncio.run(service.refresh_views(own.id))
    assert service.state == State.SIGNED_OUT
    assert Post.select().count() == 10


# --- fetching -----------------------------------------------------------------------------

N = 10_000


def test_ten_thousand_posts_take_one_request_per_hundred(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=N)
    progress = []
    report = asyncio.run(service.sync_channel(own.id, progress.append))
    assert client.requests[HISTORY] == math.ceil(N / 100)
    assert client.requests[VIEWS] == 0  # new posts come with their views
    assert report.new_posts == N and report.view_readings == N and report.subscribers == 5000
    assert Post.select().count() == N and ViewSnapshot.select().count() == N
    posts_progress = [p for p in progress if p.phase == Phase.POSTS]
    assert posts_progress[-1].done == N and posts_progress[-1].total == N

    report = asyncio.run(service.refresh_views(own.id))
    assert client.requests[VIEWS] == math.ceil(N / 100)
    assert report.view_readings == N
    assert ViewSnapshot.select().count() == 2 * N


def test_a_flood_wait_mid_sync_counts_down_and_resumes_without_duplicates(storage):
    client, service = signed_in(storage)
    channel, own = own_channel(storage, service, client, posts=1000)
    client.fail(HISTORY, flood_wait(30), at_call=4)
    client.fail(VIEWS, flood_wait(12), at_call=2)
    countdown, states = [], []
    service.flood_wait.connect(countdown.append)
    service.state_changed.connect(states.append)
    asyncio.run(service.sync_channel(own.id))
    assert countdown[:3] == [30, 29, 28] and countdown[29:31] == [1, 0]
    assert State.FLOOD_WAIT in states and service.state == State.READY
    assert client.requests[HISTORY] == 10 + 1
    assert Post.select().count() == 1000 and ViewSnapshot.select().count() == 1000

    channel.add_posts(5)
    asyncio.run(service.sync_channel(own.id))
    assert countdown[-13:] == [*range(12, 0, -1), 0]
    assert Post.select().count() == 1005
    assert ViewSnapshot.select().count() == 1005 + 1000  # new posts once, old ones refreshed


def test_cancel_keeps_what_was_stored_and_the_next_sync_completes_it(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=2000)

    async def cancelled_sync():
        task = service.start_sync([own.id])

        def stop_after_five_pages(progress):
            if progress.phase == Phase.POSTS and progress.done >= 500:
                task.cancel()

        service.progress.connect(stop_after_five_pages)
        with pytest.raises(asyncio.CancelledError):
            await task
        service.progress.disconnect(stop_after_five_pages)

    asyncio.run(cancelled_sync())
    stored = Post.select().count()
    assert 0 < stored < 2000
    assert ViewSnapshot.select().count() == stored  # every stored post has its reading
    assert service.state == State.READY and not service.busy

    asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 2000
    assert ViewSnapshot.select().count() == 2000 + stored  # old ones refreshed, none twice


def test_a_dropped_connection_is_retried_with_backoff(storage):
    sleep = InstantSleep()
    client, service = signed_in(storage, sleep=sleep)
    _, own = own_channel(storage, service, client, posts=300)
    client.fail(HISTORY, ConnectionError("reset by peer"), at_call=2)
    asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 300
    assert sleep.calls[:1] == [1]


def test_telegram_unreachable_gives_up_after_backoff_and_data_stays(storage):
    sleep = InstantSleep()
    client, service = signed_in(storage, sleep=sleep)
    _, own = own_channel(storage, service, client, posts=300)
    asyncio.run(service.sync_channel(own.id))
    client.unreachable = True
    with pytest.raises(ConnectionFailed):
        asyncio.run(service.refresh_views(own.id))
    assert sleep.calls == list(SyncSettings().reconnect_delays)
    assert service.state == State.OFFLINE
    assert Post.select().count() == 300


def test_albums_count_once_and_service_messages_are_skipped(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=100, albums=True, service_every=7)
    asyncio.run(service.sync_channel(own.id))
    posts = storage.history.post_histories(own.id)
    assert len(posts) == 100
    albums = [p for p in posts if p.grouped_id is not None]
    assert len(albums) == 10 and all(p.text.startswith("album") for p in albums)
    assert all(len(p.snapshots) == 1 for p in posts)
    reacted = [p for p in posts if p.latest.reactions]
    assert reacted  # reactions were summed


def test_a_refresh_keeps_the_last_known_reactions(storage):
    client, service = signed_in(storage)
    channel, own = own_channel(storage, service, client, posts=4)
    channel.views_step = 50
    asyncio.run(service.sync_channel(own.id))
    asyncio.run(service.refresh_views(own.id))
    for post in storage.history.post_histories(own.id):
        first, second = post.snapshots
        assert second.views == first.views + 50
        assert second.reactions == first.reactions


def test_first_fetch_respects_the_history_window(storage):
    settings = SyncSettings(history_days=10, max_posts=None, views_window_days=None)
    client, service = signed_in(storage, settings=settings, clock=lambda: NOW)
    _, own = own_channel(storage, service, client, posts=500, spacing=timedelta(days=1))
    asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 11  # today and the ten days before
    assert client.requests[HISTORY] == 1
    asyncio.run(service.sync_channel(own.id))  # nothing newer; the window is already full
    assert client.requests[HISTORY] == 2


def test_first_fetch_respects_the_post_limit_and_resumes_to_it(storage):
    settings = SyncSettings(history_days=None, max_posts=250, views_window_days=None)
    client, service = signed_in(storage, settings=settings)
    _, own = own_channel(storage, service, client, posts=500)
    asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 250
    asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 250


def test_subscriber_counts_are_dated_snapshots(storage):
    client, service = signed_in(storage)
    channel, own = own_channel(storage, service, client, posts=1)
    asyncio.run(service.sync_channel(own.id))
    channel.subscribers = 5100
    asyncio.run(service.sync_channel(own.id))
    assert [count for _, count in storage.history.subscriber_history(own.id)] == [5000, 5100]
    assert storage.channels.get(own.id).subscribers == 5100
    assert SubscriberSnapshot.select().count() == 2


# --- resolving ----------------------------------------------------------------------------


def test_a_username_is_resolved_once_then_read_from_storage(storage):
    client, service = signed_in(storage)
    client.add_channel("rival_news", "Rival news", subscribers=900).add_posts(30)
    report = asyncio.run(service.fetch_public("https://t.me/rival_news"))
    assert report.new_posts == 30
    record = asyncio.run(service.resolve("@Rival_News"))
    assert record.telegram_id and record.access_hash
    assert client.requests["ResolveUsernameRequest"] == 1


def test_a_channel_typed_by_hand_gets_its_id_at_its_first_sync(storage):
    client, service = signed_in(storage)
    client.add_channel("typed_rival", "Typed", subscribers=10).add_posts(3)
    typed = storage.channels.get_or_create("@typed_rival")
    assert typed.telegram_id is None
    asyncio.run(service.sync_channel(typed.id))
    assert storage.channels.get(typed.id).telegram_id is not None
    assert Post.select().count() == 3


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("@nobody_here", ChannelNotFound),
        ("@some_person", NotAChannel),
        ("@chatty_group", NotAChannel),
        ("@banned_one", ChannelBanned),
        ("https://t.me/+expiredHash", ChannelPrivate),
        ("https://t.me/+notJoinedYet", ChannelPrivate),
        ("https://t.me/c/123456/7", ChannelPrivate),
        ("not a link at all", UsernameInvalid),
    ],
)
def test_each_unusable_reference_has_its_own_error(storage, text, error):
    client, service = signed_in(storage)
    client.add_user("some_person")
    client.add_channel("chatty_group", "Group", megagroup=True)
    client.add_channel("banned_one", "Banned", banned=True)
    client.add_channel(None, "Secret", member=False, invite_hash="notJoinedYet")
    with pytest.raises(error):
        asyncio.run(service.resolve(text))


def test_an_invite_link_of_a_joined_channel_resolves(storage):
    client, service = signed_in(storage)
    client.add_channel(None, "Private but joined", invite_hash="joinedHash")
    record = asyncio.run(service.resolve("t.me/joinchat/joinedHash"))
    assert record.title == "Private but joined" and record.username is None


def test_telethons_username_invalid_error_is_translated(storage):
    from pricing.parsing import ChannelRef

    _client, service = signed_in(storage)
    gateway = service.gateway()

    async def resolve():
        await gateway.connect()
        await gateway.resolve(ChannelRef("username", "no"))

    with pytest.raises(UsernameInvalid):
        asyncio.run(resolve())


# --- background work ----------------------------------------------------------------------


def test_the_scheduled_refresh_syncs_tracked_channels_by_itself(storage):
    settings = SyncSettings(
        refresh_interval=0.01, history_days=None, max_posts=None, views_window_days=None
    )
    client, service = signed_in(storage, settings=settings)
    _, _own = own_channel(storage, service, client, posts=20)
    rival = client.add_channel("tracked_rival", "Rival")
    rival.add_posts(5)
    tracked = storage.channels.get_or_create("@tracked_rival")
    storage.channels.update(tracked.id, tracked=True)
    synced = []
    service.synced.connect(synced.append)

    async def run_a_while():
        await service.connect()
        service.start_schedule()
        for _ in range(200):
            await asyncio.sleep(0.01)
            if len(synced) >= 2:
                break
        await service.close()

    asyncio.run(run_a_while())
    assert [r.channel for r in synced[:2]] == ["@my_channel", "@tracked_rival"]
    assert Post.select().count() == 25


def test_start_without_credentials_or_session_touches_no_network(storage, tmp_path):
    from tgclient.service import TelegramService

    def factory(*args):
        raise AssertionError("no gateway should be built")

    service = TelegramService(storage, factory, data_folder=tmp_path)
    asyncio.run(service.start())
    assert service.state == State.NOT_CONFIGURED


def test_the_service_module_imports_neither_qt_nor_telethon():
    import subprocess
    import sys

    code = (
        "import sys, tgclient.service; "
        "bad = [m for m in ('PySide6', 'telethon', 'qasync') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dates_stay_utc_aware(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=3)
    asyncio.run(service.sync_channel(own.id))
    for post in storage.history.post_histories(own.id):
        assert post.posted_at.tzinfo is not None
        assert post.posted_at <= datetime.now(UTC)


# --- recovering and reporting -------------------------------------------------------------


def test_the_newest_album_is_not_stored_again_by_later_refreshes(storage):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=10, albums=True)  # newest: 3 messages
    for _ in range(4):
        asyncio.run(service.sync_channel(own.id))
    assert Post.select().count() == 10
    # a fresh start (nothing remembered in memory) reads the same database the same way
    _, restarted = signed_in(storage, client)
    report = asyncio.run(restarted.sync_channel(own.id))
    assert report.new_posts == 0
    assert Post.select().count() == 10


def test_a_new_post_after_the_newest_album_is_still_read(storage):
    client, service = signed_in(storage)
    channel, own = own_channel(storage, service, client, posts=10, albums=True)
    asyncio.run(service.sync_channel(own.id))
    channel.add_posts(2, newest_at=NOW + timedelta(hours=1))
    report = asyncio.run(service.sync_channel(own.id))
    assert report.new_posts == 2
    assert Post.select().count() == 12


def test_cancelling_a_scheduled_round_keeps_the_schedule(storage):
    async def slow_sleep(seconds):
        await asyncio.sleep(0.002)

    settings = SyncSettings(
        refresh_interval=0.01, history_days=None, max_posts=None, views_window_days=None
    )
    client, service = signed_in(storage, settings=settings, sleep=slow_sleep)
    _, _own = own_channel(storage, service, client, posts=300)
    client.fail(HISTORY, flood_wait(600), at_call=2)
    synced = []
    service.synced.connect(synced.append)

    async def scenario():
        await service.connect()
        service.start_schedule()
        while service.state != State.FLOOD_WAIT:
            await asyncio.sleep(0.005)
        await service.cancel()
        assert synced[-1].cancelled
        assert service.schedule_active
        while len(synced) < 2:  # the next round runs and completes the fetch
            await asyncio.sleep(0.005)
        await service.close()

    asyncio.run(asyncio.wait_for(scenario(), 10))
    assert not synced[1].cancelled
    assert Post.select().count() == 300


def test_the_schedule_reconnects_after_telegram_was_unreachable(storage):
    settings = SyncSettings(
        refresh_interval=0.01,
        history_days=None,
        max_posts=None,
        views_window_days=None,
        reconnect_delays=(0, 0),
    )
    client, service = signed_in(storage, settings=settings)
    channel, _own = own_channel(storage, service, client, posts=5)
    failures = []
    service.failed.connect(failures.append)
    synced = []
    service.synced.connect(synced.append)

    async def scenario():
        await service.connect()
        client.unreachable = True
        service.start_schedule()
        while not failures:
            await asyncio.sleep(0.005)
        assert isinstance(failures[0], ConnectionFailed)
        assert service.state == State.OFFLINE
        client.unreachable = False
        channel.add_posts(1, newest_at=NOW + timedelta(hours=1))
        while not any(r.new_posts for r in synced):
            await asyncio.sleep(0.005)
        await service.close()

    asyncio.run(asyncio.wait_for(scenario(), 10))
    assert service.state == State.READY
    assert Post.select().count() == 6


@pytest.mark.parametrize(
    ("telethon_error", "ours"),
    [
        (errors.ChannelPrivateError(request=None), ChannelPrivate),
        (errors.ServerError(request=None, message="INTERNAL", code=500), ServerProblem),
        (errors.TimedOutError(request=None, message="Timeout", code=-503), ServerProblem),
    ],
)
def test_a_channel_that_fails_is_named_in_the_refresh_failure(storage, telethon_error, ours):
    client, service = signed_in(storage)
    _, own = own_channel(storage, service, client, posts=20)
    rival = client.add_channel("tracked_rival", "Rival")
    rival.add_posts(5)
    tracked = storage.channels.get_or_create("@tracked_rival")
    storage.channels.update(tracked.id, tracked=True)
    asyncio.run(service.sync_channel(own.id))
    client.fail(HISTORY, telethon_error, at_call=client.requests[HISTORY] + 1)
    failures = []
    service.failed.connect(failures.append)

    async def refresh():
        return await service.start_sync()

    asyncio.run(refresh())
    [failure] = failures
    assert isinstance(failure, SyncFailed)
    [(name, error)] = failure.failures
    assert name == "@my_channel" and isinstance(error, ours)
    assert Post.select().count() == 25  # the rival was still read; the own data is kept
    assert service.state == State.READY


def test_the_service_follows_its_retry_policy(storage):
    from tgclient.retry_policy import RetryPolicy

    sleep = InstantSleep()
    policy = RetryPolicy(server_retry_delays=(3,))
    client, service = signed_in(storage, sleep=sleep, retry_policy=policy)
    _, own = own_channel(storage, service, client, posts=150)
    client.fail(HISTORY, errors.ServerError(request=None, message="INTERNAL", code=500))
    report = asyncio.run(service.sync_channel(own.id))
    assert report.new_posts == 150 and sleep.calls == [3]


def test_a_connection_that_drops_after_every_reconnect_ends_offline(storage):
    from tgclient.retry_policy import RetryPolicy

    sleep = InstantSleep()
    policy = RetryPolicy(reconnect_delays=(1, 2), max_reconnects=2)
    client, service = signed_in(storage, sleep=sleep, retry_policy=policy)
    _, own = own_channel(storage, service, client, posts=20)
    for call in (1, 2, 3):
        client.fail(VIEWS, ConnectionError("reset by peer"), at_call=call)
    asyncio.run(service.sync_channel(own.id))
    with pytest.raises(ConnectionFailed):
        asyncio.run(service.refresh_views(own.id))
    assert sleep.calls == [1, 1] and service.state == State.OFFLINE
