"""The user's own Telegram API id and hash.

Each user creates a pair at https://my.telegram.org ("API development tools"); none is shipped with
the app (published ids get blocked by Telegram). The pair comes from ``CHANNELRATE_API_ID`` /
``CHANNELRATE_API_HASH`` or from a file in the data folder readable by the owner only. The hash is
a secret: it never appears in ``repr``, logs or error messages.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from storage.fileperms import tighten_file, write_private_file
from storage.paths import data_dir
from tgclient.errors import SignInError

CREDENTIALS_FILE = "telegram_api.json"
ENV_API_ID = "CHANNELRATE_API_ID"
ENV_API_HASH = "CHANNELRATE_API_HASH"

_API_HASH = re.compile(r"^[0-9a-f]{32}$")
_API_ID = re.compile(r"^[0-9]{1,10}$")


class CredentialsError(SignInError, ValueError):
    """An API id or hash that cannot be right; the message says what is expected (in English,
    for the log; the UI shows its own text for each kind below)."""


class ApiIdEmpty(CredentialsError):
    """No API id was typed."""


class ApiIdNotNumber(CredentialsError):
    """The API id is not a whole number above 0."""


class ApiHashEmpty(CredentialsError):
    """No API hash was typed."""


class ApiHashMalformed(CredentialsError):
    """The API hash is not 32 hexadecimal characters."""


class EnvironmentIncomplete(CredentialsError):
    """Only one of the two environment variables is set."""


class SavedCredentialsUnreadable(CredentialsError):
    """The saved pair could not be read (a damaged or hand-edited file)."""


@dataclass(frozen=True)
class ApiCredentials:
    api_id: int
    api_hash: str = field(repr=False)
    source: str = "file"  # "file", "environment" or "typed"

    def __repr__(self) -> str:  # the hash stays out of logs and tracebacks
        return f"ApiCredentials(api_id={self.api_id}, api_hash=<hidden>, source={self.source!r})"


def parse_credentials(api_id: str | int, api_hash: str, source: str = "typed") -> ApiCredentials:
    """Check an API id / hash pair as typed or pasted; raise :class:`CredentialsError` if wrong."""
    id_text = str(api_id).strip()
    if not id_text:
        raise ApiIdEmpty("API id is empty. Copy it from my.telegram.org → API development tools.")
    if not _API_ID.match(id_text) or int(id_text) <= 0:
        raise ApiIdNotNumber("API id must be a whole number, such as 1234567.")
    hash_text = str(api_hash).strip().lower()
    if not hash_text:
        raise ApiHashEmpty(
            "API hash is empty. Copy it from my.telegram.org → API development tools."
        )
    if not _API_HASH.match(hash_text):
        raise ApiHashMalformed(
            "API hash must be 32 characters of digits and letters a–f, as shown on my.telegram.org."
        )
    return ApiCredentials(int(id_text), hash_text, source)


def credentials_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / CREDENTIALS_FILE


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (0600), also when it already existed."""
    write_private_file(path, data)


def load_credentials(folder: Path | None = None) -> ApiCredentials | None:
    """The environment's pair if both variables are set, else the saved one, else None.

    Broken values raise :class:`CredentialsError` so the user learns why sign-in is not offered.
    """
    env_id, env_hash = os.environ.get(ENV_API_ID), os.environ.get(ENV_API_HASH)
    if env_id or env_hash:
        if not (env_id and env_hash):
            raise EnvironmentIncomplete(f"Set both {ENV_API_ID} and {ENV_API_HASH}, or neither.")
        return parse_credentials(env_id, env_hash, source="environment")
    path = credentials_path(folder)
    if not tighten_file(path):  # a file an older version left readable by others is mended
        return None
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return parse_credentials(saved["api_id"], saved["api_hash"], source="file")
    except (OSError, ValueError, KeyError, TypeError) as error:
        if isinstance(error, CredentialsError):
            raise
        raise SavedCredentialsUnreadable(
            "The saved Telegram API id / hash could not be read; enter them again."
        ) from None


def save_credentials(credentials: ApiCredentials, folder: Path | None = None) -> Path:
    path = credentials_path(folder)
    payload = {"api_id": credentials.api_id, "api_hash": credentials.api_hash}
    write_private(path, json.dumps(payload).encode("utf-8"))
    return path


def delete_credentials(folder: Path | None = None) -> None:
    credentials_path(folder).unlink(missing_ok=True)
