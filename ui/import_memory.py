"""The column roles a user chose in the import preview, remembered per header row.

The next file with the same headers (compared as :func:`normalise_header` writes them) opens
with the same roles, so a weekly price list is mapped once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings

from storage.import_headers import ColumnMapping, ColumnRole, normalise_header
from ui import settings as opt

KEPT = 50  # header rows remembered; the oldest is forgotten first


def _key(headers: Sequence[object]) -> str:
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def _load(settings: QSettings) -> dict[str, list[str]]:
    try:
        stored = json.loads(opt.IMPORT_MAPPINGS.read(settings))
    except (TypeError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def remember(settings: QSettings, headers: Sequence[object], mapping: ColumnMapping) -> None:
    stored = _load(settings)
    stored.pop(_key(headers), None)
    stored[_key(headers)] = mapping.keys()
    while len(stored) > KEPT:
        stored.pop(next(iter(stored)))
    opt.IMPORT_MAPPINGS.write(settings, json.dumps(stored))


def remembered(settings: QSettings):
    """A function of a header row → the roles chosen for it before, or None. It holds a copy of
    the settings, so a worker thread may call it."""
    stored = _load(settings)

    def lookup(headers: Sequence[object]) -> ColumnMapping | None:
        keys = stored.get(_key(headers))
        if not isinstance(keys, list) or len(keys) != len(headers):
            return None
        roles = tuple(ColumnRole.from_key(k) for k in keys)
        return ColumnMapping(roles, settled=frozenset(range(len(roles))))

    return lookup
