"""Pure market logic: CPM, niche statistics, price suggestion, parsing, reach and quality.

Nothing here imports Qt, peewee or Telethon; dataclasses and ``Decimal`` in, dataclasses out.
The names below are the public API; other rooms import them from ``pricing``.
"""

from pricing.errors import InputError

# --- CPM, niche statistics, suggestion, parsers ---

# --- reach estimation and quality signals ---

__all__ = ["InputError"]
