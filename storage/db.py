"""Opening the database: one function, from a file path or a database URL.

SQLite (the default) runs in WAL mode with foreign keys on, so a killed process never leaves a
half-written price book and readers do not block the writer. A PostgreSQL URL opens a shared
team price book on a server. Either way the database is looked at before anything is written
(see ``storage.opening``): a file that is not ours, or from a newer version, is refused untouched.
"""

from pathlib import Path

from peewee import Database, SqliteDatabase

from storage.engines import (
    WAIT_SECONDS,
    LocalDatabase,
    TeamDatabase,
    describe_server,
    is_server_url,
    team_database,
)
from storage.fileperms import create_private_file, tighten_sqlite_files
from storage.models import SCHEMA_VERSION, database
from storage.opening import OpenError, check_server_database, inspect_sqlite_file
from storage.paths import default_database_target

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",  # with WAL: durable at checkpoints, safe against corruption
    "busy_timeout": WAIT_SECONDS * 1000,
}
# Reading only: no journal-mode switch, which would be a write.
SQLITE_READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": WAIT_SECONDS * 1000}


def open_database(target: str | Path | None = None, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database; bind the models to it.

    ``target`` is a file path, a URL such as ``postgresql://user@host/db``, or None for
    ``CHANNELRATE_DB`` / the user data folder. A file that cannot be written, or ``read_only``,
    opens read-only (``db.read_only`` says so). Raises :class:`storage.opening.OpenError` for
    a database that must not be opened; nothing has been written to it then.
    """
    target = str(target) if target is not None else default_database_target()
    if is_server_url(target):
        db = _open_server(target)
    elif "://" in target:  # other peewee URLs, such as sqlite:///path
        from playhouse.db_url import connect  # (with psycopg2) only for a URL

        extra = {"pragmas": SQLITE_PRAGMAS} if target.startswith("sqlite") else {}
        db = connect(target, **extra)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        _upgrade(db)
    else:
        db = _open_file(Path(target).expanduser(), read_only)
    return db


def _upgrade(db: Database) -> None:
    from storage import migrations  # only for a book that may need it: start-up stays quick

    migrations.upgrade(db)


def _open_file(path: Path, read_only: bool) -> LocalDatabase:
    state = inspect_sqlite_file(path, SCHEMA_VERSION)
    if read_only or not state.writable:
        if not state.exists:
            raise OpenError("cannot_create", f"{path} does not exist", target=str(path))
        if state.version < SCHEMA_VERSION:
            raise OpenError(
                "needs_upgrade",
                f"{path} must be upgraded, which needs write access",
                target=str(path),
            )
        db = LocalDatabase(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            read_only=True,
            pragmas=SQLITE_READ_ONLY_PRAGMAS,
        )
        db.file_path = path
        database.initialize(db)
        db.connect(reuse_if_open=True)
        return db
    if 0 < state.version < SCHEMA_VERSION:
        from storage.backup import backup_file_before_upgrade

        backup_file_before_upgrade(path, state.version, SCHEMA_VERSION)
    if not path.exists():  # a new database is owner-only from its first byte
        create_private_file(path)
    db = LocalDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    db.file_path = path
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if (
        state.version != SCHEMA_VERSION
    ):  # new, older or newer (refused there): the migrations decide
        _upgrade(db)
    _keep_private(db)
    return db


def _keep_private(db: Database) -> None:
    """Make a SQLite price book and its -wal/-shm owner-only, once it is known to be ours.

    The database holds the user's prices and the channels' access hashes; files an older
    version created 0644 are tightened here.
    """
    if isinstance(db, SqliteDatabase) and db.database and db.database != ":memory:":
        tighten_sqlite_files(Path(db.database))


def _open_server(url: str) -> TeamDatabase:
    db = team_database(url)
    try:
        db.connect(reuse_if_open=True)
    except Exception as error:  # the driver's own error: unreachable, wrong password, no database
        raise OpenError(
            "server", f"{describe_server(url)}: {error}".strip(), target=describe_server(url)
        ) from error
    check_server_database(db, SCHEMA_VERSION, describe_server(url))
    database.initialize(db)
    _upgrade(db)
    return db


def is_read_only(db: Database) -> bool:
    return bool(getattr(db, "read_only", False))


def describe(db: Database) -> str:
    """A short, password-free description of the database for the status bar."""
    if isinstance(db, SqliteDatabase):
        return str(getattr(db, "file_path", None) or db.database)
    if isinstance(db, TeamDatabase):
        port = db.connect_params.get("port")
        host = db.connect_params.get("host") or "localhost"
        return f"PostgreSQL: {host}{f':{port}' if port else ''}/{db.database}"
    return f"{type(db).__name__.removesuffix('Database')}: {db.database}"
