"""Owner-only files and folders, the same way on Linux, macOS and Windows.

The data folder holds a full login to the user's Telegram account (the session file), the API hash,
the price book with channel access hashes, and the settings. Where the system has Unix modes
(Linux, macOS) files are created 0600 and the folder 0700, whatever the umask says, and files an
older version left readable are tightened.

Windows has no such modes: ``os.chmod`` only sets or clears the read-only flag, and ``os.fchmod``
does not exist before Python 3.13. There the protection is the folder itself: the default data
folder is inside the user's profile (``%LOCALAPPDATA%\\ChannelRate``), whose access list, inherited
by every file created in it, grants the user, SYSTEM and Administrators only. Nothing here calls a
function the platform lacks, so the same calls are safe everywhere; a folder chosen with
``CHANNELRATE_DATA_DIR`` outside the profile keeps the access list of where it is.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

# Files SQLite keeps next to a database; they hold the same rows as the database itself.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

_BINARY = getattr(os, "O_BINARY", 0)  # Windows opens files in text mode unless told otherwise


def has_unix_modes() -> bool:
    """Whether permission bits mean "who may read": true on Linux and macOS, not on Windows."""
    return os.name == "posix"


def _restrict_open_file(fd: int, path: Path) -> None:
    """Make an open file owner-only: through the descriptor where that exists (no window in
    which another name could be swapped in), else through the path (Windows before 3.13)."""
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None and has_unix_modes():
        fchmod(fd, PRIVATE_FILE)
    else:
        os.chmod(path, PRIVATE_FILE)


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only if it is missing, or take the group's and others'
    access away from the existing file (its contents and the owner's own access are kept).
    Creates the parent folder owner-only when missing."""
    path = Path(path)
    make_private_dir(path.parent, tighten_existing=False)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, PRIVATE_FILE)
    except FileExistsError:
        tighten_file(path)
        return path
    try:
        _restrict_open_file(fd, path)
    finally:
        os.close(fd)
    return path


def write_private_file(path: Path, data: bytes) -> Path:
    """Replace the contents of ``path`` with ``data`` in a file only its owner can read, also
    when the file already existed with wider permissions."""
    path = Path(path)
    make_private_dir(path.parent, tighten_existing=False)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, PRIVATE_FILE)
    try:
        _restrict_open_file(fd, path)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    return path


def tighten_file(path: Path) -> bool:
    """Take the group's and others' access away from an existing file; returns whether the file
    exists. The owner's own bits stay as they are, so a file the user made read-only stays
    read-only; a file owned by someone else is left alone (it cannot be changed anyway)."""
    path = Path(path)
    if not path.is_file():
        return False
    if has_unix_modes():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            try:
                os.chmod(path, mode & 0o700)
            except OSError as error:
                log.warning("could not make %s owner-only: %s", path, error)
    return True


def tighten_sqlite_files(path: Path) -> list[Path]:
    """Make a SQLite database and its -wal, -shm and -journal files owner-only; returns the
    files that exist. SQLite creates its side files with the database's own mode, so a private
    database keeps them private from then on; this also mends files an older version left 0644."""
    path = Path(path)
    candidates = [path, *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_FILES)]
    return [p for p in candidates if tighten_file(p)]


def _may_tighten_dir(path: Path) -> bool:
    """A folder is made 0700 only if it is ours: owned by this user and not a shared folder
    such as /tmp or /dev/shm (sticky bit), which others rely on being open."""
    info = path.stat()
    if info.st_mode & stat.S_ISVTX:
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def make_private_dir(path: Path, *, tighten_existing: bool = True) -> Path:
    """Create ``path`` (and missing parents) with the last folder 0700 whatever the umask.

    An existing folder loses the group's and others' access when ``tighten_existing`` and it is
    ours (see :func:`_may_tighten_dir`). On Windows the folder keeps the access list it inherits
    from the user's profile (see the module docstring).
    """
    path = Path(path)
    created = False
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=PRIVATE_DIR)
            created = True
        except FileExistsError:  # made meanwhile by another process, or a file in the way
            if not path.is_dir():
                raise
    if not has_unix_modes():
        return path
    mode = stat.S_IMODE(path.stat().st_mode)
    if created and mode != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode passes through the umask; this does not
    elif not created and mode & 0o077 and tighten_existing and _may_tighten_dir(path):
        try:
            os.chmod(path, mode & 0o700)
        except OSError as error:
            log.warning("could not make %s owner-only: %s", path, error)
    return path
