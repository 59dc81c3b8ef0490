"""The one clock of the app: the current moment, timezone-aware UTC as everything is stored."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, in UTC (services take a ``clock`` argument defaulting to this, so tests can set it)."""
    return datetime.now(UTC)
