"""The log file: every warning, error and unexpected traceback, kept in the data folder.

On Windows the app has no console, so without this file every error would be lost. The file is
``channelrate.log`` in the data folder, owner-only like the rest of it (see
:mod:`storage.fileperms`), rotated at a few megabytes with three older files kept.

Nothing secret reaches the file: every line passes through :class:`RedactingFormatter`, which hides
Telegram API hashes, phone numbers, long session-like strings and any value handed to
:func:`remember_secret` (the login code, the cloud password). Set up once, first thing at start-up,
by :func:`logging_to_data_folder`; Qt-free, so it works before any window exists.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from storage.fileperms import create_private_file
from storage.paths import data_dir

LOG_FILE = "channelrate.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3
HIDDEN = "<hidden>"

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

# What a secret looks like when nobody told us its value.
_PATTERNS = (
    re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])"),  # a Telegram API hash
    re.compile(r"(?<![\w+])\+\d[\d \-()]{6,17}\d"),  # a phone number written with "+"
    re.compile(r"[A-Za-z0-9+_\-]{100,}={0,2}"),  # a string session (URL-safe base64)
)
_MIN_SECRET_LENGTH = 4  # shorter values would hide ordinary numbers and words everywhere

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Hide ``value`` wherever it would appear in the log from now on (a login code, a password,
    a phone number as typed)."""
    text = (value or "").strip()
    if len(text) >= _MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets.add(text)


def redact(text: str) -> str:
    """``text`` with every known or recognisable secret replaced by ``<hidden>``."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)  # longest first: no half-hidden value
    for secret in known:
        text = text.replace(secret, HIDDEN)
    for pattern in _PATTERNS:
        text = pattern.sub(HIDDEN, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then hides secrets in the whole line, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the fresh one after a rollover too, is owner-only."""

    def _open(self):
        create_private_file(Path(self.baseFilename))
        return super()._open()


def log_path(folder: Path | None = None) -> Path:
    """Where the log file is: ``channelrate.log`` in ``folder`` or the data folder."""
    return Path(folder if folder is not None else data_dir()) / LOG_FILE


@contextlib.contextmanager
def logging_to_data_folder(folder: Path | None = None) -> Iterator[Path]:
    """Send the app's log to the rotating file (and warnings to the console, where one exists)
    while the block runs; yields the file's path. An exception leaving the block is logged
    before it goes on."""
    path = log_path(folder)
    formatter = RedactingFormatter(_FORMAT)
    handlers: list[logging.Handler] = []
    try:
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:  # a full or read-only disk must not stop the app from starting
        print(f"ChannelRate cannot write its log file {path}: {error}", file=sys.stderr)
    else:
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
    if sys.stderr is not None:  # a windowed build on Windows has no console at all
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        handlers.append(console)
    root = logging.getLogger()
    previous_level = root.level
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("telethon").setLevel(logging.WARNING)  # connection chatter, not errors
    logging.captureWarnings(True)
    log = logging.getLogger("channelrate")
    log.info("ChannelRate starting (Python %s on %s)", sys.version.split()[0], sys.platform)
    try:
        yield path
    except Exception:
        log.exception("ChannelRate stopped on an unexpected error")
        raise
    finally:
        logging.captureWarnings(False)
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(previous_level)
