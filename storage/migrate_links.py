"""Schema step 5: channels that were stored under a link as their title get their username.

Before one parser was used everywhere, storage read ``https://telegram.dog/name``,
``www.t.me/name``, ``T.ME/name`` and ``tg://resolve?domain=name`` as a channel *title*, so a quote
typed that way sat on a title-only channel that vetting, history and the duplicate check never
found. This step reads each such title with :func:`pricing.parse_channel_ref`: the row takes the
username, or, when a channel with that username already exists, everything that pointed at the
row (quotes, own prices, snapshots, posts, and any table added later) moves to that channel and
the row goes.

Written in plain SQL against the tables as schema 3 has them, found by their foreign keys rather
than the models, so the step keeps doing what it does when the models change. Only rows typed by
the user are touched: a channel with a Telegram id has its title from Telegram, and a bare word
("durov") may be a real title, so neither is re-read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from peewee import Database, IntegrityError, chunked
from playhouse.migrate import SchemaMigrator

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref

_CHUNK = 100  # channels per statement: 2 × 100 + 100 parameters stay under SQLite's 999

# Flags a merged channel keeps when either row had them set.
_FLAGS = (
    "is_own",
    "caught_cheating",
    "mega_compilations",
    "under_promotion",
    "narrow_niche",
    "tracked",
)
# Figures a merged channel takes from the link row only where its own are missing.
_FILL_IN = ("niche_id", "subscribers", "typed_reach_24h", "typed_reach_48h")


class _Rows(Protocol):
    """A DB-API cursor after a statement: the rows as the driver gives them."""

    def fetchall(self) -> list[tuple[Any, ...]]: ...

    def __iter__(self) -> Iterator[tuple[Any, ...]]: ...


def username_in_link(title: str) -> str | None:
    """The username a link-shaped title points to, or None for a title, a bare word, an invite
    or a numeric link."""
    text = " ".join((title or "").split())
    try:
        ref = parse_channel_ref(text)
    except InputError:
        return None
    if ref.kind != "username" or text.casefold() == ref.value.casefold():
        return None
    return ref.value


def repair_link_titles(migrator: SchemaMigrator) -> None:
    """5: a title-only channel whose title is a link to @name becomes @name (see the module)."""
    db = migrator.database
    rows = _sql(
        db,
        'SELECT "id", "title" FROM "channel" WHERE ("username" IS NULL OR "username" = \'\') '
        'AND "telegram_id" IS NULL ORDER BY "id"',
    ).fetchall()
    read = [(channel_id, username_in_link(title)) for channel_id, title in rows]
    links = [(channel_id, username) for channel_id, username in read if username]
    if not links:
        return
    by_username: dict[str, int] = {}  # lower-case username → the first channel that has it
    query = 'SELECT "id", "username" FROM "channel" WHERE "username" IS NOT NULL ORDER BY "id"'
    for channel_id, username in _sql(db, query):
        if username:
            by_username.setdefault(username.lower(), channel_id)
    merges: list[tuple[int, int]] = []  # (link row, channel that has its username)
    for channel_id, username in links:
        existing = by_username.get(username.lower())
        if existing is None:
            _sql(
                db,
                'UPDATE "channel" SET "username" = ?, "title" = \'\' WHERE "id" = ?',
                (username, channel_id),
            )
            by_username[username.lower()] = channel_id
        else:
            merges.append((channel_id, existing))
    merge_channels(db, merges)


def merge_channels(db: Database, pairs: list[tuple[int, int]]) -> None:
    """For each (source, target): move everything of the source channel to the target and
    delete the source row. Targets are never sources.

    A row that would repeat one the target already has (the same post, a snapshot at the same
    moment) is dropped: the target's own reading wins. The target keeps its own figures and
    takes the source's where it has none; flags set on either stay set; notes are joined.
    Rows move a hundred channels per statement; only a chunk that clashes goes row by row.
    """
    if not pairs:
        return
    references = _references_to(db, "channel")
    for chunk in chunked(pairs, _CHUNK):
        for table, column in references:
            _move_references(db, table, column, chunk)
    _merge_fields(db, pairs)
    for sources in chunked([source for source, _target in pairs], _CHUNK):
        marks = ", ".join("?" for _ in sources)
        _sql(db, f'DELETE FROM "channel" WHERE "id" IN ({marks})', tuple(sources))


def _move_references(db: Database, table: str, column: str, pairs: list[tuple[int, int]]) -> None:
    cases = " ".join("WHEN ? THEN ?" for _ in pairs)
    marks = ", ".join("?" for _ in pairs)
    params = (*(n for pair in pairs for n in pair), *(source for source, _target in pairs))
    try:
        with db.atomic():
            _sql(
                db,
                f'UPDATE "{table}" SET "{column}" = CASE "{column}" {cases} END '
                f'WHERE "{column}" IN ({marks})',
                params,
            )
        return
    except IntegrityError:  # a unique key clashes: move row by row, drop the repeats
        pass
    for source, target in pairs:
        rows = _sql(db, f'SELECT "id" FROM "{table}" WHERE "{column}" = ?', (source,))
        for (row_id,) in rows.fetchall():
            try:
                with db.atomic():
                    _sql(
                        db,
                        f'UPDATE "{table}" SET "{column}" = ? WHERE "id" = ?',
                        (target, row_id),
                    )
            except IntegrityError:
                _sql(db, f'DELETE FROM "{table}" WHERE "id" = ?', (row_id,))


def _merge_fields(db: Database, pairs: list[tuple[int, int]]) -> None:
    present = {column.name for column in db.get_columns("channel")}
    flags = [f for f in _FLAGS if f in present]
    fill_in = [f for f in _FILL_IN if f in present]
    wanted = [*flags, *fill_in, "notes"]
    select = ", ".join(f'"{name}"' for name in wanted)
    values: dict[int, dict[str, Any]] = {}
    for chunk in chunked(sorted({n for pair in pairs for n in pair}), _CHUNK):
        marks = ", ".join("?" for _ in chunk)
        query = f'SELECT "id", {select} FROM "channel" WHERE "id" IN ({marks})'
        for channel_id, *row in _sql(db, query, tuple(chunk)).fetchall():
            values[channel_id] = dict(zip(wanted, row, strict=True))
    changed: dict[int, dict[str, object]] = {}
    for source_id, target_id in pairs:
        source, target = values[source_id], values[target_id]
        changes = changed.setdefault(target_id, {})
        for name in flags:
            if source[name] and not target[name]:
                target[name] = changes[name] = source[name]
        for name in fill_in:
            if target[name] is None and source[name] is not None:
                target[name] = changes[name] = source[name]
        source_notes = (source["notes"] or "").strip()
        target_notes = (target["notes"] or "").strip()
        if source_notes and source_notes not in target_notes:
            joined = f"{target_notes}\n{source_notes}" if target_notes else source_notes
            target["notes"] = changes["notes"] = joined
    for target_id, changes in changed.items():
        if changes:
            assignments = ", ".join(f'"{name}" = ?' for name in changes)
            _sql(
                db,
                f'UPDATE "channel" SET {assignments} WHERE "id" = ?',
                (*changes.values(), target_id),
            )


def _references_to(db: Database, table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key pointing at ``table``, as the database has them."""
    return [
        (other, key.column)
        for other in db.get_tables()
        for key in db.get_foreign_keys(other)
        if key.dest_table == table
    ]


def _sql(db: Database, statement: str, params: tuple[object, ...] = ()) -> _Rows:
    rows: _Rows = db.execute_sql(statement.replace("?", db.param), params)
    return rows
