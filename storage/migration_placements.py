"""Schema 6: the tables of the *Placements* area (bought ads, their invite links and joins).

The tables are declared here as they were at schema 6, apart from ``storage.models``, so this
step keeps creating the same tables when the models change later (see ``storage.migrations``).
"""

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator

from storage.fields import UtcDateTimeField
from storage.models import AutoIncrementField, money_field


class _Frozen(Model):
    class Meta:
        legacy_table_names = False


class _Channel(_Frozen):
    class Meta:
        table_name = "channel"


class _Placement(_Frozen):
    id = AutoIncrementField()
    seller = ForeignKeyField(_Channel, on_delete="CASCADE")
    promoted = ForeignKeyField(_Channel, null=True, on_delete="SET NULL")
    price = money_field()
    currency = CharField(max_length=8, default="RUB")
    top_hours = IntegerField(default=1)
    feed_hours = IntegerField(null=True, default=24)
    native = BooleanField(default=False)
    posted_at = UtcDateTimeField(index=True)
    ad_post_link = CharField(default="")
    ad_message_id = IntegerField(null=True)
    typed_views = IntegerField(null=True)
    typed_joins = IntegerField(null=True)
    subscriber_value = money_field(null=True)
    note = TextField(default="")
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "placement"


class _InviteLink(_Frozen):
    placement = ForeignKeyField(_Placement, unique=True, on_delete="CASCADE")
    link = CharField(unique=True)
    title = CharField(default="")
    created_here = BooleanField(default=False)
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "invite_link"


class _JoinSnapshot(_Frozen):
    invite = ForeignKeyField(_InviteLink, on_delete="CASCADE")
    taken_at = UtcDateTimeField()
    joins = IntegerField()

    class Meta:
        table_name = "join_snapshot"
        indexes = ((("invite", "taken_at"), True),)


class _InviteJoin(_Frozen):
    invite = ForeignKeyField(_InviteLink, on_delete="CASCADE")
    user_id = BigIntegerField()
    joined_at = UtcDateTimeField()

    class Meta:
        table_name = "invite_join"
        indexes = ((("invite", "user_id"), True),)


PLACEMENT_TABLES = (_Placement, _InviteLink, _JoinSnapshot, _InviteJoin)


def add_placements(migrator: SchemaMigrator) -> None:
    """6: placements, invite links, join counter readings and dated joins."""
    db = migrator.database
    with db.bind_ctx((*PLACEMENT_TABLES, _Channel)):
        db.create_tables(PLACEMENT_TABLES)
