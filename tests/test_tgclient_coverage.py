"""A sync that never loses a post: interrupted catch-ups, refused access hashes, albums, deleted
posts, long absences — all on the fake Telegram (real TL objects, Telethon's own iter_messages)."""

import asyncio
import contextlib
import itertools
import random
from datetime import timedelta

import pytest
from fake_telegram import NOW, FakeTelegramClient, fake_service, flood_wait, make_message
from telethon import errors
from telethon.tl import functions

from storage import Storage, open_database
from storage.models import Post
from tgclient.errors import NeedsReopen, SyncFailed, UnexpectedError
from tgclient.service import SyncSettings

HISTORY = functions.messages.GetHistoryRequest.__name__
VIEWS = functions.messages.GetMessagesViewsRequest.__name__
RESOLVE = "ResolveUsernameRequest"
NO_WINDOW = SyncSettings(history_days=None, max_posts=None, views_window_days=None)


class Clock:
    """A clock the test moves by hand; each reading is a second later (readings stay unique)."""

    def __init__(self, start=NOW + timedelta(minutes=5)):
        self.now = start
        self._ticks = itertools.count()

    def __call__(self):
        return self.now + timedelta(seconds=next(self._ticks))


class Setup:
    """One database file, one fake Telegram, and a service that can be 'restarted'."""

    def __init__(self, path, settings=NO_WINDOW, client=None):
        self.path = path
        self.settings = settings
        self.clock = Clock()
        self.client = client or FakeTelegramClient(authorized=True)
        self.storage = Storage(open_database(path))
        self.service = fake_service(self.storage, self.client, settings, clock=self.clock)

    def restart(self):
        """The app closed hard and opened again: nothing survives but the database file."""
        self.storage.db.close()
        self.storage = Storage(open_database(self.path))
        self.service = fake_service(self.storage, self.client, self.settings, clock=self.clock)

    def own(self, username="my_channel", **options):
        channel = self.client.add_channel(username, "My channel", admin=True, **options)

        async def choose():
            [info] = [i for i in await self.service.admin_channels() if i.title == "My channel"]
            return self.service.choose_own_channel(info)

        return channel, asyncio.run(choose())

    def sync(self, channel_id):
        return asyncio.run(self.service.sync_channel(channel_id))

    def stored_ids(self, channel_id):
        query = Post.select(Post.message_id).where(Post.channel == channel_id)
        return sorted(message_id for (message_id,) in query.tuples())


def post_ids(channel):
    """What a reader of the channel sees as posts: one per album (its first message)."""
    firsts = {}
    for message in channel.posts:
        key = message.grouped_id or ("single", message.id)
        firsts[key] = min(firsts.get(key, message.id), message.id)
    return sorted(firsts.values())


def interruption(kind):
    return {
        "cancel": asyncio.CancelledError(),  # the status bar's Cancel, or the app closing
        "crash": RuntimeError("the power went out"),  # nothing in memory survives
        "flood": flood_wait(45),  # resumed inside the same refresh
        "network": ConnectionError("reset by peer"),  # reconnected inside the same refresh
        "refused": errors.ServerError(request=None, message="INTERNAL", code=500),
    }[kind]


def interrupted_refresh(setup, channel_id, kind, at_request):
    """A refresh whose ``at_request``-th history request fails with ``kind``; then, if it
    stopped the refresh, the app starts again (a crash) or simply goes on (cancel)."""
    setup.client.fail(
        HISTORY, interruption(kind), at_call=setup.client.requests[HISTORY] + at_request
    )
    with contextlib.suppress(asyncio.CancelledError, Exception):
        setup.sync(channel_id)
    setup.client._planned.clear()  # an interruption planned beyond the refresh's last page
    if kind == "crash":
        setup.restart()


# --- interrupted anywhere, any number of times -----------------------------------------------

# After a complete sync of 120 posts, 350 new posts arrive (35 of them three-message albums:
# 420 messages).
# Their catch-up reads the newest page, then the gap below it: five history requests in all.
CATCH_UP_REQUESTS = 5


def busy_days(setup):
    channel, own = setup.own()
    channel.add_posts(120, albums=True, newest_at=NOW - timedelta(days=3))
    setup.sync(own.id)
    channel.add_posts(350, albums=True, newest_at=NOW, spacing=timedelta(minutes=12))
    return channel, own


@pytest.mark.parametrize("kind", ["cancel", "crash", "flood", "network", "refused"])
def test_a_catch_up_interrupted_at_any_page_then_refreshed_stores_every_post_once(tmp_path, kind):
    for page in range(1, CATCH_UP_REQUESTS + 2):
        setup = Setup(tmp_path / f"{kind}-{page}.sqlite3")
        channel, own = busy_days(setup)
        interrupted_refresh(setup, own.id, kind, page)
        setup.sync(own.id)
        assert setup.stored_ids(own.id) == post_ids(channel), f"stopped at page {page}"
        # every post has its readings, and no album was stored under a second id
        for post in setup.storage.history.post_histories(own.id):
            assert post.snapshots, post.message_id
        albums = [p for p in setup.storage.history.post_histories(own.id) if p.grouped_id]
        assert len(albums) == len({p.grouped_id for p in albums}) == 12 + 35
        setup.storage.db.close()


def test_without_interruption_the_catch_up_costs_five_history_requests(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = busy_days(setup)
    before = dict(setup.client.requests)
    report = setup.sync(own.id)
    assert setup.client.requests[HISTORY] - before[HISTORY] == CATCH_UP_REQUESTS
    # the 120 older posts (below the newest page) get one views request per hundred
    assert setup.client.requests[VIEWS] - before.get(VIEWS, 0) == 2
    assert report.new_posts == 350
    assert setup.stored_ids(own.id) == post_ids(channel)


def test_interrupted_again_and_again_while_posts_keep_coming_still_ends_with_each_post_once(
    tmp_path,
):
    rng = random.Random(8)
    kinds = ["cancel", "crash", "flood", "network", "refused"]
    for run in range(4):
        setup = Setup(tmp_path / f"run-{run}.sqlite3")
        channel, own = busy_days(setup)
        for round_ in range(rng.randint(3, 8)):
            interrupted_refresh(setup, own.id, rng.choice(kinds), rng.randint(1, 5))
            if rng.random() < 0.5:  # new posts arrive between the attempts
                setup.clock.now += timedelta(hours=1)
                channel.add_posts(
                    rng.randint(1, 160),
                    albums=True,
                    newest_at=NOW + timedelta(hours=round_ + 1),
                    spacing=timedelta(seconds=20),
                )
        setup.sync(own.id)
        assert setup.stored_ids(own.id) == post_ids(channel), f"run {run}"
        setup.storage.db.close()


def test_a_page_whose_range_cannot_be_recorded_stores_none_of_its_posts(tmp_path, monkeypatch):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = busy_days(setup)
    state = setup.storage.sync_state
    real_add_range = state.add_range
    calls = itertools.count(1)

    def add_range_failing_third(channel_id, covered):
        if next(calls) == 3:
            raise RuntimeError("disk full")
        return real_add_range(channel_id, covered)

    monkeypatch.setattr(state, "add_range", add_range_failing_third)
    old_posts = set(setup.stored_ids(own.id))
    with pytest.raises(RuntimeError):
        setup.sync(own.id)
    # two pages landed whole, posts and range together; the third left nothing half-written
    [newest, _older] = state.ranges(own.id)
    new_posts = set(setup.stored_ids(own.id)) - old_posts
    assert 0 < len(new_posts) < 350
    assert new_posts == {i for i in post_ids(channel) if i >= newest.low}
    monkeypatch.setattr(state, "add_range", real_add_range)
    setup.sync(own.id)
    assert setup.stored_ids(own.id) == post_ids(channel)


# --- a long absence is bounded by the settings ------------------------------------------------


@pytest.mark.parametrize(
    ("new_posts", "spacing", "stored_new", "reason", "max_history_requests"),
    [
        # 8,000 posts in 200 days: 3,600 are inside 90 days, the 3,000-post limit binds
        (8000, timedelta(minutes=36), 3000, "limit", 31),
        # 1,200 posts in 200 days: the 90-day window binds (540 posts)
        (1200, timedelta(hours=4), 540, "date", 7),
    ],
)
def test_two_hundred_days_offline_reads_only_the_window_and_says_what_it_left_out(
    tmp_path, new_posts, spacing, stored_new, reason, max_history_requests
):
    settings = SyncSettings(history_days=90, max_posts=3000, views_window_days=30)
    setup = Setup(tmp_path / "db.sqlite3", settings)
    setup.clock.now = NOW - timedelta(days=200)
    channel, own = setup.own()
    channel.add_posts(500, newest_at=NOW - timedelta(days=200))
    setup.sync(own.id)
    old = setup.stored_ids(own.id)
    assert len(old) == 500  # 500 posts, 3 h apart: inside 90 days and under 3,000

    setup.clock.now = NOW + timedelta(minutes=5)
    new_ids = channel.add_posts(new_posts, newest_at=NOW, spacing=spacing)
    before = setup.client.requests[HISTORY]
    report = setup.sync(own.id)
    requests = setup.client.requests[HISTORY] - before
    stored = set(setup.stored_ids(own.id)) - set(old)
    assert len(stored) == stored_new
    assert stored == set(new_ids[-stored_new:])  # the newest ones, none missing among them
    assert requests <= max_history_requests
    assert report.skip_reason == reason
    assert report.skipped_ids == new_posts - stored_new
    assert setup.client.requests[VIEWS] == 0  # the old posts are past the 30-day views window

    # what was left out is not read later either: one request for the newest page
    before = setup.client.requests[HISTORY]
    report = setup.sync(own.id)
    assert setup.client.requests[HISTORY] - before == 1
    assert report.new_posts == 0 and report.skipped_ids == 0


def test_a_slow_channel_whose_newest_page_reaches_past_the_window_reports_nothing_left_out(
    tmp_path,
):
    settings = SyncSettings(history_days=90, max_posts=3000, views_window_days=30)
    setup = Setup(tmp_path / "db.sqlite3", settings)
    channel, own = setup.own()
    channel.add_posts(150, spacing=timedelta(days=2))  # 300 days on the first pages
    assert setup.sync(own.id).new_posts == 45  # two days apart in the last 90 days
    channel.add_posts(3, newest_at=NOW + timedelta(days=1), spacing=timedelta(hours=8))
    report = setup.sync(own.id)
    assert report.new_posts == 3 and report.skipped_ids == 0 and report.skip_reason is None


# --- albums -----------------------------------------------------------------------------------


def test_an_album_reads_the_same_message_at_every_refresh_so_its_views_never_drop(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    channel.add_posts(150)  # the album below is older than the newest page
    cid = channel.telegram_id
    when = NOW - timedelta(days=40)
    for message_id, views in [(1001, 2229), (1002, 2429), (1003, 2410)]:
        channel.add_message(make_message(cid, message_id, when, views=views, grouped_id=77))
    channel.add_posts(120, newest_at=NOW + timedelta(hours=1), start_id=1100)
    channel.views_step = 15
    setup.sync(own.id)
    for _ in range(3):
        setup.sync(own.id)
    album = next(p for p in setup.storage.history.post_histories(own.id) if p.grouped_id == 77)
    series = [s.views for s in album.snapshots]
    assert album.message_id == 1001 and len(series) == 4
    assert series == sorted(series) and series[0] == 2229


def test_an_album_on_the_newest_page_keeps_its_first_message_views_there_too(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    cid = channel.telegram_id
    for message_id, views in [(1, 2229), (2, 2429), (3, 2410)]:
        channel.add_message(make_message(cid, message_id, NOW, views=views, grouped_id=5))
    setup.sync(own.id)
    channel.views_step = 15
    asyncio.run(setup.service.refresh_views(own.id))  # the views request: message 1
    channel.messages[1].views += 30
    setup.sync(own.id)  # the newest page again: message 1 too
    [album] = setup.storage.history.post_histories(own.id)
    assert [s.views for s in album.snapshots] == [2229, 2244, 2274]


# --- deleted posts, reactions, edits ----------------------------------------------------------


def asked_views(client):
    """Record the ids of every views request the fake answers."""
    asked = []
    answer = client._answer_GetMessagesViewsRequest

    def recording(request):
        asked.extend(request.id)
        return answer(request)

    client._answer_GetMessagesViewsRequest = recording
    return asked


def test_a_deleted_post_keeps_its_readings_and_is_not_asked_for_again(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    ids = channel.add_posts(250)
    setup.sync(own.id)
    old_one, recent_one = ids[40], ids[-3]  # below the newest page / on it
    del channel.messages[old_one]
    del channel.messages[recent_one]
    asked = asked_views(setup.client)

    report = setup.sync(own.id)
    assert report.deleted == 2
    assert recent_one not in asked  # found missing on the newest page, never asked
    assert asked.count(old_one) == 1  # found by the views request that came back empty
    assert setup.storage.sync_state.deleted_message_ids(own.id) == sorted([old_one, recent_one])

    asked.clear()
    report = setup.sync(own.id)
    assert report.deleted == 0 and old_one not in asked and recent_one not in asked
    kept = {p.message_id: p for p in setup.storage.history.post_histories(own.id)}
    assert len(kept[old_one].snapshots) == 1 and len(kept[recent_one].snapshots) == 1


def test_reactions_forwards_and_edits_of_recent_posts_are_read_again(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    ids = channel.add_posts(150)
    setup.sync(own.id)
    recent, old = channel.messages[ids[-1]], channel.messages[ids[0]]
    recent.reactions = make_message(1, 1, NOW, reactions={"👍": 40}).reactions
    recent.forwards = 9
    recent.message = "fixed a typo"
    recent.edit_date = NOW + timedelta(hours=1)
    before = dict(setup.client.requests)
    setup.sync(own.id)
    # one history request re-read the newest page; the other 50 posts had a views request
    assert setup.client.requests[HISTORY] - before[HISTORY] == 1
    assert setup.client.requests[VIEWS] - before.get(VIEWS, 0) == 1
    posts = {p.message_id: p for p in setup.storage.history.post_histories(own.id)}
    latest = posts[ids[-1]].latest
    assert (latest.reactions, latest.forwards) == (40, 9)
    assert posts[ids[-1]].text == "fixed a typo"
    # an older post keeps its last known reactions through the views request
    assert posts[ids[0]].latest.reactions == posts[ids[0]].snapshots[0].reactions
    assert old.id == ids[0]


# --- refused access hashes and errors on one channel ------------------------------------------


def test_after_switching_accounts_the_channel_with_a_username_is_refreshed_and_the_other_flagged(
    tmp_path,
):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    channel.add_posts(30)
    secret = setup.client.add_channel(None, "Secret rival", invite_hash=None)
    secret.add_posts(10)
    record = asyncio.run(setup.service.resolve(f"https://t.me/c/{secret.telegram_id}/1"))
    setup.storage.channels.update(record.id, tracked=True)
    setup.storage.channels.update(own.id, tracked=True)
    asyncio.run(setup.service.sync_tracked())

    # another account signs in: every stored access hash is refused (CHANNEL_INVALID)
    channel.access_hash += 1
    secret.access_hash += 1
    secret.member = False  # and this account has never seen the private channel
    channel.add_posts(5, newest_at=NOW + timedelta(hours=1))
    failures = []
    setup.service.failed.connect(failures.append)

    reports = []
    setup.service.synced.connect(reports.append)

    async def round_():
        return await setup.service.start_sync()

    resolves = setup.client.requests[RESOLVE]
    asyncio.run(round_())
    # (a channel's report comes also when its part of the round ends early)
    assert {r.channel: r.new_posts for r in reports} == {"@my_channel": 5, "Secret rival": 0}
    assert setup.client.requests[RESOLVE] - resolves == 1  # resolved once, by its username
    assert setup.storage.channels.get(own.id).access_hash == channel.access_hash
    [failure] = failures
    assert isinstance(failure, SyncFailed)
    [(name, error)] = failure.failures
    assert name == "Secret rival" and isinstance(error, NeedsReopen)
    assert setup.storage.channels.get(record.id).needs_reopen

    # the next round skips it without a request; opening it again clears the flag
    before = sum(setup.client.requests.values())
    failures.clear()
    asyncio.run(round_())
    assert isinstance(failures[0].failures[0][1], NeedsReopen)
    own_requests = 1 + 1  # the own channel: subscribers and the newest page
    assert sum(setup.client.requests.values()) - before == own_requests
    secret.member = True
    secret.invite_hash = "secretHash"
    reopened = asyncio.run(setup.service.resolve("https://t.me/+secretHash"))
    assert reopened.id == record.id and not reopened.needs_reopen
    assert setup.sync(record.id).new_posts == 0


@pytest.mark.parametrize(
    "error",
    [
        errors.BadRequestError(request=None, message="SOMETHING_NEW_INVALID"),  # untranslated
        errors.MsgIdInvalidError(request=None),
        ValueError("an answer the code did not expect"),
    ],
)
def test_any_error_on_one_channel_ends_only_that_channels_part_of_the_round(tmp_path, error):
    setup = Setup(tmp_path / "db.sqlite3")
    channel, own = setup.own()
    channel.add_posts(20)
    rival = setup.client.add_channel("tracked_rival", "Rival")
    rival.add_posts(5)
    tracked = setup.storage.channels.get_or_create("@tracked_rival")
    setup.storage.channels.update(tracked.id, tracked=True)
    setup.storage.channels.update(own.id, tracked=True)
    setup.client.fail(
        "GetFullChannelRequest", error, at_call=setup.client.requests["GetFullChannelRequest"] + 1
    )
    failures, reports = [], []
    setup.service.failed.connect(failures.append)
    setup.service.synced.connect(reports.append)

    async def round_():
        return await setup.service.start_sync()

    asyncio.run(round_())
    assert [r.channel for r in reports] == ["@my_channel", "@tracked_rival"]
    assert reports[1].new_posts == 5
    [(name, failure)] = failures[0].failures
    assert name == "@my_channel" and isinstance(failure, UnexpectedError)
    assert len(setup.stored_ids(tracked.id)) == 5


# --- invite links -----------------------------------------------------------------------------


def test_an_invite_link_is_checked_once_then_remembered(tmp_path):
    setup = Setup(tmp_path / "db.sqlite3")
    setup.client.add_channel(None, "Private but joined", invite_hash="joinedHash")
    first = asyncio.run(setup.service.resolve("https://t.me/+joinedHash"))
    again = asyncio.run(setup.service.resolve("t.me/joinchat/joinedHash"))
    assert again.id == first.id and again.invite_hash == "joinedHash"
    assert setup.client.requests["CheckChatInviteRequest"] == 1
    setup.restart()
    asyncio.run(setup.service.resolve("https://t.me/+joinedHash"))
    assert setup.client.requests["CheckChatInviteRequest"] == 1
