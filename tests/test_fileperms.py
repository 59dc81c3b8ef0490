"""Owner-only files on every platform: the data folder, the Telegram session, the API credentials,
the price book with its -wal/-shm, and the settings INI.

Each test runs twice: with the system as it is, and with ``os.fchmod`` removed, as on Windows
with Python 3.11 and 3.12, so the path Windows takes is run here too. A permissive umask (000)
shows the modes come from the app, not from the umask.
"""

import asyncio
import os
import stat
from pathlib import Path

import pytest

from storage import Storage, fileperms
from storage.db import open_database
from storage.paths import data_dir
from tgclient.credentials import (
    ApiCredentials,
    CredentialsError,
    load_credentials,
    save_credentials,
)
from tgclient.session import delete_session, has_session, prepare_session_file, session_path

GOOD_HASH = "0123456789abcdef0123456789abcdef"

posix_only = pytest.mark.skipif(os.name != "posix", reason="reads Unix permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=["fchmod", "no fchmod"])
def platform_calls(request, monkeypatch):
    """The file functions as this system has them, and as Windows before Python 3.13 has them."""
    if request.param == "no fchmod":
        monkeypatch.delattr(os, "fchmod", raising=False)
    return request.param


@pytest.fixture
def open_umask():
    """umask 000: every file and folder would be world-writable unless the app says otherwise."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@posix_only
def test_the_data_folder_is_created_0700_under_umask_000(
    platform_calls, open_umask, tmp_path, monkeypatch
):
    folder = tmp_path / "deep" / "ChannelRate"
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(folder))
    assert data_dir() == folder
    assert mode(folder) == 0o700


@posix_only
def test_a_data_folder_left_0755_by_an_older_version_is_tightened(tmp_path, monkeypatch):
    folder = tmp_path / "ChannelRate"
    folder.mkdir()
    folder.chmod(0o755)
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(folder))
    data_dir()
    assert mode(folder) == 0o700


@posix_only
def test_a_shared_folder_chosen_as_data_folder_is_left_open_for_others(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp or /dev/shm: other users rely on it
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(shared))
    data_dir()
    assert mode(shared) == 0o1777


@posix_only
def test_session_credentials_database_and_settings_are_owner_only(
    platform_calls, open_umask, tmp_path, monkeypatch, qapp
):
    folder = tmp_path / "data"
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(folder))
    monkeypatch.setenv("CHANNELRATE_DB", str(folder / "channelrate.sqlite3"))

    session = prepare_session_file(session_path())
    credentials = save_credentials(ApiCredentials(777, GOOD_HASH))
    assert load_credentials().api_hash == GOOD_HASH

    db = open_database()
    Storage(db).channels.get_or_create("@durov")  # a write: SQLite opens -wal and -shm
    database = Path(db.database)
    sides = [Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert all(p.exists() for p in sides)

    from ui.settings import open_settings

    settings = open_settings()
    settings.setValue("window/geometry", "x")
    settings.sync()
    ini = Path(settings.fileName())
    assert ini.read_text(encoding="utf-8").strip()

    assert {p.name: mode(p) for p in [session, credentials, database, *sides, ini]} == {
        "telegram.session": 0o600,
        "telegram_api.json": 0o600,
        "channelrate.sqlite3": 0o600,
        "channelrate.sqlite3-wal": 0o600,
        "channelrate.sqlite3-shm": 0o600,
        "settings.ini": 0o600,
    }
    assert mode(folder) == 0o700
    db.close()


@posix_only
def test_files_an_older_version_left_0644_are_tightened(platform_calls, tmp_path):
    db_path = tmp_path / "book.sqlite3"
    open_database(db_path).close()
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        path.touch()
        path.chmod(0o644)
    credentials = tmp_path / "telegram_api.json"
    credentials.write_text("{}")
    credentials.chmod(0o644)
    session = session_path(tmp_path)
    session.write_bytes(b"")
    session.chmod(0o644)

    db = open_database(db_path)
    with pytest.raises(CredentialsError):  # read (and mended) even when it cannot be used
        load_credentials(tmp_path)
    prepare_session_file(session)

    assert mode(db_path) == mode(Path(f"{db_path}-wal")) == 0o600
    assert mode(Path(f"{db_path}-shm")) == 0o600
    assert mode(credentials) == mode(session) == 0o600
    db.close()


def test_a_real_telethon_session_works_without_fchmod(platform_calls, tmp_path):
    from tgclient.gateway import create_telethon_gateway

    path = session_path(tmp_path)

    async def build():
        gateway = create_telethon_gateway(ApiCredentials(777, GOOD_HASH), path)
        gateway.client.session.set_dc(2, "149.154.167.51", 443)
        gateway.client.session.save()
        gateway.client.session.close()

    asyncio.run(build())
    assert has_session(path)
    if fileperms.has_unix_modes():
        assert mode(path) == 0o600
    delete_session(path)
    assert not has_session(path)


def test_where_files_have_no_unix_modes_nothing_fails_and_contents_are_kept(tmp_path, monkeypatch):
    """Windows: no fchmod, and chmod only flips the read-only flag. Every call still works and
    writes what it should; the protection there is the profile folder's access list."""
    monkeypatch.delattr(os, "fchmod", raising=False)
    monkeypatch.setattr(fileperms, "has_unix_modes", lambda: False)
    chmods = []
    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", lambda p, m, **kw: (chmods.append(m), real_chmod(p, m)))

    folder = fileperms.make_private_dir(tmp_path / "Иван Петров" / "ChannelRate")
    written = fileperms.write_private_file(folder / "a.json", b'{"a":\n1}')
    assert written.read_bytes() == b'{"a":\n1}'  # binary: no \r\n on Windows
    fileperms.write_private_file(written, b"{}")
    assert written.read_bytes() == b"{}"
    created = fileperms.create_private_file(folder / "telegram.session")
    assert created.exists() and created.stat().st_size == 0
    assert fileperms.tighten_sqlite_files(created) == [created]
    # only the read-only flag's "writable" value ever reaches chmod there: 0600 keeps it writable
    assert set(chmods) <= {fileperms.PRIVATE_FILE}


@posix_only
@pytest.mark.parametrize(
    ("before", "after"), [(0o644, 0o600), (0o666, 0o600), (0o444, 0o400), (0o600, 0o600)]
)
def test_tightening_only_takes_access_away_from_others(tmp_path, before, after):
    """A price book the user made read-only stays read-only: only the group's and others' bits
    go."""
    path = tmp_path / "book.sqlite3"
    path.write_bytes(b"")
    path.chmod(before)
    assert fileperms.tighten_file(path)
    assert mode(path) == after


@posix_only
def test_a_file_that_cannot_be_changed_is_left_with_a_warning_not_an_error(
    tmp_path, monkeypatch, caplog
):
    path = tmp_path / "settings.ini"
    path.write_text("[General]\n", encoding="utf-8")
    path.chmod(0o644)

    def refused(*_args, **_kwargs):
        raise PermissionError("Operation not permitted")

    monkeypatch.setattr(os, "chmod", refused)
    assert fileperms.create_private_file(path) == path
    assert path.read_text(encoding="utf-8") == "[General]\n"
    assert "could not make" in caplog.text
