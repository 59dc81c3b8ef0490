"""API id / hash validation and storage, the session file's permissions, the network guard."""

import asyncio
import socket
import stat

import pytest
from fake_telegram import no_network  # noqa: F401

from storage.fileperms import has_unix_modes
from tgclient.credentials import (
    ApiCredentials,
    CredentialsError,
    credentials_path,
    load_credentials,
    parse_credentials,
    save_credentials,
)
from tgclient.session import delete_session, has_session, session_path

GOOD_HASH = "0123456789abcdef0123456789abcdef"


def mode(path) -> int:
    if not has_unix_modes():  # Windows: the profile folder's access list protects the file
        return 0o600
    return stat.S_IMODE(path.stat().st_mode)


def test_good_credentials_are_accepted_and_the_hash_never_shows():
    credentials = parse_credentials(" 1234567 ", GOOD_HASH.upper())
    assert credentials.api_id == 1234567
    assert credentials.api_hash == GOOD_HASH
    assert GOOD_HASH not in repr(credentials) and GOOD_HASH not in str(credentials)


@pytest.mark.parametrize(
    ("api_id", "api_hash", "message"),
    [
        ("", GOOD_HASH, "API id is empty"),
        ("12ab", GOOD_HASH, "whole number"),
        ("0", GOOD_HASH, "whole number"),
        ("123", "", "API hash is empty"),
        ("123", "xyz", "32 characters"),
        ("123", GOOD_HASH + "0", "32 characters"),
    ],
)
def test_bad_credentials_say_what_is_wrong(api_id, api_hash, message):
    with pytest.raises(CredentialsError, match=message):
        parse_credentials(api_id, api_hash)


def test_saved_credentials_are_owner_only_and_load_back(tmp_path):
    path = save_credentials(ApiCredentials(777, GOOD_HASH), tmp_path)
    assert mode(path) == 0o600
    loaded = load_credentials(tmp_path)
    assert (loaded.api_id, loaded.api_hash, loaded.source) == (777, GOOD_HASH, "file")


def test_environment_wins_and_must_be_complete(tmp_path, monkeypatch):
    save_credentials(ApiCredentials(777, GOOD_HASH), tmp_path)
    monkeypatch.setenv("CHANNELRATE_API_ID", "999")
    monkeypatch.setenv("CHANNELRATE_API_HASH", "f" * 32)
    assert load_credentials(tmp_path).api_id == 999
    monkeypatch.delenv("CHANNELRATE_API_HASH")
    with pytest.raises(CredentialsError, match="both"):
        load_credentials(tmp_path)


def test_a_damaged_credentials_file_asks_to_enter_them_again(tmp_path):
    credentials_path(tmp_path).write_text("{not json")
    with pytest.raises(CredentialsError, match="enter them again"):
        load_credentials(tmp_path)


def test_a_real_telethon_session_file_is_created_owner_only(tmp_path):
    from tgclient.gateway import create_telethon_gateway

    path = session_path(tmp_path)

    async def build():
        gateway = create_telethon_gateway(ApiCredentials(777, GOOD_HASH), path)
        gateway.client.session.save()
        gateway.client.session.close()

    asyncio.run(build())
    assert path.exists()
    assert mode(path) == 0o600
    delete_session(path)
    assert not has_session(path)


def test_the_network_guard_refuses_internet_connections():
    with pytest.raises(AssertionError, match="real network"):
        socket.create_connection(("149.154.167.51", 443), timeout=1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError):
        sock.connect(("149.154.167.51", 443))

    async def open_connection():
        await asyncio.open_connection("149.154.167.51", 443)

    with pytest.raises(AssertionError):
        asyncio.run(open_connection())
