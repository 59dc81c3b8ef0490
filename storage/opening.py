"""Looking at a database before opening it: is it ours, how old, may we write to it?

Opening a SQLite file with our settings already changes it (``journal_mode=wal`` is a write, and
a missing table is created), so the file is first read through a separate read-only connection:
a file that is not a database, another program's database, or one written by a newer ChannelRate
is refused with :class:`OpenError` before anything touches it. A file we may not write is opened
read-only. Each refusal carries a ``code`` the start-up dialog turns into advice in the user's
language.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables a ChannelRate price book has had since schema 1; ``schema_version`` says which version.
OUR_TABLES = frozenset({"schema_version", "niche", "channel", "price_quote"})


class OpenError(Exception):
    """Why a database could not be opened. ``code`` names the reason:

    - ``not_a_database``: the file is not SQLite (or is damaged beyond reading);
    - ``not_ours``: a database of another program; it was not changed;
    - ``newer_schema``: written by a newer ChannelRate (``found`` and ``latest`` in details);
    - ``needs_upgrade``: an older price book that is read-only here, so it cannot be upgraded;
    - ``cannot_create``: no database yet, and its folder cannot be written;
    - ``server``: the database server could not be reached or refused the login.
    """

    def __init__(self, code: str, message: str, *, target: str = "", **details: object):
        super().__init__(message)
        self.code = code
        self.target = target
        self.details = details


@dataclass(frozen=True)
class FileState:
    """What the read-only look at a SQLite file found."""

    path: Path
    exists: bool
    version: int  # 0: a new or empty database
    writable: bool


def _table_names(path: Path) -> set[str]:
    """The tables of the file, read without writing anything (not even a -wal or -shm file)."""
    uri = path.resolve().as_uri()
    last_error: Exception | None = None
    # mode=ro reads the newest commits (WAL included); immutable=1 also works in a folder where
    # SQLite cannot create the shared-memory file a WAL reader needs.
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            connection = sqlite3.connect(f"{uri}?{options}", uri=True)
            try:
                rows = connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).fetchall()
                return {name for (name,) in rows}
            finally:
                connection.close()
        except sqlite3.Error as error:
            last_error = error
    raise OpenError(
        "not_a_database", f"{path} cannot be read as a database: {last_error}", target=str(path)
    )


def _stored_version(path: Path) -> int:
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            connection = sqlite3.connect(f"{uri}?{options}", uri=True)
            try:
                row = connection.execute('SELECT MAX("version") FROM "schema_version"').fetchone()
                return int(row[0] or 0)
            finally:
                connection.close()
        except (sqlite3.Error, TypeError, ValueError):
            continue
    raise OpenError(
        "not_a_database", f"{path}: the schema version cannot be read", target=str(path)
    )


def inspect_sqlite_file(path: Path, latest: int) -> FileState:
    """Look at ``path`` without changing it; raise :class:`OpenError` if it must not be opened."""
    target = str(path)
    if not path.exists():
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OpenError("cannot_create", f"{folder}: {error}", target=target) from error
        if not os.access(folder, os.W_OK):
            raise OpenError("cannot_create", f"{folder} cannot be written", target=target)
        return FileState(path, exists=False, version=0, writable=True)
    if path.is_dir():
        raise OpenError("not_a_database", f"{path} is a folder", target=target)
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise OpenError("not_a_database", f"{path}: {error}", target=target) from error
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if not header:  # an empty file is an empty SQLite database: ours to fill
        return FileState(path, exists=True, version=0, writable=writable)
    if header != SQLITE_HEADER:
        raise OpenError("not_a_database", f"{path} is not a SQLite database", target=target)
    tables = _table_names(path)
    if not tables:
        return FileState(path, exists=True, version=0, writable=writable)
    if not tables >= OUR_TABLES:
        raise OpenError(
            "not_ours", f"{path} is another program's database; it was not changed", target=target
        )
    version = _stored_version(path)
    if version > latest:
        raise OpenError(
            "newer_schema",
            f"{path} was written by a newer ChannelRate (schema {version}, this version knows "
            f"up to {latest}). Update the app to open it.",
            target=target,
            found=version,
            latest=latest,
        )
    if not writable and version < latest:
        raise OpenError(
            "needs_upgrade",
            f"{path} is from an older ChannelRate and must be upgraded, but it is read-only",
            target=target,
        )
    return FileState(path, exists=True, version=version, writable=writable)


def check_server_database(db: Database, latest: int, target: str) -> int:
    """The same checks on a server database, with reads only; returns its schema version."""
    tables = set(db.get_tables())
    if not tables:
        return 0
    if not tables >= OUR_TABLES:
        raise OpenError(
            "not_ours",
            f"{target}: the database holds another program's tables; it was not changed",
            target=target,
        )
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    version = int(row[0] or 0)
    if version > latest:
        raise OpenError(
            "newer_schema",
            f"{target} was written by a newer ChannelRate (schema {version}, this version "
            f"knows up to {latest}). Update the app to open it.",
            target=target,
            found=version,
            latest=latest,
        )
    return version
