"""What the placements repository hands out: plain frozen dataclasses, never peewee rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class PlacementDraft:
    """A placement as the user typed it, before it has a row.

    ``seller`` is ``@username``, a ``t.me`` link or a title (as a quote's channel); ``seller_id``
    keeps an edit on its stored channel while the name still names it.
    """

    seller: str
    price: Decimal
    posted_at: datetime
    currency: str = "RUB"
    top_hours: int = 1
    feed_hours: int | None = 24
    native: bool = False
    ad_post_link: str = ""
    promoted_id: int | None = None
    typed_views: int | None = None
    typed_joins: int | None = None
    subscriber_value: Decimal | None = None
    note: str = ""
    seller_id: int | None = None


@dataclass(frozen=True)
class InviteRecord:
    id: int
    placement_id: int
    link: str
    title: str
    created_here: bool
    created_at: datetime


@dataclass(frozen=True)
class PlacementRecord:
    id: int
    seller_id: int
    seller_name: str
    seller_username: str | None
    niche_id: int | None
    promoted_id: int | None
    promoted_name: str | None
    price: Decimal
    currency: str
    top_hours: int
    feed_hours: int | None
    native: bool
    posted_at: datetime
    ad_post_link: str
    ad_message_id: int | None
    typed_views: int | None
    typed_joins: int | None
    subscriber_value: Decimal | None
    note: str
    invite: InviteRecord | None = None

    def as_draft(self) -> PlacementDraft:
        return PlacementDraft(
            seller=self.seller_name,
            price=self.price,
            posted_at=self.posted_at,
            currency=self.currency,
            top_hours=self.top_hours,
            feed_hours=self.feed_hours,
            native=self.native,
            ad_post_link=self.ad_post_link,
            promoted_id=self.promoted_id,
            typed_views=self.typed_views,
            typed_joins=self.typed_joins,
            subscriber_value=self.subscriber_value,
            note=self.note,
            seller_id=self.seller_id,
        )


@dataclass(frozen=True)
class ImportedJoin:
    """One subscriber who joined through a link, as Telegram lists them."""

    user_id: int
    joined_at: datetime


@dataclass(frozen=True)
class InviteBundle:
    """A link with the counter readings and joins read for it, to put back after an undo."""

    invite: InviteRecord
    snapshots: tuple[tuple[datetime, int], ...] = ()
    joins: tuple[ImportedJoin, ...] = ()


@dataclass(frozen=True)
class PlacementBundle:
    """A deleted placement with everything hanging off it, so an undo puts all of it back."""

    record: PlacementRecord
    snapshots: tuple[tuple[datetime, int], ...] = ()
    joins: tuple[ImportedJoin, ...] = ()
