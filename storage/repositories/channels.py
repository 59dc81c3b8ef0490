"""The channels repository: channels typed by hand or read from Telegram, found by any spelling."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peewee import Database, fn

from storage.engines import sync_id_sequence
from storage.models import Channel, Niche
from storage.records import TYPED_REACH_WINDOWS, ChannelRecord
from storage.repositories.bulk import id_chunks, row_chunks
from storage.repositories.naming import (
    channel_record,
    find_by_casefold,
    names_channel,
    split_channel_name,
)


class ChannelRepository:
    """Channels, whoever typed or read them; a name finds the same row however written."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, channel_id: int) -> ChannelRecord | None:
        row = Channel.get_or_none(Channel.id == channel_id)
        return channel_record(row) if row else None

    def find_by_username(self, username: str) -> ChannelRecord | None:
        row = Channel.get_or_none(fn.LOWER(Channel.username) == username.lstrip("@").lower())
        return channel_record(row) if row else None

    def all(self) -> list[ChannelRecord]:
        """Every channel, by username then title."""
        return [channel_record(row) for row in self._by_name()]

    def in_niche(self, niche_id: int) -> list[ChannelRecord]:
        """The niche's channels, by username then title."""
        return [channel_record(row) for row in self._by_name().where(Channel.niche == niche_id)]

    @staticmethod
    def _by_name():
        return Channel.select().order_by(Channel.username, Channel.title)

    def own(self) -> ChannelRecord | None:
        row = Channel.select().where(Channel.is_own).first()
        return channel_record(row) if row else None

    def tracked(self) -> list[ChannelRecord]:
        return [channel_record(r) for r in Channel.select().where(Channel.tracked | Channel.is_own)]

    def find_by_telegram_id(self, telegram_id: int) -> ChannelRecord | None:
        row = Channel.get_or_none(Channel.telegram_id == telegram_id)
        return channel_record(row) if row else None

    def get_or_create(self, name: str, niche: str | None = None) -> ChannelRecord:
        """Find a channel by ``@username``, link or title; create it if new."""
        with self.db.atomic():
            return channel_record(self._get_or_create_row(name, niche))

    def row_for(
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
            if row is not None and names_channel(row, name):
                self._set_niche(row, niche, currency)
                return row
        return self._get_or_create_row(name, niche, currency)

    @staticmethod
    def _set_niche(row: Channel, niche: str | None, currency: str) -> None:
        """Move the channel to ``niche`` (created in ``currency`` if new); None leaves it."""
        if not (niche and niche.strip()):
            return
        niche_name = " ".join(niche.split())
        niche_row = find_by_casefold(Niche.select(), "name", niche_name)
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
            row = find_by_casefold(
                Channel.select().where(Channel.username.is_null()), "title", title
            )
        else:
            raise ValueError("A channel needs a @username, a t.me link or a name")
        if row is None:
            row = Channel.create(username=username, title=title or "")
        self._set_niche(row, niche, currency)
        return row

    def get_or_create_ids(
        self,
        wanted: Sequence[tuple[str, str | None]],
        channel_ids: Sequence[int | None] | None = None,
        currencies: Sequence[str] | None = None,
    ) -> list[int]:
        """Channel ids for ``(name, niche)`` pairs, as :meth:`row_for` gives them row by row
        (a channel's niche ends as the last one given), in a few queries per batch.

        ``channel_ids`` (None or one per pair) are used while the name still names that
        channel; a new niche takes the currency of the first quote that names it.
        Call inside a transaction: a name that is no channel raises ValueError before any write.
        """
        known: dict[int, Channel] = {}
        given = [i for i in (channel_ids or ()) if i is not None]
        for chunk in id_chunks(self.db, sorted(set(given))):
            known.update({row.id: row for row in Channel.select().where(Channel.id.in_(chunk))})
        keys: list[tuple[str, str]] = []  # ("u", lower username), ("t", title) or ("id", id)
        spelled: dict[tuple[str, str], str] = {}  # how a new channel is written: first spelling
        found: dict[tuple, list] = {}  # key → [channel id, niche id]
        for position, (name, _niche) in enumerate(wanted):
            channel_id = channel_ids[position] if channel_ids else None
            row = known.get(channel_id)
            if row is not None and names_channel(row, name):
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
        for chunk in id_chunks(self.db, usernames):
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
            columns = len(Channel._meta.fields) + 1
            for chunk in row_chunks(self.db, list(new_rows.values()), columns):
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
            for chunk in id_chunks(self.db, channel_ids):
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

    def set_tracked(self, channel_ids: Iterable[int], tracked: bool) -> None:
        """Mark channels as tracked or not: one statement a chunk of ids."""
        with self.db.atomic():
            for chunk in id_chunks(self.db, dict.fromkeys(channel_ids)):
                Channel.update(tracked=tracked).where(Channel.id.in_(chunk)).execute()

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
        return channel_record(row)
