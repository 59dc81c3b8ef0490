"""Versioned upgrades of the settings file, run once at start-up before any window is built.

The settings INI carries its own version (``application/settings_version``). Each step in
:data:`UPGRADES` brings it from one version to the next; :func:`upgrade_settings` runs, in order,
the steps above the stamped version and stamps each one that completed. A step that cannot finish
yet (the price book is open read-only, or some values belong to another price book) leaves the
version where it is and runs again at the next start, so nothing the user typed is ever dropped.
Widgets therefore never carry data over in their ``__init__``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QSettings

from storage import Storage
from storage.db import is_read_only
from storage.records import TYPED_REACH_WINDOWS
from ui.settings import Option

log = logging.getLogger(__name__)

SETTINGS_VERSION = Option("application/settings_version", 0)

# Before schema 2 the reach typed on *My channel* lived in the settings, one key per channel id
# and window (0 meaning "not typed"). It is user data and belongs in the database.
_TYPED_REACH_KEY = re.compile(r"^own/reach_(\d+)_(\d+)h$")


def move_typed_reach_to_database(settings: QSettings, channels) -> int:
    """Carry reach typed by an earlier version from the settings file into the database.

    ``channels`` is the ``ChannelRepository``. A figure moves only when the database has none for
    that channel and window (what is already in the database wins); its key is then deleted.
    Keys naming a channel this database does not have stay: they may belong to another database
    (``--db``). Returns how many figures moved.
    """
    moved = removed = 0
    for key in settings.allKeys():
        match = _TYPED_REACH_KEY.match(key)
        if match is None:
            continue
        channel_id, hours = int(match.group(1)), int(match.group(2))
        channel = channels.get(channel_id)
        if channel is None or hours not in TYPED_REACH_WINDOWS:
            continue
        try:
            views = int(settings.value(key, 0))
        except (TypeError, ValueError):
            views = 0
        if views > 0 and channel.typed_reach(hours) is None:
            channels.set_typed_reach(channel_id, hours, views)
            moved += 1
        settings.remove(key)  # only once the figure is safely in the database
        removed += 1
    if removed:
        settings.sync()
    return moved


def _typed_reach_into_the_database(settings: QSettings, storage: Storage) -> bool:
    """Version 1: typed reach leaves the settings for the database. Done once no such key is
    left; a read-only book keeps them for a start that can write."""
    if is_read_only(storage.db):
        return False
    moved = move_typed_reach_to_database(settings, storage.channels)
    if moved:
        log.info("moved %d typed reach figures from the settings into the database", moved)
    return not any(_TYPED_REACH_KEY.match(key) for key in settings.allKeys())


# (version reached, step): in order; a step returns whether it is complete.
UPGRADES: tuple[tuple[int, Callable[[QSettings, Storage], bool]], ...] = (
    (1, _typed_reach_into_the_database),
)


def latest_settings_version() -> int:
    return UPGRADES[-1][0]


def upgrade_settings(settings: QSettings, storage: Storage) -> int:
    """Run the steps the settings file has not had yet; returns the version it is at now."""
    version = SETTINGS_VERSION.read(settings)
    for target, step in UPGRADES:
        if version >= target:
            continue
        if not step(settings, storage):
            break  # later steps may rely on this one: all wait for the next start
        version = target
        SETTINGS_VERSION.write(settings, version)
        settings.sync()
    return version
