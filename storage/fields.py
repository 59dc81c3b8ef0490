"""Column types that keep the project's rules: money is Decimal, times are UTC-aware."""

import re
from datetime import UTC, datetime

from peewee import DateTimeField

_STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

# Nothing the price book records (quotes, posts, view readings) is older than Telegram or far in
# the future; a date outside these bounds is a typo or a broken file, and year 1 or 9999 even
# overflows when shown in a local time zone.
EARLIEST_STORED = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_STORED = datetime(2200, 1, 1, tzinfo=UTC)

# Stored text whose year is not four digits (older versions wrote year 1 as "1-01-01 …").
_SHORT_YEAR = re.compile(r"^(-?\d{1,3})-")


class DateOutOfRangeError(ValueError):
    """A datetime outside ``EARLIEST_STORED`` … ``LATEST_STORED``; it is never stored."""


class UtcDateTimeField(DateTimeField):
    """Stores aware datetimes as UTC and gives them back aware.

    A naive datetime is refused: its zone is unknown and guessing would shift stored history.
    So is one outside 1970–2200, whichever way it arrives (typed, imported, synced). The text
    form (``YYYY-MM-DD HH:MM:SS.ffffff``, always UTC) sorts chronologically in SQLite.
    """

    def db_value(self, value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"{self.name} needs a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError(f"{self.name} needs a timezone-aware datetime")
        if not EARLIEST_STORED <= value < LATEST_STORED:
            raise DateOutOfRangeError(
                f"{self.name} must be between {EARLIEST_STORED.year} and "
                f"{LATEST_STORED.year - 1}, got {value.isoformat()}"
            )
        # One fixed text form for every backend: PostgreSQL casts it to timestamp as well.
        return value.astimezone(UTC).strftime(_STORED_FORMAT)

    def python_value(self, value: object) -> datetime | None:
        """The stored time; one written before the range check (such as year 1) reads as the
        nearest bound instead of stopping every read of its table."""
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(_SHORT_YEAR.sub(_pad_year, value.strip()))
            except ValueError:
                return EARLIEST_STORED
        if not isinstance(value, datetime):
            return EARLIEST_STORED
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return min(max(value, EARLIEST_STORED), LATEST_STORED)


def _pad_year(match: re.Match[str]) -> str:
    year = int(match.group(1))
    return f"{max(year, 1):04d}-"
