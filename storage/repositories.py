"""Repositories: the only code that queries the models. Every write is one transaction."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from peewee import JOIN, Database, chunked, fn

from storage.models import (
    Channel,
    Niche,
    OwnPrice,
    Post,
    PriceQuote,
    SubscriberSnapshot,
    ViewSnapshot,
)
from storage.records import (
    TYPED_REACH_WINDOWS,
    ChannelRecord,
    NicheRecord,
    OwnPriceRecord,
    PostData,
    PostHistory,
    QuoteDraft,
    QuoteRecord,
    QuoteSource,
    ReachOrigin,
    Snapshot,
    ViewCount,
)

# SQLite allows 999 bound variables per statement in old builds; 100 rows × 7 columns stays below.
BULK_CHUNK = 100

_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")
_LINK = re.compile(
    r"^(?:https?://)?(?:t|telegram)\.me/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,31})(?:/\d+)?/?$"
)


def split_channel_name(text: str) -> tuple[str | None, str]:
    """``@name`` / ``t.me/name`` / ``name`` → (username, title); anything else is a title."""
    text = " ".join(text.split())
    for pattern in (_LINK, _USERNAME):
        match = pattern.match(text)
        if match and (text.startswith("@") or pattern is _LINK or "_" in text or text.isascii()):
            return match.group(1), ""
    return None, text


def _find_by_casefold(query, field_name: str, text: str):
    """Case-insensitive match done in Python: SQLite's LOWER() leaves Cyrillic as is."""
    field = getattr(query.model, field_name)
    exact = query.where(field == text).first()
    if exact is not None:
        return exact
    wanted = text.casefold()
    return next((row for row in query if getattr(row, field_name).casefold() == wanted), None)


def _channel_record(row: Channel) -> ChannelRecord:
    return ChannelRecord(
        id=row.id,
        username=row.username,
        title=row.title,
        niche_id=row.niche_id,
        is_own=row.is_own,
        subscribers=row.subscribers,
        telegram_id=row.telegram_id,
        access_hash=row.access_hash,
        caught_cheating=row.caught_cheating,
        mega_compilations=row.mega_compilations,
        under_promotion=row.under_promotion,
        narrow_niche=row.narrow_niche,
        tracked=row.tracked,
        notes=row.notes,
        typed_reach_24h=row.typed_reach_24h,
        typed_reach_48h=row.typed_reach_48h,
    )


class NicheRepository:
    def __init__(self, db: Database):
        self.db = db

    def list(self) -> list[NicheRecord]:
        return [NicheRecord(n.id, n.name, n.currency) for n in Niche.select().order_by(Niche.name)]

    def get_or_create(self, name: str, currency: str = "RUB") -> NicheRecord:
        name = " ".join(name.split())
        if not name:
            raise ValueError("A niche needs a name")
        with self.db.atomic():
            row = _find_by_casefold(Niche.select(), "name", name)
            if row is None:
                row = Niche.create(name=name, currency=currency)
        return NicheRecord(row.id, row.name, row.currency)


class ChannelRepository:
    def __init__(self, db: Database):
        self.db = db

    def get(self, channel_id: int) -> ChannelRecord | None:
        row = Channel.get_or_none(Channel.id == channel_id)
        return _channel_record(row) if row else None

    def find_by_username(self, username: str) -> ChannelRecord | None:
        row = Channel.get_or_none(fn.LOWER(Channel.username) == username.lstrip("@").lower())
        return _channel_record(row) if row else None

    def list(self, niche_id: int | None = None) -> list[ChannelRecord]:
        query = Channel.select().order_by(Channel.username, Channel.title)
        if niche_id is not None:
            query = query.where(Channel.niche == niche_id)
        return [_channel_record(row) for row in query]

    def own(self) -> ChannelRecord | None:
        row = Channel.select().where(Channel.is_own).first()
        return _channel_record(row) if row else None

    def tracked(self) -> list[ChannelRecord]:
        return [
            _channel_record(r) for r in Channel.select().where(Channel.tracked | Channel.is_own)
        ]

    def get_or_create(self, name: str, niche: str | None = None) -> ChannelRecord:
        """Find a channel by ``@username``, link or title; create it if new."""
        with self.db.atomic():
            return _channel_record(self._get_or_create_row(name, niche))

    def _get_or_create_row(self, name: str, niche: str | None) -> Channel:
        username, title = split_channel_name(name)
        if username:
            row = Channel.get_or_none(fn.LOWER(Channel.username) == username.lower())
        elif title:
            row = _find_by_casefold(
                Channel.select().where(Channel.username.is_null()), "title", title
            )
        else:
            raise ValueError("A channel needs a @username, a t.me link or a name")
        niche_row = None
        if niche and niche.strip():
            niche_name = " ".join(niche.split())
            niche_row = _find_by_casefold(Niche.select(), "name", niche_name)
            if niche_row is None:
                niche_row = Niche.create(name=niche_name)
        if row is None:
            row = Channel.create(username=username, title=title or "", niche=niche_row)
        elif niche_row is not None and row.niche_id != niche_row.id:
            row.niche = niche_row
            row.save(only=[Channel.niche])
        return row

    def set_own(self, channel_id: int) -> ChannelRecord:
        """Mark one channel as the user's own (only one is)."""
        with self.db.atomic():
            Channel.update(is_own=False).where(Channel.is_own).execute()
            Channel.update(is_own=True, tracked=True).where(Channel.id == channel_id).execute()
        return self.get(channel_id)

    def set_typed_reach(self, channel_id: int, hours: int, views: int | None) -> ChannelRecord:
        """Store the reach typed by hand for a 24 h or 48 h window; None clears it.

        ``views`` must be a whole number above 0: anything else is refused and nothing is saved.
        """
        if hours not in TYPED_REACH_WINDOWS:
            raise ValueError(f"Reach is typed for {TYPED_REACH_WINDOWS} h windows only")
        if views is not None and (
            isinstance(views, bool) or not isinstance(views, int) or views <= 0
        ):
            raise ValueError("views must be a whole number above 0")
        column = getattr(Channel, f"typed_reach_{hours}h")
        with self.db.atomic():
            changed = Channel.update({column: views}).where(Channel.id == channel_id).execute()
        if not changed:
            raise ValueError(f"No channel {channel_id}")
        return self.get(channel_id)

    def update(self, channel_id: int, **fields) -> ChannelRecord:
        """Change plain fields (title, flags, notes, subscribers, niche_id, tracked)."""
        allowed = {
            "title",
            "subscribers",
            "caught_cheating",
            "mega_compilations",
            "under_promotion",
            "narrow_niche",
            "tracked",
            "notes",
            "niche_id",
            "username",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise TypeError(f"Unknown channel fields: {sorted(unknown)}")
        if "niche_id" in fields:
            fields["niche"] = fields.pop("niche_id")
        with self.db.atomic():
            Channel.update(**fields).where(Channel.id == channel_id).execute()
        return self.get(channel_id)

    def upsert_telegram(
        self,
        telegram_id: int,
        access_hash: int | None,
        username: str | None,
        title: str,
        subscribers: int | None = None,
    ) -> ChannelRecord:
        """Store what Telegram said about a channel, merging with a row typed by hand earlier."""
        with self.db.atomic():
            row = Channel.get_or_none(Channel.telegram_id == telegram_id)
            if row is None and username:
                row = Channel.get_or_none(fn.LOWER(Channel.username) == username.lower())
            if row is None:
                row = Channel(telegram_id=telegram_id)
            row.telegram_id = telegram_id
            if access_hash is not None:
                row.access_hash = access_hash
            row.username = username or row.username
            row.title = title or row.title
            if subscribers is not None:
                row.subscribers = subscribers
            row.save()
        return _channel_record(row)


def _quote_record(row: PriceQuote) -> QuoteRecord:
    channel = row.channel
    niche = channel.niche if channel.niche_id is not None else None
    return QuoteRecord(
        id=row.id,
        channel_id=channel.id,
        channel_name=f"@{channel.username}" if channel.username else channel.title,
        niche_id=channel.niche_id,
        niche_name=niche.name if niche else None,
        price=row.price,
        currency=row.currency,
        top_hours=row.top_hours,
        feed_hours=row.feed_hours,
        native=row.native,
        reach=row.reach,
        reach_origin=ReachOrigin(row.reach_origin),
        quoted_at=row.quoted_at,
        source=QuoteSource(row.source),
        note=row.note,
        import_key=row.import_key,
    )


def _quote_fields(draft: QuoteDraft) -> dict:
    if not isinstance(draft.price, Decimal):
        raise TypeError("price must be a Decimal")
    return {
        "price": draft.price,
        "currency": draft.currency.upper(),
        "top_hours": draft.top_hours,
        "feed_hours": draft.feed_hours,
        "native": draft.native,
        "reach": draft.reach,
        "reach_origin": ReachOrigin(draft.reach_origin).value,
        "quoted_at": draft.quoted_at,
        "source": QuoteSource(draft.source).value,
        "note": draft.note,
        "import_key": draft.import_key,
    }


class QuoteRepository:
    """The price book: competitors' ad quotes."""

    def __init__(self, db: Database, channels: ChannelRepository):
        self.db = db
        self.channels = channels

    def _query(self):
        return (
            PriceQuote.select(PriceQuote, Channel, Niche)
            .join(Channel)
            .join(Niche, JOIN.LEFT_OUTER)
            .order_by(PriceQuote.quoted_at.desc(), PriceQuote.id.desc())
        )

    def list(self, niche_id: int | None = None, channel_id: int | None = None) -> list[QuoteRecord]:
        query = self._query()
        if niche_id is not None:
            query = query.where(Channel.niche == niche_id)
        if channel_id is not None:
            query = query.where(PriceQuote.channel == channel_id)
        return [_quote_record(row) for row in query]

    def get(self, quote_id: int) -> QuoteRecord | None:
        row = self._query().where(PriceQuote.id == quote_id).first()
        return _quote_record(row) if row else None

    def count(self) -> int:
        return PriceQuote.select().count()

    def add(self, draft: QuoteDraft) -> QuoteRecord:
        with self.db.atomic():
            channel = self.channels._get_or_create_row(draft.channel, draft.niche)
            row = PriceQuote.create(channel=channel, **_quote_fields(draft))
        return self.get(row.id)

    def update(self, quote_id: int, draft: QuoteDraft) -> QuoteRecord:
        with self.db.atomic():
            channel = self.channels._get_or_create_row(draft.channel, draft.niche)
            fields = _quote_fields(draft)
            fields.pop("import_key")  # an edit keeps the fingerprint of the imported row
            PriceQuote.update(channel=channel, **fields).where(PriceQuote.id == quote_id).execute()
        return self.get(quote_id)

    def delete(self, quote_id: int) -> QuoteRecord | None:
        """Delete a quote and hand back what it was, so an undo can restore it."""
        with self.db.atomic():
            record = self.get(quote_id)
            if record is not None:
                PriceQuote.delete_by_id(quote_id)
        return record

    def restore(self, record: QuoteRecord) -> QuoteRecord:
        """Put a deleted quote back under its old id."""
        with self.db.atomic():
            channel = self.channels._get_or_create_row(record.channel_name, record.niche_name)
            PriceQuote.insert(
                id=record.id, channel=channel, **_quote_fields(record.as_draft())
            ).execute()
        return self.get(record.id)

    def existing_import_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        for chunk in chunked(keys, 500):
            query = PriceQuote.select(PriceQuote.import_key).where(PriceQuote.import_key.in_(chunk))
            found.update(row.import_key for row in query)
        return found

    def add_many(self, drafts: Sequence[QuoteDraft]) -> int:
        """Add quotes in one transaction; rows whose import key is already stored are skipped."""
        keys = [d.import_key for d in drafts if d.import_key]
        seen = self.existing_import_keys(keys)
        added = 0
        with self.db.atomic():
            for draft in drafts:
                if draft.import_key and draft.import_key in seen:
                    continue
                channel = self.channels._get_or_create_row(draft.channel, draft.niche)
                PriceQuote.create(channel=channel, **_quote_fields(draft))
                if draft.import_key:
                    seen.add(draft.import_key)
                added += 1
        return added


class HistoryRepository:
    """Posts, their view snapshots and subscriber counts over time."""

    def __init__(self, db: Database):
        self.db = db

    def upsert_posts(self, channel_id: int, posts: Sequence[PostData]) -> dict[int, int]:
        """Store posts (new ones added, known ones updated); returns message id → post row id."""
        with self.db.atomic():
            existing = {
                p.message_id: p
                for p in Post.select().where(
                    (Post.channel == channel_id)
                    & Post.message_id.in_([p.message_id for p in posts])
                )
            }
            new_rows = []
            for post in posts:
                row = existing.get(post.message_id)
                if row is None:
                    new_rows.append(
                        {
                            "channel": channel_id,
                            "message_id": post.message_id,
                            "posted_at": post.posted_at,
                            "edited_at": post.edited_at,
                            "grouped_id": post.grouped_id,
                            "is_ad": post.is_ad,
                            "text": post.text,
                        }
                    )
                elif row.edited_at != post.edited_at or row.text != post.text:
                    row.edited_at = post.edited_at
                    row.text = post.text
                    row.save(only=[Post.edited_at, Post.text])
            for chunk in chunked(new_rows, BULK_CHUNK):
                Post.insert_many(chunk).on_conflict_ignore().execute()
            return self.post_ids(channel_id, [p.message_id for p in posts])

    def post_ids(self, channel_id: int, message_ids: Sequence[int] | None = None) -> dict[int, int]:
        query = Post.select(Post.id, Post.message_id).where(Post.channel == channel_id)
        if message_ids is None:
            return {p.message_id: p.id for p in query}
        found: dict[int, int] = {}
        for chunk in chunked(message_ids, 500):
            found.update({p.message_id: p.id for p in query.where(Post.message_id.in_(chunk))})
        return found

    def known_message_ids(self, channel_id: int, since: datetime | None = None) -> list[int]:
        """Stored message ids of a channel, ascending; only posts from ``since`` on if given."""
        query = Post.select(Post.message_id).where(Post.channel == channel_id)
        if since is not None:
            query = query.where(Post.posted_at >= since)
        return sorted(message_id for (message_id,) in query.tuples())

    def latest_reactions(self, channel_id: int) -> dict[int, int]:
        """message id → reactions in the post's latest snapshot (view refreshes carry none)."""
        latest = (
            ViewSnapshot.select(ViewSnapshot.post, fn.MAX(ViewSnapshot.taken_at).alias("taken"))
            .join(Post)
            .where(Post.channel == channel_id)
            .group_by(ViewSnapshot.post)
        )
        query = (
            ViewSnapshot.select(Post.message_id, ViewSnapshot.reactions)
            .join(Post)
            .join(
                latest,
                on=(
                    (latest.c.post_id == ViewSnapshot.post)
                    & (latest.c.taken == ViewSnapshot.taken_at)
                ),
            )
            .tuples()
        )
        return dict(query)

    def add_view_counts(self, channel_id: int, counts: Sequence[ViewCount]) -> int:
        """Store view readings in one transaction; a reading already stored is skipped.

        Returns how many rows were new. Readings for unknown posts are ignored.
        """
        ids = self.post_ids(channel_id, [c.message_id for c in counts])
        rows = [
            (ids[c.message_id], c.taken_at, c.views, c.forwards, c.replies, c.reactions)
            for c in counts
            if c.message_id in ids
        ]
        return self.add_snapshot_rows(rows)

    def add_snapshot_rows(self, rows: Sequence[tuple]) -> int:
        """Bulk insert ``(post_id, taken_at, views, forwards, replies, reactions)`` tuples.

        One prepared statement run with ``executemany`` in one transaction: building a
        multi-row ``insert_many`` per chunk cost five times the write itself (see
        bench/bench_sync.py). Returns how many rows were new.
        """
        if not rows:
            return 0
        fields = [
            ViewSnapshot.post,
            ViewSnapshot.taken_at,
            ViewSnapshot.views,
            ViewSnapshot.forwards,
            ViewSnapshot.replies,
            ViewSnapshot.reactions,
        ]
        # A refresh reads 100 posts at one moment, so times repeat: convert each once.
        to_db = functools.lru_cache(maxsize=1024)(ViewSnapshot.taken_at.db_value)
        params = [(p, to_db(t), v, f, r, x) for p, t, v, f, r, x in rows]
        sql, _ = ViewSnapshot.insert_many(rows[:1], fields=fields).on_conflict_ignore().sql()
        with self.db.atomic():
            cursor = self.db.cursor()
            cursor.executemany(sql, params)
            added = cursor.rowcount
        if added is None or added < 0:  # a driver that does not count executemany
            added = len(params)
        return added

    def add_subscriber_count(self, channel_id: int, taken_at: datetime, count: int) -> None:
        with self.db.atomic():
            SubscriberSnapshot.insert(
                channel=channel_id, taken_at=taken_at, count=count
            ).on_conflict_ignore().execute()
            latest = (
                SubscriberSnapshot.select()
                .where(SubscriberSnapshot.channel == channel_id)
                .order_by(SubscriberSnapshot.taken_at.desc())
                .first()
            )
            Channel.update(subscribers=latest.count).where(Channel.id == channel_id).execute()

    def subscriber_history(self, channel_id: int) -> list[tuple[datetime, int]]:
        query = (
            SubscriberSnapshot.select()
            .where(SubscriberSnapshot.channel == channel_id)
            .order_by(SubscriberSnapshot.taken_at)
        )
        return [(s.taken_at, s.count) for s in query]

    def post_histories(self, channel_id: int, since: datetime | None = None) -> list[PostHistory]:
        """Posts of a channel (newest first) with their snapshots, in two queries."""
        posts = Post.select().where(Post.channel == channel_id).order_by(Post.posted_at.desc())
        if since is not None:
            posts = posts.where(Post.posted_at >= since)
        posts = list(posts)
        by_post: dict[int, list[Snapshot]] = {p.id: [] for p in posts}
        snapshots = (
            ViewSnapshot.select(
                ViewSnapshot.post,
                ViewSnapshot.taken_at,
                ViewSnapshot.views,
                ViewSnapshot.forwards,
                ViewSnapshot.replies,
                ViewSnapshot.reactions,
            )
            .join(Post)
            .where(Post.channel == channel_id)
            .order_by(ViewSnapshot.taken_at)
            .tuples()
        )
        if since is not None:
            snapshots = snapshots.where(Post.posted_at >= since)
        for post_id, taken_at, views, forwards, replies, reactions in snapshots:
            if post_id in by_post:
                taken = ViewSnapshot.taken_at.python_value(taken_at)
                by_post[post_id].append(Snapshot(taken, views, forwards, replies, reactions))
        return [
            PostHistory(
                post_id=p.id,
                message_id=p.message_id,
                posted_at=p.posted_at,
                is_ad=p.is_ad,
                grouped_id=p.grouped_id,
                text=p.text,
                snapshots=tuple(by_post[p.id]),
            )
            for p in posts
        ]

    def mark_ad(self, post_id: int, is_ad: bool | None) -> None:
        with self.db.atomic():
            Post.update(is_ad=is_ad).where(Post.id == post_id).execute()

    def last_refresh(self, channel_id: int | None = None) -> datetime | None:
        query = ViewSnapshot.select(fn.MAX(ViewSnapshot.taken_at))
        if channel_id is not None:
            query = query.join(Post).where(Post.channel == channel_id)
        value = query.scalar()
        return ViewSnapshot.taken_at.python_value(value) if value else None


def _own_price_record(row: OwnPrice) -> OwnPriceRecord:
    return OwnPriceRecord(
        id=row.id,
        channel_id=row.channel_id,
        top_hours=row.top_hours,
        feed_hours=row.feed_hours,
        native=row.native,
        price=row.price,
        currency=row.currency,
        valid_from=row.valid_from,
    )


class OwnPriceRepository:
    """The admin's own price list, one dated price per format; older prices are kept as history."""

    def __init__(self, db: Database):
        self.db = db

    def set_price(
        self,
        channel_id: int,
        price: Decimal,
        currency: str,
        top_hours: int,
        feed_hours: int | None,
        native: bool = False,
        valid_from: datetime | None = None,
    ) -> OwnPriceRecord:
        if not isinstance(price, Decimal):
            raise TypeError("price must be a Decimal")
        fields = {
            "channel": channel_id,
            "price": price,
            "currency": currency.upper(),
            "top_hours": top_hours,
            "feed_hours": feed_hours,
            "native": native,
        }
        if valid_from is not None:
            fields["valid_from"] = valid_from
        with self.db.atomic():
            row = OwnPrice.create(**fields)
        return _own_price_record(OwnPrice.get_by_id(row.id))

    def current(self, channel_id: int) -> list[OwnPriceRecord]:
        """The latest price for each format."""
        rows = (
            OwnPrice.select()
            .where(OwnPrice.channel == channel_id)
            .order_by(OwnPrice.valid_from.desc(), OwnPrice.id.desc())
        )
        latest: dict[tuple, OwnPriceRecord] = {}
        for row in rows:
            key = (row.top_hours, row.feed_hours, row.native)
            latest.setdefault(key, _own_price_record(row))
        return sorted(latest.values(), key=lambda r: (r.feed_hours or 10**6, r.top_hours, r.native))

    def history(self, channel_id: int) -> list[OwnPriceRecord]:
        rows = OwnPrice.select().where(OwnPrice.channel == channel_id).order_by(OwnPrice.valid_from)
        return [_own_price_record(row) for row in rows]


class Storage:
    """All repositories over one open database: what the composition root hands to services."""

    def __init__(self, db: Database):
        self.db = db
        self.niches = NicheRepository(db)
        self.channels = ChannelRepository(db)
        self.quotes = QuoteRepository(db, self.channels)
        self.history = HistoryRepository(db)
        self.own_prices = OwnPriceRepository(db)
