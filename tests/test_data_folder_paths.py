"""The data folder where real users have it: under a Cyrillic user name with a space
(``C:\\Users\\Иван Петров\\AppData\\Local\\ChannelRate``), very deep, or on another drive or mount.

Each place is used the way the app uses it: the price book is created, written, closed and opened
again; the API credentials and a real Telethon session file are saved and read back; the settings
INI round-trips Cyrillic text; a CSV is imported from and exported to the folder; the window starts
on it.
"""

import asyncio
import os
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage import QuoteDraft, Storage
from storage.db import open_database
from storage.importexport import commit_preview, export_csv, read_preview
from storage.paths import data_dir, default_database_target
from tgclient.credentials import ApiCredentials, load_credentials, save_credentials
from tgclient.session import has_session, session_path

GOOD_HASH = "0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
CYRILLIC_PROFILE = Path("Users") / "Иван Петров" / "AppData" / "Local" / "ChannelRate"


def other_mount() -> Path | None:
    """A writable folder on another file system than the tests' temporary folder, if any."""
    here = os.stat(tempfile.gettempdir()).st_dev
    for candidate in ("/dev/shm", "/run/user", "/Volumes/RAMDisk", "D:\\"):
        path = Path(candidate)
        try:
            if path.is_dir() and os.access(path, os.W_OK) and os.stat(path).st_dev != here:
                return path
        except OSError:
            continue
    return None


def use_data_folder(folder: Path, monkeypatch) -> None:
    """Point the app at ``folder`` the way a user does: CHANNELRATE_DATA_DIR only."""
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(folder))
    monkeypatch.delenv("CHANNELRATE_DB")


def exercise_data_folder(folder: Path) -> None:
    assert data_dir() == folder and folder.is_dir()
    assert Path(default_database_target()).parent == folder

    db = open_database()
    storage = Storage(db)
    storage.quotes.add(QuoteDraft("https://telegram.dog/coin_daily", Decimal(1500), NOW))
    storage.quotes.add(QuoteDraft("Крипто Дайджест", Decimal("990.50"), NOW, niche="Крипто"))
    exported = folder / "экспорт цен.csv"
    assert export_csv(exported, storage.quotes.all()) == 2
    db.close()

    db = open_database()  # opened again from the same path
    storage = Storage(db)
    assert sorted(q.channel_name for q in storage.quotes.all()) == [
        "@coin_daily",
        "Крипто Дайджест",
    ]
    incoming = folder / "прайс от админа.csv"
    incoming.write_text(
        "channel,price,format,date\n@fresh_news,800,1/24,2026-03-01\n", encoding="utf-8"
    )
    preview = read_preview(incoming, storage)
    assert len(preview.accepted) == 1, preview.rejected
    commit_preview(storage, preview)
    assert len(storage.quotes.all()) == 3
    assert Path(db.database).parent == folder
    db.close()

    save_credentials(ApiCredentials(777, GOOD_HASH))
    assert load_credentials().api_id == 777

    from tgclient.gateway import create_telethon_gateway

    async def sign_in_file():
        gateway = create_telethon_gateway(ApiCredentials(777, GOOD_HASH), session_path())
        gateway.client.session.set_dc(2, "149.154.167.51", 443)
        gateway.client.session.save()
        gateway.client.session.close()

    asyncio.run(sign_in_file())
    assert has_session() and session_path().parent == folder

    from ui.settings import open_settings

    settings = open_settings()
    settings.setValue("last/niche", "Крипто и финансы")
    settings.sync()
    assert Path(settings.fileName()).parent == folder
    assert open_settings().value("last/niche") == "Крипто и финансы"


def test_a_cyrillic_user_name_with_a_space(tmp_path, monkeypatch, qapp):
    folder = tmp_path / CYRILLIC_PROFILE
    use_data_folder(folder, monkeypatch)
    exercise_data_folder(folder)


def test_a_path_longer_than_windows_260_characters(tmp_path, monkeypatch, qapp):
    """Past Windows' old 260-character limit, within SQLite's own: about 500 bytes of UTF-8 on
    Linux and macOS (SQLite's ``mxPathname``; a longer database path cannot be opened at all)."""
    folder = tmp_path / CYRILLIC_PROFILE
    while len(str(folder)) < 280:
        folder = folder / "a long folder name"
    assert len(str(folder / "channelrate.sqlite3-journal").encode()) < 500
    if os.name == "nt":  # long paths need LongPathsEnabled; without it Windows itself refuses
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            pytest.skip(f"long paths are not enabled on this Windows: {error}")
    use_data_folder(folder, monkeypatch)
    exercise_data_folder(folder)


def test_the_data_folder_on_another_mount(monkeypatch, qapp):
    mount = other_mount()
    if mount is None:
        pytest.skip("no writable folder on a second file system (such as /dev/shm) here")
    with tempfile.TemporaryDirectory(dir=mount, prefix="channelrate ") as base:
        folder = Path(base) / "Данные ChannelRate"
        use_data_folder(folder, monkeypatch)
        exercise_data_folder(folder)


@pytest.mark.gui
def test_the_app_starts_on_a_cyrillic_data_folder(tmp_path, monkeypatch, qapp):
    import main

    folder = tmp_path / CYRILLIC_PROFILE
    use_data_folder(folder, monkeypatch)
    shot = folder / "окно.png"
    assert main.run(["--screenshot", str(shot), "--lang", "ru"]) == 0
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert (folder / "channelrate.sqlite3").stat().st_size > 0
