"""The niches repository: the topics channels are grouped by, each with its currency."""

from __future__ import annotations

from peewee import Database

from storage.models import Niche
from storage.records import NicheRecord
from storage.repositories.naming import find_by_casefold


class NicheRepository:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[NicheRecord]:
        """Every niche, by name."""
        return [NicheRecord(n.id, n.name, n.currency) for n in Niche.select().order_by(Niche.name)]

    def get_or_create(self, name: str, currency: str = "RUB") -> NicheRecord:
        name = " ".join(name.split())
        if not name:
            raise ValueError("A niche needs a name")
        with self.db.atomic():
            row = find_by_casefold(Niche.select(), "name", name)
            if row is None:
                row = Niche.create(name=name, currency=currency)
        return NicheRecord(row.id, row.name, row.currency)
