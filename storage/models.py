"""Peewee models: the tables behind the price book, channels, posts and their view history.

Only ``storage`` touches these; everything else sees the dataclasses in ``storage.records``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar, Literal, overload

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    Context,
    DatabaseProxy,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

from storage.clock import utc_now
from storage.fields import UtcDateTimeField

database = DatabaseProxy()


@overload
def money_field(*, null: Literal[False] = False) -> DecimalField[Decimal]: ...
@overload
def money_field(*, null: Literal[True]) -> DecimalField[Decimal | None]: ...
def money_field(*, null: bool = False) -> DecimalField[Decimal] | DecimalField[Decimal | None]:
    # Four decimals cover kopecks, cents and fractional TON; auto_round keeps what comes back exact.
    if null:
        return DecimalField(max_digits=16, decimal_places=4, auto_round=True, null=True)
    return DecimalField(max_digits=16, decimal_places=4, auto_round=True)


class AutoIncrementField(AutoField):
    """A primary key whose values are never handed out twice, even after the newest row is deleted.

    SQLite reuses the highest rowid once that row is gone unless the key says AUTOINCREMENT; an undo
    that puts a deleted row back under its old id needs the id to still be free. PostgreSQL's
    SERIAL never goes back, so the keyword is added on SQLite only.
    """

    def ddl(self, ctx: Context) -> NodeList:
        node_list = super().ddl(ctx)
        db = self.model._meta.database
        if isinstance(getattr(db, "obj", db), SqliteDatabase):
            return NodeList((node_list, SQL("AUTOINCREMENT")))
        return node_list


class BaseModel(Model):
    if TYPE_CHECKING:  # peewee adds this key to every model that declares none
        id: ClassVar[AutoField[int]]

    class Meta:
        database = database
        legacy_table_names = False


#: The schema version this app writes: a book stamped with it opens without loading
#: :mod:`storage.migrations`, which brings older ones to it (a test keeps the two in step).
SCHEMA_VERSION = 7


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = UtcDateTimeField(default=utc_now)


class Niche(BaseModel):
    name = CharField(unique=True)
    currency = CharField(max_length=8, default="RUB")


class Channel(BaseModel):
    telegram_id = BigIntegerField(null=True, unique=True)
    access_hash = BigIntegerField(null=True)
    username = CharField(null=True, index=True)
    title = CharField(default="")
    niche = ForeignKeyField(Niche, null=True, backref="channels", on_delete="SET NULL")
    is_own = BooleanField(default=False)
    subscribers = IntegerField(null=True)
    caught_cheating = BooleanField(default=False)
    mega_compilations = BooleanField(default=False)
    under_promotion = BooleanField(default=False)
    narrow_niche = BooleanField(default=False)
    tracked = BooleanField(default=False)
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utc_now)
    # The admin's own reach typed on *My channel* (views of a post after 24 h / 48 h); None: not
    # typed. Measured figures are computed from view snapshots and never stored here.
    typed_reach_24h = IntegerField(null=True)
    typed_reach_48h = IntegerField(null=True)
    # An invite link's hash (t.me/+HASH), remembered like a username so it is not checked again.
    invite_hash = CharField(null=True, index=True)
    # Telegram refused the stored access hash and nothing could resolve the channel again: it has
    # to be opened again (its link pasted, or chosen again as the own channel).
    needs_reopen = BooleanField(default=False)


class SubscriberSnapshot(BaseModel):
    channel = ForeignKeyField(Channel, backref="subscriber_snapshots", on_delete="CASCADE")
    taken_at = UtcDateTimeField()
    count = IntegerField()

    class Meta:
        indexes = ((("channel", "taken_at"), True),)


class Post(BaseModel):
    channel = ForeignKeyField(Channel, backref="posts", on_delete="CASCADE")
    message_id = IntegerField()
    posted_at = UtcDateTimeField()
    edited_at = UtcDateTimeField(null=True)
    grouped_id = BigIntegerField(null=True)
    is_ad = BooleanField(null=True)  # None: not decided; the user's mark wins over a guess
    text = TextField(default="")
    # When the sync found the post gone from Telegram; its readings stay, it is no longer asked for.
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("channel", "message_id"), True),)


class ViewSnapshot(BaseModel):
    post = ForeignKeyField(Post, backref="view_snapshots", on_delete="CASCADE")
    taken_at = UtcDateTimeField()
    views = IntegerField()
    forwards = IntegerField(default=0)
    replies = IntegerField(default=0)
    reactions = IntegerField(default=0)

    class Meta:
        indexes = ((("post", "taken_at"), True),)


class PriceQuote(BaseModel):
    id = AutoIncrementField()  # undoing a delete puts a quote back under its id: never reuse one
    channel = ForeignKeyField(Channel, backref="quotes", on_delete="CASCADE")
    price = money_field()
    currency = CharField(max_length=8, default="RUB")
    top_hours = IntegerField(default=1)
    feed_hours = IntegerField(null=True, default=24)  # None: never deleted
    native = BooleanField(default=False)
    reach = IntegerField(null=True)
    reach_origin = CharField(max_length=16, default="typed")
    quoted_at = UtcDateTimeField(index=True)
    source = CharField(max_length=16, default="other")
    note = TextField(default="")
    # A fingerprint of an imported row: importing the same file twice finds it and skips it.
    import_key = CharField(null=True, unique=True)
    created_at = UtcDateTimeField(default=utc_now)


class OwnPrice(BaseModel):
    channel = ForeignKeyField(Channel, backref="own_prices", on_delete="CASCADE")
    top_hours = IntegerField(default=1)
    feed_hours = IntegerField(null=True, default=24)
    native = BooleanField(default=False)
    price = money_field()
    currency = CharField(max_length=8, default="RUB")
    valid_from = UtcDateTimeField(default=utc_now)


class NicheCandidate(BaseModel):
    """A channel offered as a competitor of a niche: one of Telegram's similar channels, or one
    pasted in a list. Ticking it makes the channel a tracked channel of the niche; the row stays,
    so the checklist still shows it after a restart (and offline)."""

    niche = ForeignKeyField(Niche, backref="candidates", on_delete="CASCADE")
    channel = ForeignKeyField(Channel, backref="candidacies", on_delete="CASCADE")
    origin = CharField(max_length=16, default="recommended")  # "recommended" or "pasted"
    # the channel whose similar channels listed it (None: pasted)
    found_via = ForeignKeyField(Channel, null=True, on_delete="SET NULL", backref="+")
    found_at = UtcDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("niche", "channel"), True),)


class SyncedRange(BaseModel):
    """Message ids ``low``..``high`` of a channel were read: each post among them that was inside
    the history window when read is stored. Written in the transaction that stores the posts."""

    channel = ForeignKeyField(Channel, backref="synced_ranges", on_delete="CASCADE")
    low = BigIntegerField()
    high = BigIntegerField()
    oldest_at = UtcDateTimeField(null=True)  # date of the oldest message read in the range

    class Meta:
        indexes = ((("channel", "high"), False),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    Niche,
    Channel,
    SubscriberSnapshot,
    Post,
    ViewSnapshot,
    PriceQuote,
    OwnPrice,
    NicheCandidate,
    SyncedRange,
)


# --- placements: ads the user bought, their invite links and the joins through them ---


class Placement(BaseModel):
    """A bought ad: the seller's channel, what was paid, when it ran, where the ad post is."""

    id = AutoIncrementField()  # undoing a delete puts a placement back under its id
    seller = ForeignKeyField(Channel, backref="placements_sold", on_delete="CASCADE")
    promoted = ForeignKeyField(
        Channel, null=True, backref="placements_bought", on_delete="SET NULL"
    )
    price = money_field()
    currency = CharField(max_length=8, default="RUB")
    top_hours = IntegerField(default=1)
    feed_hours = IntegerField(null=True, default=24)
    native = BooleanField(default=False)
    posted_at = UtcDateTimeField(index=True)
    ad_post_link = CharField(default="")
    ad_message_id = IntegerField(null=True)
    typed_views = IntegerField(null=True)  # the ad post's views typed when none are measured
    typed_joins = IntegerField(null=True)  # joins typed when Telegram cannot tell
    subscriber_value = money_field(null=True)  # what one subscriber is worth to the buyer
    note = TextField(default="")
    created_at = UtcDateTimeField(default=utc_now)


class InviteLink(BaseModel):
    """The one invite link a placement's subscribers join through (made here or pasted)."""

    placement = ForeignKeyField(Placement, unique=True, backref="invite_links", on_delete="CASCADE")
    link = CharField(unique=True)
    title = CharField(default="")
    created_here = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utc_now)


class JoinSnapshot(BaseModel):
    """A reading of an invite link's join counter, like a view snapshot of a post."""

    invite = ForeignKeyField(InviteLink, backref="snapshots", on_delete="CASCADE")
    taken_at = UtcDateTimeField()
    joins = IntegerField()

    class Meta:
        indexes = ((("invite", "taken_at"), True),)


class InviteJoin(BaseModel):
    """One subscriber who joined through a link, and when (the user id only tells them apart)."""

    invite = ForeignKeyField(InviteLink, backref="joins", on_delete="CASCADE")
    user_id = BigIntegerField()
    joined_at = UtcDateTimeField()

    class Meta:
        indexes = ((("invite", "user_id"), True),)


ALL_MODELS += (Placement, InviteLink, JoinSnapshot, InviteJoin)
