"""Copies of a local price book: *File → Back up…*, *Restore…*, and one before every upgrade.

Copies use SQLite's online backup API, so a copy taken while the app (or a second window) is
writing is still a consistent database, and a restore replaces the open database's content in
place without closing it. A restore first checks the copy is a ChannelRate price book this
version can read, and keeps a copy of what it replaces.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import Database, SqliteDatabase

from storage.models import SCHEMA_VERSION
from storage.opening import OpenError, inspect_sqlite_file

BACKUP_FOLDER = "backups"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def can_back_up(db: Database) -> bool:
    """Only a local file can be backed up this way (a server has its own tools)."""
    return isinstance(db, SqliteDatabase) and db.database not in ("", ":memory:")


def database_file(db: SqliteDatabase) -> Path:
    """The file behind an open local database (its name, not a read-only URI)."""
    return Path(getattr(db, "file_path", None) or db.database)


def backup_database(db: SqliteDatabase, destination: Path) -> Path:
    """Write a consistent copy of the open database to ``destination`` (replaced if present)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        db.connection().backup(target)
    finally:
        target.close()
    partial.replace(destination)  # a copy cut short never takes the place of a good one
    return destination


def automatic_backup_path(database_file: Path, reason: str) -> Path:
    """Where a copy taken without asking goes: ``backups/`` beside the database."""
    name = f"{database_file.stem}-{reason}-{_stamp()}.sqlite3"
    return database_file.parent / BACKUP_FOLDER / name


def backup_file_before_upgrade(database_file: Path, found: int, latest: int) -> Path:
    """Copy a database file, as it is, before its schema goes from ``found`` to ``latest``."""
    destination = automatic_backup_path(database_file, f"schema{found}-before-{latest}")
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"{database_file.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return destination


def restore_database(db: SqliteDatabase, source: Path) -> Path:
    """Replace the open database's content with the copy at ``source``; returns the copy kept
    of what was replaced. Raises :class:`OpenError` for a file that is not a price book this
    version can read (nothing is changed then)."""
    source = Path(source)
    if not source.is_file():
        raise OpenError("not_a_database", f"{source} is not a file", target=str(source))
    state = inspect_sqlite_file(source, SCHEMA_VERSION)
    if state.version == 0:
        raise OpenError("not_ours", f"{source} holds no price book", target=str(source))
    kept = backup_database(db, automatic_backup_path(database_file(db), "before-restore"))
    origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        # The backup API takes the destination's write lock itself: no reader sees half of it.
        origin.backup(db.connection())
    finally:
        origin.close()
    from storage import migrations  # (loaded when a book is restored, not at start-up)

    migrations.upgrade(db)  # a copy from an older version is brought up to date
    return kept
