"""The user's-language text for a write the database refused: busy, read-only, a date out of range.

Storage raises these with plain English messages (it knows no Qt); widgets that report a failed
write pass the exception here and show what comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.engines import DatabaseBusyError, ReadOnlyDatabaseError
from storage.fields import EARLIEST_STORED, LATEST_STORED, DateOutOfRangeError


def storage_error_text(error: BaseException) -> str:
    """What went wrong and what to do; ``str(error)`` for anything else."""
    if isinstance(error, DatabaseBusyError):
        return QCoreApplication.translate(
            "StorageMessages",
            "The price book stayed busy for %1 s: another ChannelRate window or program is "
            "writing to it. Nothing was saved; try again in a moment.",
        ).replace("%1", f"{error.seconds:.0f}")
    if isinstance(error, ReadOnlyDatabaseError):
        return QCoreApplication.translate(
            "StorageMessages",
            "The price book is open read-only: nothing can be saved. "
            "Open a copy you may change to edit it.",
        )
    if isinstance(error, DateOutOfRangeError):
        return (
            QCoreApplication.translate(
                "StorageMessages", "Dates must be between %1 and %2; nothing was saved."
            )
            .replace("%1", str(EARLIEST_STORED.year))
            .replace("%2", str(LATEST_STORED.year - 1))
        )
    return str(error)
