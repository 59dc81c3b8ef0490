"""Column types that keep the project's rules: money is Decimal, times are UTC-aware."""

from datetime import UTC, datetime

from peewee import DateTimeField

_STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class UtcDateTimeField(DateTimeField):
    """Stores aware datetimes as UTC and gives them back aware.

    A naive datetime is refused: its zone is unknown and guessing would shift stored history.
    The text form (``YYYY-MM-DD HH:MM:SS.ffffff``, always UTC) sorts chronologically in SQLite.
    """

    def db_value(self, value):
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"{self.name} needs a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError(f"{self.name} needs a timezone-aware datetime")
        # One fixed text form for every backend: PostgreSQL casts it to timestamp as well.
        return value.astimezone(UTC).strftime(_STORED_FORMAT)

    def python_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
