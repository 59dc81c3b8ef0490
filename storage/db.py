"""Opening the database: one function, from a file path or a peewee database URL.

SQLite (the default) runs in WAL mode with foreign keys on, so a killed process never leaves a
half-written price book and readers do not block the writer.
"""

from pathlib import Path

from peewee import Database, SqliteDatabase
from playhouse.db_url import connect

from storage import migrations
from storage.fileperms import create_private_file, tighten_sqlite_files
from storage.models import database
from storage.paths import default_database_target

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",  # with WAL: durable at checkpoints, safe against corruption
    "busy_timeout": 5000,
}


def open_database(target: str | Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database; bind the models to it.

    ``target`` is a file path, a peewee URL such as ``postgresql://user@host/db``, or None for
    ``CHANNELRATE_DB`` / the user data folder.
    """
    target = str(target) if target is not None else default_database_target()
    if "://" in target:
        extra = {"pragmas": SQLITE_PRAGMAS} if target.startswith("sqlite") else {}
        db = connect(target, **extra)
    else:
        path = Path(target).expanduser()
        if not path.exists():  # a new database is owner-only from its first byte
            create_private_file(path)
        db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    migrations.upgrade(db)
    _keep_private(db)
    return db


def _keep_private(db: Database) -> None:
    """Make a SQLite price book and its -wal/-shm owner-only, once it is known to be ours.

    The database holds the user's prices and the channels' access hashes; files an older
    version created 0644 are tightened here.
    """
    if isinstance(db, SqliteDatabase) and db.database and db.database != ":memory:":
        tighten_sqlite_files(Path(db.database))


def describe(db: Database) -> str:
    """A short, password-free description of the database for the status bar."""
    if isinstance(db, SqliteDatabase):
        return str(db.database)
    return f"{type(db).__name__.removesuffix('Database')}: {db.database}"
