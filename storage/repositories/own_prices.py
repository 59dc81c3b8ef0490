"""The own prices repository: the admin's price list, one dated price per format."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from peewee import Database

from storage.models import OwnPrice
from storage.records import OwnPriceRecord


def _own_price_record(row: OwnPrice) -> OwnPriceRecord:
    return OwnPriceRecord(
        id=row.id,
        channel_id=row.channel_id,
        top_hours=row.top_hours,
        feed_hours=row.feed_hours,
        native=row.native,
        price=row.price,
        currency=row.currency,
        valid_from=row.valid_from,
    )


class OwnPriceRepository:
    """The admin's own price list, one dated price per format; older prices are kept as history."""

    def __init__(self, db: Database):
        self.db = db

    def set_price(
        self,
        channel_id: int,
        price: Decimal,
        currency: str,
        top_hours: int,
        feed_hours: int | None,
        native: bool = False,
        valid_from: datetime | None = None,
    ) -> OwnPriceRecord:
        if not isinstance(price, Decimal):
            raise TypeError("price must be a Decimal")
        fields = {
            "channel": channel_id,
            "price": price,
            "currency": currency.upper(),
            "top_hours": top_hours,
            "feed_hours": feed_hours,
            "native": native,
        }
        if valid_from is not None:
            fields["valid_from"] = valid_from
        with self.db.atomic():
            row = OwnPrice.create(**fields)
        return _own_price_record(OwnPrice.get_by_id(row.id))

    def current(self, channel_id: int) -> list[OwnPriceRecord]:
        """The latest price for each format."""
        rows = (
            OwnPrice.select()
            .where(OwnPrice.channel == channel_id)
            .order_by(OwnPrice.valid_from.desc(), OwnPrice.id.desc())
        )
        latest: dict[tuple, OwnPriceRecord] = {}
        for row in rows:
            key = (row.top_hours, row.feed_hours, row.native)
            latest.setdefault(key, _own_price_record(row))
        return sorted(latest.values(), key=lambda r: (r.feed_hours or 10**6, r.top_hours, r.native))

    def history(self, channel_id: int) -> list[OwnPriceRecord]:
        rows = OwnPrice.select().where(OwnPrice.channel == channel_id).order_by(OwnPrice.valid_from)
        return [_own_price_record(row) for row in rows]
