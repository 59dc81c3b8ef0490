"""The two database engines the price book runs on, and how their writers take turns.

Every write is one transaction, and a transaction that writes must hold the write lock from its
first statement: SQLite's plain ``BEGIN`` starts as a reader, and a reader that later wants to
write while another connection writes fails at once with "database is locked", whatever
``busy_timeout`` says (two processes × 1,000 adds kept 1,373–1,460 rows). So:

- ``LocalDatabase`` (SQLite) begins every transaction with ``BEGIN IMMEDIATE``; a second writer
  waits up to ``busy_timeout`` for the first to commit;
- ``TeamDatabase`` (PostgreSQL) takes one transaction-scoped advisory lock at ``BEGIN``, so writers
  on a shared server take turns the same way and a "find the channel or create it" never makes
  the same channel twice.

Waiting is bounded: after ``WRITE_ATTEMPTS`` waits of ``WAIT_SECONDS`` each the write gives up with
:class:`DatabaseBusyError`, which says so in plain words; nothing was written by then.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from peewee import OperationalError, PostgresqlDatabase, SqliteDatabase

log = logging.getLogger(__name__)

WAIT_SECONDS = 5
WRITE_ATTEMPTS = 3
# Any fixed number: every ChannelRate writer on a server queues on this one advisory lock.
TEAM_WRITE_LOCK = 0x43_52_41_54  # "CRAT"


class DatabaseBusyError(OperationalError):
    """Another program held the price book for too long; nothing was written."""

    def __init__(self, seconds: float):
        super().__init__(
            f"The price book stayed busy for {seconds:.0f} s: another ChannelRate window or "
            "program is writing to it. Nothing was saved; try again in a moment."
        )
        self.seconds = seconds


class ReadOnlyDatabaseError(OperationalError):
    """The price book was opened read-only; nothing can be saved to it."""

    def __init__(self) -> None:
        super().__init__(
            "The price book is open read-only: nothing can be saved. "
            "Open a copy you may change to edit it."
        )


def _is_lock_wait(error: Exception) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text or "lock timeout" in text


class LocalDatabase(SqliteDatabase):
    """SQLite with writers that wait their turn, and an optional read-only mode."""

    def __init__(self, database, *args, read_only: bool = False, **kwargs):
        self.read_only = read_only
        super().__init__(database, *args, **kwargs)

    def begin(self, lock_type=None):
        if self.read_only:
            raise ReadOnlyDatabaseError()
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return super().begin(lock_type or "IMMEDIATE")  # waits up to busy_timeout
            except OperationalError as error:
                if not _is_lock_wait(error):
                    raise
                log.warning("price book busy, attempt %d of %d", attempt, WRITE_ATTEMPTS)
        raise DatabaseBusyError(WAIT_SECONDS * WRITE_ATTEMPTS)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as error:
            if self.read_only and "readonly" in str(error).lower():
                raise ReadOnlyDatabaseError() from error
            raise


class TeamDatabase(PostgresqlDatabase):
    """PostgreSQL where every write transaction first queues on one advisory lock."""

    def begin(self, isolation_level=None):
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            super().begin(isolation_level)
            try:
                cursor = self.cursor()
                cursor.execute(f"SET LOCAL lock_timeout = '{WAIT_SECONDS}s'")
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", (TEAM_WRITE_LOCK,))
                return None
            except Exception as error:  # the driver's own lock-timeout error
                self.rollback()
                if not _is_lock_wait(error):
                    raise
                log.warning("team price book busy, attempt %d of %d", attempt, WRITE_ATTEMPTS)
        raise DatabaseBusyError(WAIT_SECONDS * WRITE_ATTEMPTS)


def sync_id_sequence(db, table: str) -> None:
    """After rows were inserted with ids chosen here, make PostgreSQL's sequence hand out ids
    past them (SQLite needs nothing: it always continues after the highest id)."""
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'GREATEST((SELECT MAX("id") FROM "{table}"), 1))'
        )


def is_server_url(target: str) -> bool:
    """True for a PostgreSQL URL (``postgresql://`` or ``postgres://``)."""
    return urlsplit(target).scheme in {"postgresql", "postgres", "postgresext"}


def team_database(url: str) -> TeamDatabase:
    """A :class:`TeamDatabase` for a ``postgresql://user:password@host:port/name`` URL."""
    from playhouse.db_url import parse

    return TeamDatabase(**parse(url))


def describe_server(url: str) -> str:
    """``host:port/name`` of a server URL, without the user name or password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path}"
