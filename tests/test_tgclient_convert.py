"""Telethon TL objects → our records, checked on real TL objects (also after a byte round trip)."""

from datetime import UTC, datetime, timedelta

import pytest
from fake_telegram import make_message, make_service_message, no_network  # noqa: F401
from telethon.extensions import BinaryReader
from telethon.tl import types

from tgclient.convert import (
    channel_from_tl,
    message_from_tl,
    stats_from_tl,
    views_from_tl,
)
from tgclient.errors import ChannelBanned, NotAChannel
from tgclient.posts import AlbumMerger

WHEN = datetime(2025, 2, 1, 10, 30, tzinfo=UTC)


def test_a_post_keeps_its_counters():
    message = make_message(
        777,
        42,
        WHEN,
        views=2500,
        forwards=12,
        replies=3,
        reactions={"👍": 7, "🔥": 2},
        text="Hello",
        edit_date=WHEN + timedelta(hours=1),
    )
    post = message_from_tl(message)
    assert (post.message_id, post.views, post.forwards, post.replies, post.reactions) == (
        42,
        2500,
        12,
        3,
        9,
    )
    assert post.text == "Hello"
    assert post.posted_at == WHEN and post.posted_at.tzinfo is not None
    assert post.edited_at == WHEN + timedelta(hours=1)


def test_a_recorded_response_replays_the_same():
    message = make_message(777, 5, WHEN, views=10, reactions={"👍": 1}, grouped_id=99)
    replayed = BinaryReader(bytes(message)).tgread_object()
    assert message_from_tl(replayed) == message_from_tl(message)


def test_service_messages_are_not_posts():
    assert message_from_tl(make_service_message(777, 3, WHEN)) is None


def test_a_post_without_counters_reads_as_zero():
    message = types.Message(id=1, peer_id=types.PeerChannel(1), date=WHEN, message="x")
    post = message_from_tl(message)
    assert (post.views, post.forwards, post.replies, post.reactions) == (None, 0, 0, 0)


def test_an_album_is_one_post_even_across_pages():
    items = [
        make_message(1, i, WHEN, views=v, grouped_id=g, text=t)
        for i, v, g, t in [
            (10, 500, None, "single"),
            (9, 300, 77, ""),
            (8, 310, 77, ""),  # page boundary after this one
            (7, 305, 77, "caption"),
            (6, 100, None, "older"),
        ]
    ]
    merger = AlbumMerger()
    converted = [message_from_tl(m) for m in items]
    first = merger.feed(converted[:3])
    assert [p.message_id for p in first] == [10]  # the album is held back
    second = merger.feed(converted[3:]) + merger.finish()
    assert [p.message_id for p in second] == [7, 6]
    album = second[0]
    # the first item's views: what a later views request of message 7 reads too
    assert (album.text, album.views, album.grouped_id) == ("caption", 305, 77)


def test_channel_identity_and_what_is_not_a_channel():
    channel = types.Channel(
        id=55,
        title="News",
        photo=types.ChatPhotoEmpty(),
        date=WHEN,
        broadcast=True,
        creator=True,
        access_hash=999,
        username="news_channel",
        participants_count=1200,
    )
    info = channel_from_tl(channel)
    assert (info.telegram_id, info.access_hash, info.username, info.is_admin) == (
        55,
        999,
        "news_channel",
        True,
    )
    group = types.Channel(
        id=56, title="Chat", photo=types.ChatPhotoEmpty(), date=WHEN, megagroup=True
    )
    with pytest.raises(NotAChannel):
        channel_from_tl(group)
    with pytest.raises(NotAChannel):
        channel_from_tl(types.User(id=1, first_name="Bob"))
    with pytest.raises(ChannelBanned):
        channel_from_tl(types.ChannelForbidden(id=57, access_hash=1, title="Gone", broadcast=True))


def test_views_come_back_in_the_order_asked_and_keep_known_reactions():
    result = types.messages.MessageViews(
        views=[
            types.MessageViews(views=100, forwards=1, replies=types.MessageReplies(2, 0)),
            types.MessageViews(),  # a deleted post
            types.MessageViews(views=300, forwards=0),
        ],
        chats=[],
        users=[],
    )
    counts = views_from_tl(result, [5, 6, 7], WHEN, reactions={5: 4})
    assert [(c.message_id, c.views, c.forwards, c.replies, c.reactions) for c in counts] == [
        (5, 100, 1, 2, 4),
        (7, 300, 0, 0, 0),
    ]
    with pytest.raises(ValueError):
        views_from_tl(result, [5, 6], WHEN)


def test_subscribers_from_full_channel():
    full = types.messages.ChatFull(
        full_chat=types.ChannelFull(
            id=55,
            about="",
            read_inbox_max_id=0,
            read_outbox_max_id=0,
            unread_count=0,
            chat_photo=types.PhotoEmpty(id=0),
            notify_settings=types.PeerNotifySettings(),
            bot_info=[],
            pts=1,
            participants_count=4321,
            can_view_stats=True,
        ),
        chats=[],
        users=[],
    )
    stats = stats_from_tl(full)
    assert (stats.subscribers, stats.can_view_stats) == (4321, True)
