"""Copying a whole price book into another database: a local book into a team server.

Rows keep their ids, so quotes, channels and their history stay linked; the target must be a
new, empty price book (a server already in use is refused before anything is copied). The copy
is one transaction on the target: a failure leaves it as empty as it was.
"""

from __future__ import annotations

from peewee import Database

from storage.engines import sync_id_sequence
from storage.models import ALL_MODELS, Channel, Niche, PriceQuote, SchemaVersion

COPIED_MODELS = tuple(model for model in ALL_MODELS if model is not SchemaVersion)
# SQLite allows 999 variables per statement (older builds): keep every batch under it.
_MAX_VARIABLES = 900


class TargetNotEmptyError(ValueError):
    """The target already holds a price book; copying into it would mix two books."""


def copy_book(source: Database, target: Database) -> dict[str, int]:
    """Copy every row from ``source`` into ``target`` (both open and migrated to the same
    schema); returns the rows copied per table."""
    with target.bind_ctx(COPIED_MODELS):
        if any(model.select().exists() for model in (Niche, Channel, PriceQuote)):
            raise TargetNotEmptyError(
                "The target database already holds a price book; copy into an empty one."
            )
    copied: dict[str, int] = {}
    with target.atomic():
        for model in COPIED_MODELS:
            fields = model._meta.sorted_fields
            with source.bind_ctx([model]):
                rows = list(model.select(*fields).order_by(model._meta.primary_key).tuples())
            per_statement = max(1, _MAX_VARIABLES // len(fields))
            with target.bind_ctx([model]):
                for start in range(0, len(rows), per_statement):
                    model.insert_many(rows[start : start + per_statement], fields=fields).execute()
            sync_id_sequence(target, model._meta.table_name)
            copied[model._meta.table_name] = len(rows)
    return copied
