"""How many ids or rows one statement may carry on the open engine, and one-statement batches."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext

from peewee import Database, SqliteDatabase

# SQLite builds before 3.32 stop at 999 bound variables; newer ones allow 32,766 or more.
OLD_SQLITE_VARIABLES = 999
# A ceiling whatever the engine says: an id list this long is already a very large statement.
MOST_VARIABLES = 32_766

logger = logging.getLogger("peewee")  # where peewee logs every statement it runs


def variable_limit(db: Database) -> int:
    """Bound variables one statement may carry on ``db``: what the SQLite library was built
    with (asked at run time), at most :data:`MOST_VARIABLES`; PostgreSQL takes that many too."""
    if isinstance(db, SqliteDatabase):
        return min(db.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), MOST_VARIABLES)
    return MOST_VARIABLES


def id_chunks(db: Database, values: Iterable) -> Iterator[list]:
    """``values`` in lists as long as one ``IN (…)`` may be: one statement for a page or a
    refresh, a few for a whole database read on an old SQLite build."""
    return _slices(list(values), variable_limit(db))


def row_chunks(db: Database, rows: Sequence, columns: int) -> Iterator[list]:
    """``rows`` of ``columns`` values in lists as long as one multi-row insert may be."""
    return _slices(list(rows), max(1, variable_limit(db) // max(1, columns)))


def _slices(values: list, size: int) -> Iterator[list]:
    # peewee's chunked() pads every group to ``size``: with the tens of thousands a modern
    # SQLite allows, that padding cost more than the query for a page of 100 posts.
    for start in range(0, len(values), size):
        yield values[start : start + size]


def execute_many(db: Database, sql: str, params: Sequence[Sequence]) -> int:
    """Run one prepared statement for every tuple of ``params`` in one transaction (the caller's,
    if one is open); returns the rows changed. Logged like peewee's own statements, so the
    debug log and query counts see it."""
    if not params:
        return 0
    with nullcontext() if db.in_transaction() else db.atomic():
        logger.debug((sql, params[0]))
        cursor = db.cursor()
        cursor.executemany(sql, params)
        changed = cursor.rowcount
    if changed is None or changed < 0:  # a driver that does not count executemany
        changed = len(params)
    return changed
