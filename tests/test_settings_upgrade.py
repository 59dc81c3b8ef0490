"""The settings upgrade at start-up: typed reach an earlier version kept in the settings file goes
into the database once, the file is stamped, and a read-only book keeps it for later."""

from pathlib import Path

import pytest

import main
from storage import Storage, open_database
from ui import settings as opt
from ui.settings_upgrade import SETTINGS_VERSION, latest_settings_version, upgrade_settings

pytestmark = pytest.mark.gui


def book_with_own_channel(tmp_path):
    path = tmp_path / "book.sqlite3"
    storage = Storage(open_database(path))
    own = storage.channels.get_or_create("@my_own")
    storage.db.close()
    return path, own


def old_settings(values: dict[str, object]):
    settings = opt.open_settings()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    return settings


def test_typed_reach_in_old_settings_reaches_the_database_once_at_start_up(qtbot, tmp_path):
    path, own = book_with_own_channel(tmp_path)
    old_settings({f"own/reach_{own.id}_24h": 5000, f"own/reach_{own.id}_48h": "6100"})

    window = main.compose(main.parse_args(["--db", str(path)]), tmp_path)
    qtbot.addWidget(window)

    channel = window.services.storage.channels.get(own.id)
    assert (channel.typed_reach(24), channel.typed_reach(48)) == (5000, 6100)
    settings = opt.open_settings()
    assert SETTINGS_VERSION.read(settings) == latest_settings_version() == 1
    assert not [key for key in settings.allKeys() if key.startswith("own/")]

    # A second start does nothing: not even a stale key written meanwhile is read again.
    settings.setValue(f"own/reach_{own.id}_24h", 9999)
    settings.sync()
    ini = Path(opt.settings_path())
    text_before = ini.read_text(encoding="utf-8")
    assert upgrade_settings(settings, window.services.storage) == 1
    assert ini.read_text(encoding="utf-8") == text_before
    assert window.services.storage.channels.get(own.id).typed_reach(24) == 5000


def test_a_read_only_book_keeps_old_settings_until_a_start_that_can_write(qtbot, tmp_path):
    path, own = book_with_own_channel(tmp_path)
    old_settings({f"own/reach_{own.id}_24h": 5000})

    read_only = main.compose(main.parse_args(["--db", str(path), "--read-only"]), tmp_path)
    qtbot.addWidget(read_only)
    settings = opt.open_settings()
    assert settings.contains(f"own/reach_{own.id}_24h")
    assert SETTINGS_VERSION.read(settings) == 0  # the step is still due
    read_only.services.storage.db.close()

    writable = Storage(open_database(path))
    assert upgrade_settings(opt.open_settings(), writable) == 1
    assert writable.channels.get(own.id).typed_reach(24) == 5000
    assert not opt.open_settings().contains(f"own/reach_{own.id}_24h")


def test_a_new_settings_file_is_stamped_at_once(tmp_path):
    storage = Storage(open_database(tmp_path / "book.sqlite3"))
    settings = opt.open_settings()
    assert upgrade_settings(settings, storage) == latest_settings_version()
    assert settings.allKeys() == [SETTINGS_VERSION.key]
