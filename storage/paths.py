"""Where the user's data lives: the platform's user data folder, with environment overrides.

``CHANNELRATE_DATA_DIR`` moves the whole folder (database, Telegram session, exports);
``CHANNELRATE_DB`` points at one database file or a peewee database URL.
"""

import os
from pathlib import Path

import platformdirs

from storage.fileperms import make_private_dir

APP_NAME = "ChannelRate"


def data_dir() -> Path:
    """The folder holding the database and the Telegram session; created on first use, owner-only
    (0700 where the system has modes, see :mod:`storage.fileperms`)."""
    override = os.environ.get("CHANNELRATE_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return make_private_dir(folder)


def default_database_target() -> str:
    """A database path or peewee URL: ``CHANNELRATE_DB`` if set, else the data folder's file."""
    return os.environ.get("CHANNELRATE_DB") or str(data_dir() / "channelrate.sqlite3")
