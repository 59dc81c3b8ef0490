"""The placements repository: bought ads, their invite links, join counter readings and joins.

The only code that queries the placement tables; hands out ``storage.placement_records``
dataclasses. Every write is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from peewee import JOIN, Database

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage.models import (
    Channel,
    InviteJoin,
    InviteLink,
    JoinSnapshot,
    Placement,
    Post,
    ViewSnapshot,
)
from storage.placement_records import (
    ImportedJoin,
    InviteBundle,
    InviteRecord,
    PlacementBundle,
    PlacementDraft,
    PlacementRecord,
)
from storage.repositories.bulk import id_chunks, row_chunks
from storage.repositories.channels import ChannelRepository


def ad_message_id(link: str) -> int | None:
    """The post number in an ad post link (``t.me/channel/123`` → 123); None without one."""
    if not link.strip():
        return None
    try:
        return parse_channel_ref(link).post_id
    except InputError:
        return None


def _name(channel: Channel | None) -> str | None:
    if channel is None:
        return None
    return f"@{channel.username}" if channel.username else channel.title


def _invite_record(row: InviteLink) -> InviteRecord:
    return InviteRecord(
        id=row.id,
        placement_id=row.placement_id,
        link=row.link,
        title=row.title,
        created_here=row.created_here,
        created_at=row.created_at,
    )


def _fields(draft: PlacementDraft) -> dict:
    if not isinstance(draft.price, Decimal):
        raise TypeError("price must be a Decimal")
    return {
        "promoted": draft.promoted_id,
        "price": draft.price,
        "currency": draft.currency.upper(),
        "top_hours": draft.top_hours,
        "feed_hours": draft.feed_hours,
        "native": draft.native,
        "posted_at": draft.posted_at,
        "ad_post_link": draft.ad_post_link.strip(),
        "ad_message_id": ad_message_id(draft.ad_post_link),
        "typed_views": draft.typed_views,
        "typed_joins": draft.typed_joins,
        "subscriber_value": draft.subscriber_value,
        "note": draft.note,
    }


class PlacementRepository:
    def __init__(self, db: Database, channels: ChannelRepository):
        self.db = db
        self.channels = channels

    # --- placements ---

    def all(self) -> list[PlacementRecord]:
        """Every placement newest first, each with its invite link."""
        return self._records()

    def in_niche(self, niche_id: int) -> list[PlacementRecord]:
        """The placements bought from the niche's channels, newest first, with their links."""
        return self._records(niche_id)

    def _records(self, niche_id: int | None = None) -> list[PlacementRecord]:
        """Placements with seller and promoted channel in one query, their links in one more."""
        promoted = Channel.alias()
        query = (
            Placement.select(Placement, Channel, promoted)
            .join(Channel, on=(Placement.seller == Channel.id))
            .switch(Placement)
            .join(promoted, JOIN.LEFT_OUTER, on=(Placement.promoted == promoted.id))
            .order_by(Placement.posted_at.desc(), Placement.id.desc())
        )
        if niche_id is not None:
            query = query.where(Channel.niche == niche_id)
        rows = list(query)
        invites: dict[int, InviteRecord] = {}
        for chunk in id_chunks(self.db, [r.id for r in rows]):
            query = InviteLink.select().where(InviteLink.placement.in_(chunk))
            invites.update((row.placement_id, _invite_record(row)) for row in query)
        return [self._record(row, invites.get(row.id)) for row in rows]

    @staticmethod
    def _record(row: Placement, invite: InviteRecord | None) -> PlacementRecord:
        seller = row.seller
        promoted = row.promoted if row.promoted_id is not None else None
        return PlacementRecord(
            id=row.id,
            seller_id=seller.id,
            seller_name=_name(seller) or "",
            seller_username=seller.username,
            niche_id=seller.niche_id,
            promoted_id=row.promoted_id,
            promoted_name=_name(promoted),
            price=row.price,
            currency=row.currency,
            top_hours=row.top_hours,
            feed_hours=row.feed_hours,
            native=row.native,
            posted_at=row.posted_at,
            ad_post_link=row.ad_post_link,
            ad_message_id=row.ad_message_id,
            typed_views=row.typed_views,
            typed_joins=row.typed_joins,
            subscriber_value=row.subscriber_value,
            note=row.note,
            invite=invite,
        )

    def get(self, placement_id: int) -> PlacementRecord | None:
        row = Placement.get_or_none(Placement.id == placement_id)
        if row is None:
            return None
        invite = InviteLink.get_or_none(InviteLink.placement == placement_id)
        return self._record(row, _invite_record(invite) if invite else None)

    def count(self) -> int:
        return Placement.select().count()

    def _seller(self, draft: PlacementDraft) -> Channel:
        return self.channels.row_for(draft.seller, None, draft.seller_id, draft.currency)

    def add(self, draft: PlacementDraft) -> PlacementRecord:
        with self.db.atomic():
            row = Placement.create(seller=self._seller(draft), **_fields(draft))
        return self.get(row.id)

    def update(self, placement_id: int, draft: PlacementDraft) -> PlacementRecord:
        with self.db.atomic():
            seller = self._seller(draft)
            Placement.update(seller=seller, **_fields(draft)).where(
                Placement.id == placement_id
            ).execute()
        return self.get(placement_id)

    def set_typed_joins(self, placement_id: int, joins: int | None) -> PlacementRecord:
        with self.db.atomic():
            Placement.update(typed_joins=joins).where(Placement.id == placement_id).execute()
        return self.get(placement_id)

    def delete(self, placement_id: int) -> PlacementBundle | None:
        """Delete a placement with its link and joins; hand back all of it for an undo."""
        with self.db.atomic():
            record = self.get(placement_id)
            if record is None:
                return None
            snapshots: tuple = ()
            joins: tuple = ()
            if record.invite is not None:
                snapshots = tuple(self.join_counts([record.invite.id])[record.invite.id])
                joins = tuple(self.joins([record.invite.id])[record.invite.id])
            Placement.delete_by_id(placement_id)  # the link and its readings go with it
        return PlacementBundle(record, snapshots, joins)

    def restore(self, bundle: PlacementBundle) -> PlacementRecord:
        """Put a deleted placement back under its old id, with its link and joins."""
        record = bundle.record
        with self.db.atomic():
            seller = self._seller(record.as_draft())
            Placement.insert(id=record.id, seller=seller, **_fields(record.as_draft())).execute()
            if record.invite is not None:
                self.restore_invite(InviteBundle(record.invite, bundle.snapshots, bundle.joins))
        return self.get(record.id)

    def invite_bundle(self, placement_id: int) -> InviteBundle | None:
        """A placement's link with everything read for it (None without a link)."""
        row = InviteLink.get_or_none(InviteLink.placement == placement_id)
        if row is None:
            return None
        return InviteBundle(
            _invite_record(row),
            tuple(self.join_counts([row.id])[row.id]),
            tuple(self.joins([row.id])[row.id]),
        )

    def restore_invite(self, bundle: InviteBundle) -> InviteRecord:
        """Put a link back under its old id with its readings, replacing the placement's link."""
        invite = bundle.invite
        with self.db.atomic():
            InviteLink.delete().where(
                (InviteLink.placement == invite.placement_id) | (InviteLink.id == invite.id)
            ).execute()
            InviteLink.insert(
                id=invite.id,
                placement=invite.placement_id,
                link=invite.link,
                title=invite.title,
                created_here=invite.created_here,
                created_at=invite.created_at,
            ).execute()
            readings = [
                {"invite": invite.id, "taken_at": taken_at, "joins": joins}
                for taken_at, joins in dict(bundle.snapshots).items()  # one per moment
            ]
            for chunk in row_chunks(self.db, readings, 3):
                JoinSnapshot.insert_many(chunk).on_conflict_ignore().execute()
            self.add_joins(invite.id, bundle.joins)
        return invite

    # --- the ad post ---

    def ad_post_views(
        self,
        posts: Iterable[tuple[int, int]],
    ) -> dict[tuple[int, int], tuple[datetime, list[tuple[datetime, int]]]]:
        """(channel id, message id) → (posted at, [(taken at, views), …] oldest first) for the
        stored ones among ``posts``: two queries however many placements there are."""
        wanted = set(posts)
        found: dict[tuple[int, int], tuple[datetime, list]] = {}
        by_post: dict[int, tuple[int, int]] = {}
        for chunk in id_chunks(self.db, sorted({m for _c, m in wanted})):
            query = (
                Post.select(Post.id, Post.channel, Post.message_id, Post.posted_at)
                .where(Post.message_id.in_(chunk))
                .tuples()
            )
            for post_id, channel_id, message_id, posted_at in query:
                if (channel_id, message_id) in wanted:
                    key = (channel_id, message_id)
                    by_post[post_id] = key
                    found[key] = (Post.posted_at.python_value(posted_at), [])
        for chunk in id_chunks(self.db, sorted(by_post)):
            query = (
                ViewSnapshot.select(ViewSnapshot.post, ViewSnapshot.taken_at, ViewSnapshot.views)
                .where(ViewSnapshot.post.in_(chunk))
                .order_by(ViewSnapshot.taken_at)
                .tuples()
            )
            for post_id, taken_at, views in query:
                found[by_post[post_id]][1].append(
                    (ViewSnapshot.taken_at.python_value(taken_at), views)
                )
        return found

    # --- invite links ---

    def set_invite(
        self, placement_id: int, link: str, title: str = "", *, created_here: bool = False
    ) -> InviteRecord:
        """Give a placement its link; a different link replaces the old one and its readings."""
        with self.db.atomic():
            current = InviteLink.get_or_none(InviteLink.placement == placement_id)
            if current is not None and current.link == link:
                return _invite_record(current)
            if current is not None:
                current.delete_instance()
            row = InviteLink.create(
                placement=placement_id, link=link, title=title, created_here=created_here
            )
        return _invite_record(InviteLink.get_by_id(row.id))

    def clear_invite(self, placement_id: int) -> None:
        with self.db.atomic():
            InviteLink.delete().where(InviteLink.placement == placement_id).execute()

    def find_invite(self, link: str) -> InviteRecord | None:
        row = InviteLink.get_or_none(InviteLink.link == link)
        return _invite_record(row) if row else None

    def invites(self) -> list[InviteRecord]:
        return [_invite_record(row) for row in InviteLink.select().order_by(InviteLink.id)]

    # --- joins ---

    def add_join_count(self, invite_id: int, taken_at: datetime, joins: int) -> bool:
        """Store a reading of a link's join counter; a reading already stored is skipped."""
        with self.db.atomic():
            known = (
                JoinSnapshot.select()
                .where((JoinSnapshot.invite == invite_id) & (JoinSnapshot.taken_at == taken_at))
                .exists()
            )
            if not known:
                JoinSnapshot.insert(invite=invite_id, taken_at=taken_at, joins=joins).execute()
        return not known

    def add_joins(self, invite_id: int, joins: Sequence[ImportedJoin]) -> int:
        """Store subscribers who joined through a link; known ones are skipped. Returns new."""
        if not joins:
            return 0
        with self.db.atomic():
            before = InviteJoin.select().where(InviteJoin.invite == invite_id).count()
            rows = [
                {"invite": invite_id, "user_id": j.user_id, "joined_at": j.joined_at} for j in joins
            ]
            for chunk in row_chunks(self.db, rows, 3):
                InviteJoin.insert_many(chunk).on_conflict_ignore().execute()
            after = InviteJoin.select().where(InviteJoin.invite == invite_id).count()
        return after - before

    def known_joins(self, invite_id: int) -> dict[int, datetime]:
        query = InviteJoin.select(InviteJoin.user_id, InviteJoin.joined_at).where(
            InviteJoin.invite == invite_id
        )
        return {row.user_id: row.joined_at for row in query}

    def join_counts(self, invite_ids: Iterable[int]) -> dict[int, list[tuple[datetime, int]]]:
        """invite id → its counter readings ``(taken_at, joins)``, oldest first."""
        ids = list(invite_ids)
        found: dict[int, list[tuple[datetime, int]]] = {i: [] for i in ids}
        when = JoinSnapshot.taken_at.python_value
        for chunk in id_chunks(self.db, ids):
            query = (
                JoinSnapshot.select(JoinSnapshot.invite, JoinSnapshot.taken_at, JoinSnapshot.joins)
                .where(JoinSnapshot.invite.in_(chunk))
                .order_by(JoinSnapshot.taken_at)
                .tuples()
            )
            for invite_id, taken_at, joins in query:
                found[invite_id].append((when(taken_at), joins))
        return found

    def joins(self, invite_ids: Iterable[int]) -> dict[int, list[ImportedJoin]]:
        """invite id → the subscribers who joined through it, earliest first."""
        return {
            invite_id: [ImportedJoin(user, when) for user, when in rows]
            for invite_id, rows in self._join_rows(invite_ids).items()
        }

    def join_times(self, invite_ids: Iterable[int]) -> dict[int, list[datetime]]:
        """invite id → when each subscriber joined through it, earliest first."""
        return {
            invite_id: [when for _user, when in rows]
            for invite_id, rows in self._join_rows(invite_ids).items()
        }

    def _join_rows(self, invite_ids: Iterable[int]) -> dict[int, list[tuple[int, datetime]]]:
        """Read with a plain cursor: a results table reads tens of thousands of joins, and
        peewee's per-row machinery cost five times the query itself."""
        ids = list(invite_ids)
        found: dict[int, list[tuple[int, datetime]]] = {i: [] for i in ids}
        convert = InviteJoin.joined_at.python_value
        for chunk in id_chunks(self.db, ids):
            marks = ", ".join([self.db.param] * len(chunk))
            cursor = self.db.execute_sql(
                'SELECT "invite_id", "user_id", "joined_at" FROM "invite_join" '
                f'WHERE "invite_id" IN ({marks}) ORDER BY "joined_at"',
                list(chunk),
            )
            for invite_id, user_id, joined_at in cursor:
                if isinstance(joined_at, str):  # SQLite: the field's own UTC text form
                    moment = datetime.fromisoformat(joined_at).replace(tzinfo=UTC)
                else:
                    moment = convert(joined_at)
                found[invite_id].append((user_id, moment))
        return found
