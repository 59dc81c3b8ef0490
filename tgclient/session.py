"""The Telegram session file: a full login to the user's account, so owner-only (0600).

It lives in the data folder next to, but separate from, the database, and "Log out" deletes it.
"""

from __future__ import annotations

from pathlib import Path

from storage.fileperms import create_private_file
from storage.paths import data_dir

SESSION_NAME = "telegram"  # Telethon adds ".session"


def session_path(folder: Path | None = None) -> Path:
    """The session file's full path (``telegram.session`` in the data folder)."""
    return (folder or data_dir()) / f"{SESSION_NAME}.session"


def prepare_session_file(path: Path) -> Path:
    """Create the session file empty with mode 0600 before SQLite opens it, or tighten it.

    SQLite accepts an empty file as a new database and gives its journal files the same mode, so
    no moment exists when the login is readable by other users.
    """
    return create_private_file(path)


def has_session(path: Path | None = None) -> bool:
    path = path or session_path()
    return path.exists() and path.stat().st_size > 0


def delete_session(path: Path | None = None) -> None:
    """Remove the session file and any SQLite side files it left."""
    path = path or session_path()
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
