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

from peewee import Database, IntegrityError
from playhouse.migrate import SchemaMigrator

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref

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
    for channel_id, title in rows:
        username = username_in_link(title)
        if username is None:
            continue
        existing = _sql(
            db,
            'SELECT "id" FROM "channel" WHERE LOWER("username") = ? AND "id" <> ? '
            'ORDER BY "id" LIMIT 1',
            (username.lower(), channel_id),
        ).fetchone()
        if existing is None:
            _sql(
                db,
                'UPDATE "channel" SET "username" = ?, "title" = \'\' WHERE "id" = ?',
                (username, channel_id),
            )
        else:
            merge_channel(db, channel_id, existing[0])


def merge_channel(db: Database, source_id: int, target_id: int) -> None:
    """Move everything of channel ``source_id`` to ``target_id`` and delete the source row.

    A row that would repeat one the target already has (the same post, a snapshot at the same
    moment) is dropped: the target's own reading wins. The target keeps its own figures and
    takes the source's where it has none; flags set on either stay set; notes are joined.
    """
    for table, column in _references_to(db, "channel"):
        try:
            with db.atomic():
                _sql(
                    db,
                    f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?',
                    (target_id, source_id),
                )
        except IntegrityError:  # a unique key clashes: move row by row, drop the repeats
            ids = [
                row_id
                for (row_id,) in _sql(
                    db, f'SELECT "id" FROM "{table}" WHERE "{column}" = ?', (source_id,)
                )
            ]
            for row_id in ids:
                try:
                    with db.atomic():
                        _sql(
                            db,
                            f'UPDATE "{table}" SET "{column}" = ? WHERE "id" = ?',
                            (target_id, row_id),
                        )
                except IntegrityError:
                    _sql(db, f'DELETE FROM "{table}" WHERE "id" = ?', (row_id,))
    _merge_fields(db, source_id, target_id)
    _sql(db, 'DELETE FROM "channel" WHERE "id" = ?', (source_id,))


def _merge_fields(db: Database, source_id: int, target_id: int) -> None:
    present = {column.name for column in db.get_columns("channel")}
    flags = [f for f in _FLAGS if f in present]
    fill_in = [f for f in _FILL_IN if f in present]
    wanted = [*flags, *fill_in, "notes"]
    select = ", ".join(f'"{name}"' for name in wanted)
    query = f'SELECT {select} FROM "channel" WHERE "id" = ?'
    source = dict(zip(wanted, _sql(db, query, (source_id,)).fetchone(), strict=True))
    target = dict(zip(wanted, _sql(db, query, (target_id,)).fetchone(), strict=True))
    changes: dict[str, object] = {}
    for name in flags:
        if source[name] and not target[name]:
            changes[name] = source[name]
    for name in fill_in:
        if target[name] is None and source[name] is not None:
            changes[name] = source[name]
    source_notes, target_notes = (source["notes"] or "").strip(), (target["notes"] or "").strip()
    if source_notes and source_notes not in target_notes:
        changes["notes"] = f"{target_notes}\n{source_notes}" if target_notes else source_notes
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


def _sql(db: Database, statement: str, params: tuple = ()):
    return db.execute_sql(statement.replace("?", db.param), params)
