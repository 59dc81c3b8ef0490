"""Invite links end to end on the fake Telegram: create a link for a placement, refresh, read
the joins (real TL objects through the wire format), with flood waits and bounded requests."""

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_invites import InviteTelegramClient
from fake_telegram import NOW, InstantSleep, fake_service, flood_wait, no_network  # noqa: F401
from telethon.tl import functions

from application.placements import PlacementService
from application.pricebook import PriceBookService
from application.reach import ReachService
from storage import Storage, open_database
from storage.placement_records import PlacementDraft
from tgclient import invites

IMPORTERS = functions.messages.GetChatInviteImportersRequest.__name__
LISTS = functions.messages.GetExportedChatInvitesRequest.__name__
EXPORT = functions.messages.ExportChatInviteRequest.__name__
POSTED = NOW - timedelta(days=8)


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    yield Storage(db)
    db.close()


class Setup:
    """A signed-in account administering ``my_channel``, an ad bought in ``coin_daily``."""

    def __init__(self, storage, *, admin=True, posted=POSTED):
        self.client = InviteTelegramClient(authorized=True)
        self.client.now = posted - timedelta(hours=2)
        self.sleep = InstantSleep()
        self.telegram = fake_service(storage, self.client, clock=lambda: NOW, sleep=self.sleep)
        self.channel = self.client.add_channel("my_channel", "My channel", admin=admin)
        self.seller = self.client.add_channel("coin_daily", "Coin daily")
        self.seller.add_posts(1, newest_at=posted, start_id=321, views=lambda i: 5400)
        own = storage.channels.upsert_telegram(
            self.channel.telegram_id, self.channel.access_hash, "my_channel", "My channel", 1000
        )
        storage.channels.set_own(own.id)
        pricebook = PriceBookService(storage, reach=ReachService(storage))
        self.service = PlacementService(storage, pricebook, self.telegram, clock=lambda: NOW)
        self.placement = self.service.add(
            PlacementDraft(
                seller="@coin_daily",
                price=Decimal("3000"),
                posted_at=posted,
                ad_post_link="https://t.me/coin_daily/321",
                promoted_id=own.id,
            )
        )

    def run(self, coroutine):
        async def signed_in_then():
            await self.telegram.connect()
            return await coroutine

        return asyncio.run(signed_in_then())


def test_create_a_link_refresh_and_read_the_joins(storage):
    posted = NOW - timedelta(hours=50)
    setup = Setup(storage, posted=posted)
    invite = setup.run(setup.service.create_invite(setup.placement.id))

    # the link exists on Telegram under a title naming the placement, and is stored
    made = setup.client.invite(setup.channel, invite.link)
    assert made.title.startswith("@coin_daily ") and len(made.title) <= 32
    assert setup.service.result(setup.placement.id).record.invite.link == invite.link

    # 30 people join through it, an hour apart from the post
    setup.client.join(setup.channel, invite.link, 30, start=posted, spacing=timedelta(hours=1))
    report = setup.run(setup.service.refresh_joins())
    assert (report.links_read, report.new_joins, report.problems) == (1, 30, [])
    assert report.ad_posts_read == 1  # the ad post's views, read from its t.me link

    result = setup.service.result(setup.placement.id)
    assert result.joins.method == "exact"
    assert (result.joins.joins_24h, result.joins.joins_48h, result.joins.joins_7d) == (25, 30, None)
    assert result.figures.cost_per_subscriber == Decimal("100")  # 3000 ₽ / 30 so far
    # one reading at 50 h, scaled back to the 1/24 window by the typical curve
    assert 4000 < result.views < 5400 and result.views_method == "default_curve"
    assert round(result.figures.paid_cpm, 6) == round(Decimal(3_000_000) / result.views, 6)

    # a second round with nothing new reads the counter and no importers again
    before = setup.client.requests[IMPORTERS]
    report = setup.run(setup.service.refresh_joins())
    assert report.new_joins == 0 and setup.client.requests[IMPORTERS] == before


def test_a_flood_wait_is_counted_down_and_the_round_resumes(storage):
    setup = Setup(storage)
    link = setup.client.make_link(setup.channel, "bought")
    setup.service.paste_invite(setup.placement.id, link)
    setup.client.join(setup.channel, link, 5, start=POSTED, spacing=timedelta(hours=2))
    setup.client.fail(IMPORTERS, flood_wait(30), at_call=1)
    report = setup.run(setup.service.refresh_joins())
    assert report.new_joins == 5
    assert setup.sleep.calls.count(1) >= 30  # the countdown, second by second


def test_joins_are_read_a_bounded_number_of_pages_per_round(storage, monkeypatch):
    monkeypatch.setattr(invites, "MAX_IMPORTER_PAGES", 2)
    setup = Setup(storage)
    invite = setup.run(setup.service.create_invite(setup.placement.id))
    setup.client.join(setup.channel, invite.link, 250, start=POSTED, spacing=timedelta(minutes=5))

    first = setup.run(setup.service.refresh_joins())
    assert first.new_joins == 200 and setup.client.requests[IMPORTERS] == 2
    second = setup.run(setup.service.refresh_joins())
    # newest first: the second round pages past the known ones and finds the oldest 50
    assert second.new_joins == 50
    assert len(setup.service.known_joins(invite.id)) == 250


def test_a_link_made_by_another_admin_is_read_alone(storage):
    setup = Setup(storage)
    link = setup.client.make_link(setup.channel, "theirs", admin_id=999)
    setup.service.paste_invite(setup.placement.id, link.replace("https://", ""))
    setup.client.join(setup.channel, link, 3, start=POSTED, spacing=timedelta(hours=1))
    report = setup.run(setup.service.refresh_joins())
    assert report.new_joins == 3
    assert setup.client.requests["GetExportedChatInviteRequest"] == 1


def test_without_admin_rights_no_link_is_made_and_typed_joins_count(storage):
    setup = Setup(storage, admin=False)
    from tgclient.errors import NotAdmin

    with pytest.raises(NotAdmin):
        setup.run(setup.service.create_invite(setup.placement.id))
    assert setup.client.requests[EXPORT] == 1

    setup.service.paste_invite(setup.placement.id, "t.me/joinchat/MadeElsewhere1")
    report = setup.run(setup.service.refresh_joins())
    assert report.links_read == 0 and "NotAdmin" in report.problems[0]

    setup.service.set_typed_joins(setup.placement.id, 12)
    result = setup.service.result(setup.placement.id)
    assert (result.joins.method, result.figures.cost_per_subscriber) == ("typed", Decimal("250"))
