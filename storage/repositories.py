"""Repositories: the only code that queries the models. Every write is one transaction."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from peewee import JOIN, Database, SqliteDatabase, chunked, fn

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage.engines import sync_id_sequence
from storage.models import (
    Channel,
    Niche,
    OwnPrice,
    Post,
    PriceQuote,
    SubscriberSnapshot,
    ViewSnapshot,
)
from storage.reading_columns import ChannelReadings, read_channel_columns
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
from storage.sync_state import SyncStateRepository

# SQLite allows 999 bound variables per statement in old builds; 100 rows × 7 columns stays below.
BULK_CHUNK = 100
MAX_VARIABLES = 999


def split_channel_name(text: str) -> tuple[str | None, str]:
    """(username, "") when :func:`pricing.parse_channel_ref` reads ``text`` as a public username
    (``@name``, ``name``, any t.me / telegram.me / telegram.dog link, ``tg://resolve``), else
    (None, the text with its spaces tidied): a title. One parser for every layer, so a channel
    typed as a link is the same channel that vetting, history and the duplicate check look up.
    """
    text = " ".join(text.split())
    try:
        ref = parse_channel_ref(text)
    except InputError:
        return None, text
    return (ref.value, "") if ref.kind == "username" else (None, text)


def _names_channel(row: Channel, text: str) -> bool:
    """Whether ``text`` (as typed or as shown) still names the stored channel ``row``."""
    text = " ".join(text.split())
    if not text:
        return True
    if row.username:
        username, _title = split_channel_name(text)
        return (username or "").lower() == row.username.lower()
    return text.casefold() == row.title.casefold()


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
        invite_hash=row.invite_hash,
        needs_reopen=row.needs_reopen,
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

    def find_by_telegram_id(self, telegram_id: int) -> ChannelRecord | None:
        row = Channel.get_or_none(Channel.telegram_id == telegram_id)
        return _channel_record(row) if row else None

    def get_or_create(self, name: str, niche: str | None = None) -> ChannelRecord:
        """Find a channel by ``@username``, link or title; create it if new."""
        with self.db.atomic():
            return _channel_record(self._get_or_create_row(name, niche))

    def _row_for(
        self,
        name: str,
        niche: str | None,
        channel_id: int | None = None,
        currency: str = "RUB",
    ) -> Channel:
        """The channel a quote goes to: ``channel_id``'s while ``name`` still names it (a title
        that looks like a username is not re-read as one), else found or created by name."""
        if channel_id is not None:
            row = Channel.get_or_none(Channel.id == channel_id)
            if row is not None and _names_channel(row, name):
                self._set_niche(row, niche, currency)
                return row
        return self._get_or_create_row(name, niche, currency)

    @staticmethod
    def _set_niche(row: Channel, niche: str | None, currency: str) -> None:
        """Move the channel to ``niche`` (created in ``currency`` if new); None leaves it."""
        if not (niche and niche.strip()):
            return
        niche_name = " ".join(niche.split())
        niche_row = _find_by_casefold(Niche.select(), "name", niche_name)
        if niche_row is None:
            niche_row = Niche.create(name=niche_name, currency=currency.upper())
        if row.niche_id != niche_row.id:
            row.niche = niche_row
            row.save(only=[Channel.niche])

    def _get_or_create_row(self, name: str, niche: str | None, currency: str = "RUB") -> Channel:
        """A new niche takes ``currency``, the currency of the quote that brings it."""
        username, title = split_channel_name(name)
        if username:
            row = Channel.get_or_none(fn.LOWER(Channel.username) == username.lower())
        elif title:
            row = _find_by_casefold(
                Channel.select().where(Channel.username.is_null()), "title", title
            )
        else:
            raise ValueError("A channel needs a @username, a t.me link or a name")
        if row is None:
            row = Channel.create(username=username, title=title or "")
        self._set_niche(row, niche, currency)
        return row

    def _get_or_create_ids(
        self,
        wanted: Sequence[tuple[str, str | None]],
        channel_ids: Sequence[int | None] | None = None,
        currencies: Sequence[str] | None = None,
    ) -> list[int]:
        """Channel ids for ``(name, niche)`` pairs, as :meth:`_row_for` gives them row by row
        (a channel's niche ends as the last one given), in a few queries per batch.

        ``channel_ids`` (None or one per pair) are used while the name still names that
        channel; a new niche takes the currency of the first quote that names it.
        Call inside a transaction: a name that is no channel raises ValueError before any write.
        """
        known: dict[int, Channel] = {}
        given = [i for i in (channel_ids or ()) if i is not None]
        for chunk in chunked(sorted(set(given)), 500):
            known.update({row.id: row for row in Channel.select().where(Channel.id.in_(chunk))})
        keys: list[tuple[str, str]] = []  # ("u", lower username), ("t", title) or ("id", id)
        spelled: dict[tuple[str, str], str] = {}  # how a new channel is written: first spelling
        found: dict[tuple, list] = {}  # key → [channel id, niche id]
        for position, (name, _niche) in enumerate(wanted):
            channel_id = channel_ids[position] if channel_ids else None
            row = known.get(channel_id)
            if row is not None and _names_channel(row, name):
                key = ("id", row.id)
                keys.append(key)
                found[key] = [row.id, row.niche_id]
                continue
            username, title = split_channel_name(name)
            if username:
                key = ("u", username.lower())
            elif title:
                key = ("t", title)
            else:
                raise ValueError("A channel needs a @username, a t.me link or a name")
            keys.append(key)
            spelled.setdefault(key, username or title)

        usernames = sorted({value for kind, value in spelled if kind == "u"})
        for chunk in chunked(usernames, 500):
            query = Channel.select(Channel.id, Channel.username, Channel.niche).where(
                fn.LOWER(Channel.username).in_(chunk)
            )
            for channel_id, username, niche_id in query.tuples():
                found.setdefault(("u", username.lower()), [channel_id, niche_id])
        if any(kind == "t" for kind, _ in spelled):
            exact: dict[str, list] = {}
            folded: dict[str, list] = {}
            query = Channel.select(Channel.id, Channel.title, Channel.niche).where(
                Channel.username.is_null()
            )
            for channel_id, title, niche_id in query.order_by(Channel.id).tuples():
                exact.setdefault(title, [channel_id, niche_id])
                folded.setdefault(title.casefold(), [channel_id, niche_id])
            for kind, title in spelled:
                if kind == "t":
                    row = exact.get(title) or folded.get(title.casefold())
                    if row is not None:
                        found[("t", title)] = row

        niche_ids = self._niche_ids(
            (niche for _name, niche in wanted), currencies or ["RUB"] * len(wanted)
        )
        last_niche: dict[tuple[str, str], int] = {}
        for key, (_name, niche) in zip(keys, wanted, strict=True):
            if niche and niche.strip():
                last_niche[key] = niche_ids[" ".join(niche.split()).casefold()]

        # new channels: titles differing only in case are one channel, as row by row
        new_rows: dict[tuple[str, str], dict] = {}
        by_folded_title: dict[str, tuple[str, str]] = {}
        for key in spelled:
            if key in found:
                continue
            if key[0] == "t":
                first = by_folded_title.setdefault(key[1].casefold(), key)
                if first != key:
                    continue
            new_rows[key] = {
                "username": spelled[key] if key[0] == "u" else None,
                "title": "" if key[0] == "u" else spelled[key],
                "niche": None,
            }
        if new_rows:
            next_id = (Channel.select(fn.MAX(Channel.id)).scalar() or 0) + 1
            for offset, row in enumerate(new_rows.values()):
                row["id"] = next_id + offset
            per_statement = MAX_VARIABLES // (len(Channel._meta.fields) + 1)
            for chunk in chunked(list(new_rows.values()), per_statement):
                Channel.insert_many(chunk).execute()
            sync_id_sequence(self.db, Channel._meta.table_name)
            for key, row in new_rows.items():
                found[key] = [row["id"], None]
        for key in spelled:
            if key not in found:  # a title that differs from a new one only in case
                found[key] = found[by_folded_title[key[1].casefold()]]

        moves: dict[int, list[int]] = {}  # niche id → channels that take it
        for key, niche_id in last_niche.items():
            channel = found[key]
            if channel[1] != niche_id:
                channel[1] = niche_id
                moves.setdefault(niche_id, []).append(channel[0])
        for niche_id, channel_ids in moves.items():
            for chunk in chunked(channel_ids, 500):
                Channel.update(niche=niche_id).where(Channel.id.in_(chunk)).execute()
        return [found[key][0] for key in keys]

    @staticmethod
    def _niche_ids(names: Iterable[str | None], currencies: Iterable[str]) -> dict[str, int]:
        """Casefolded niche name → id, creating the niches that are new (as typed first, in the
        currency of the first quote naming them)."""
        wanted: dict[str, str] = {}
        currency_of: dict[str, str] = {}
        for name, currency in zip(names, currencies, strict=True):
            if name and name.strip():
                clean = " ".join(name.split())
                wanted.setdefault(clean.casefold(), clean)
                currency_of.setdefault(clean.casefold(), currency.upper())
        if not wanted:
            return {}
        exact: dict[str, int] = {}
        folded: dict[str, int] = {}
        for niche_id, name in Niche.select(Niche.id, Niche.name).order_by(Niche.id).tuples():
            exact.setdefault(name, niche_id)
            folded.setdefault(name.casefold(), niche_id)
        ids = {}
        for key, clean in wanted.items():
            niche_id = exact.get(clean) or folded.get(key)
            if niche_id is None:
                niche_id = Niche.create(name=clean, currency=currency_of[key]).id
            ids[key] = niche_id
        return ids

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
                row.needs_reopen = False  # a fresh hash: the channel is readable again
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

    def _channel_of(self, draft: QuoteDraft) -> Channel:
        return self.channels._row_for(draft.channel, draft.niche, draft.channel_id, draft.currency)

    def add(self, draft: QuoteDraft) -> QuoteRecord:
        with self.db.atomic():
            channel = self._channel_of(draft)
            row = PriceQuote.create(channel=channel, **_quote_fields(draft))
        return self.get(row.id)

    def update(self, quote_id: int, draft: QuoteDraft) -> QuoteRecord:
        with self.db.atomic():
            channel = self._channel_of(draft)
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
            channel = self._channel_of(record.as_draft())
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
        """Add quotes in one transaction; rows whose import key is already stored are skipped.

        All or nothing: one bad draft leaves nothing written. Returns how many were added.
        """
        return len(self.add_many_ids(drafts))

    def add_many_ids(
        self,
        drafts: Sequence[QuoteDraft],
        ids: Sequence[int] | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[int]:
        """:meth:`add_many`, returning the ids of the quotes added (skipped ones have none).

        ``ids`` (one per draft) puts quotes back under the ids they had, as redoing an undone
        import does. ``progress(done, total)`` is called after each statement; an exception it
        raises rolls everything back. Channels and niches are looked up once per distinct name
        and quotes go in as multi-row inserts: 20,000 rows take about 1.3 s where a lookup and
        an insert per row took 15 s (bench/bench_import.py).
        """
        if ids is not None and len(ids) != len(drafts):
            raise ValueError("one id per draft")
        seen = self.existing_import_keys(d.import_key for d in drafts if d.import_key)
        kept: list[int] = []  # positions of the drafts to add
        for position, draft in enumerate(drafts):
            if draft.import_key:
                if draft.import_key in seen:
                    continue
                seen.add(draft.import_key)
            kept.append(position)
        if not kept:
            return []
        with self.db.atomic():
            channel_ids = self.channels._get_or_create_ids(
                [(drafts[i].channel, drafts[i].niche) for i in kept],
                [drafts[i].channel_id for i in kept],
                [drafts[i].currency for i in kept],
            )
            rows = [
                {"channel": channel_id, **_quote_fields(drafts[i])}
                for channel_id, i in zip(channel_ids, kept, strict=True)
            ]
            assign_here = ids is None and not isinstance(self.db, SqliteDatabase)
            if ids is None and not assign_here:
                first = self._next_sqlite_quote_id()
                new_ids = list(range(first, first + len(kept)))
            else:
                new_ids = [] if assign_here else [ids[i] for i in kept]
            if not assign_here:
                for row, quote_id in zip(rows, new_ids, strict=True):
                    row["id"] = quote_id
            per_statement = MAX_VARIABLES // (len(rows[0]) + 2)  # + id, created_at
            for start in range(0, len(rows), per_statement):
                insert = PriceQuote.insert_many(rows[start : start + per_statement])
                if assign_here:  # the server's sequence hands out the ids, in row order
                    new_ids.extend(sorted(r.id for r in insert.returning(PriceQuote.id)))
                else:
                    insert.execute()
                if progress:
                    progress(min(start + per_statement, len(rows)), len(rows))
        return new_ids

    def _next_sqlite_quote_id(self) -> int:
        """The id SQLite would give the next quote: past every id ever used, deleted ones too
        (``sqlite_sequence`` remembers them), so an undo can still put a deleted quote back."""
        highest = PriceQuote.select(fn.MAX(PriceQuote.id)).scalar() or 0
        used = self.db.execute_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (PriceQuote._meta.table_name,)
        ).fetchone()
        return max(highest, used[0] if used else 0) + 1

    def delete_many(self, quote_ids: Iterable[int]) -> list[QuoteRecord]:
        """Delete quotes in one transaction and hand back what they were (undoing an import)."""
        records: list[QuoteRecord] = []
        with self.db.atomic():
            for chunk in chunked(list(quote_ids), 500):
                query = self._query().where(PriceQuote.id.in_(chunk))
                records.extend(_quote_record(row) for row in query)
                PriceQuote.delete().where(PriceQuote.id.in_(chunk)).execute()
        return records

    def restore_many(self, records: Sequence[QuoteRecord]) -> list[int]:
        """Put deleted quotes back under their old ids, in one transaction."""
        return self.add_many_ids([r.as_draft() for r in records], [r.id for r in records])


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

    def channel_columns(self, channel_id: int, since: datetime | None = None) -> ChannelReadings:
        """:meth:`post_histories` as numpy columns, for the reach maths (two queries)."""
        return read_channel_columns(self.db, channel_id, since)

    def mark_ad(self, post_id: int, is_ad: bool | None) -> None:
        with self.db.atomic():
            Post.update(is_ad=is_ad).where(Post.id == post_id).execute()

    def last_refresh(self, channel_id: int | None = None) -> datetime | None:
        query = ViewSnapshot.select(fn.MAX(ViewSnapshot.taken_at))
        if channel_id is not None:
            query = query.join(Post).where(Post.channel == channel_id)
        value = query.scalar()
        return ViewSnapshot.taken_at.python_value(value) if value else None

    def last_refreshes(self, channel_ids: Iterable[int]) -> dict[int, datetime]:
        """channel id → newest view reading, for many channels in one query (channels never
        read are left out); the same figure as :meth:`last_refresh` for each."""
        found: dict[int, datetime] = {}
        for chunk in chunked(list(dict.fromkeys(channel_ids)), 500):
            query = (
                ViewSnapshot.select(Post.channel, fn.MAX(ViewSnapshot.taken_at))
                .join(Post)
                .where(Post.channel.in_(chunk))
                .group_by(Post.channel)
                .tuples()
            )
            for channel_id, value in query:
                if value:
                    found[channel_id] = ViewSnapshot.taken_at.python_value(value)
        return found

    def data_version(self, channel_id: int) -> tuple:
        """(snapshot count, newest snapshot id, newest reading) of a channel: one indexed query
        whose answer changes whenever snapshots are added (figures computed from them are kept
        until it does)."""
        query = (
            ViewSnapshot.select(
                fn.COUNT(ViewSnapshot.id), fn.MAX(ViewSnapshot.id), fn.MAX(ViewSnapshot.taken_at)
            )
            .join(Post)
            .where(Post.channel == channel_id)
        )
        return tuple(query.tuples().first() or ())

    def posted_at(self, channel_id: int, message_ids: Iterable[int]) -> dict[int, datetime]:
        """message id → when it was posted, for the stored ones among ``message_ids``."""
        found: dict[int, datetime] = {}
        for chunk in chunked(list(message_ids), 500):
            query = Post.select(Post.message_id, Post.posted_at).where(
                (Post.channel == channel_id) & Post.message_id.in_(chunk)
            )
            found.update({p.message_id: p.posted_at for p in query})
        return found


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
        self.sync_state = SyncStateRepository(db)
