"""Schema versions. Each migration runs once, in a transaction, when the database is opened.

A new database gets the current tables at once and is stamped with the latest version; an older one
runs every migration after its stamp, in order. To change the schema: change the model, then append
``(N, function)`` to ``MIGRATIONS`` where the function uses ``playhouse.migrate`` to bring version
N-1 to N. A migration declares its own fields rather than reusing the model's, so it keeps doing
what it did when the model changes again later.
"""

from collections import Counter
from collections.abc import Callable

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
)
from playhouse.migrate import SchemaMigrator, migrate

from storage.fields import UtcDateTimeField
from storage.migrate_links import repair_link_titles
from storage.migration_placements import add_placements
from storage.models import ALL_MODELS, SchemaVersion


def add_typed_reach(migrator: SchemaMigrator) -> None:
    """2: the own reach typed on *My channel* moves from the settings file into ``channel``."""
    migrate(
        migrator.add_column("channel", "typed_reach_24h", IntegerField(null=True)),
        migrator.add_column("channel", "typed_reach_48h", IntegerField(null=True)),
    )


_PRICE_QUOTE_COLUMNS = (
    '"id", "channel_id", "price", "currency", "top_hours", "feed_hours", "native", "reach", '
    '"reach_origin", "quoted_at", "source", "note", "import_key", "created_at"'
)
# price_quote as schema 3 has it in SQLite: the columns of schema 1, the key with AUTOINCREMENT.
_PRICE_QUOTE_V3 = (
    'CREATE TABLE "price_quote_v3" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
    '"channel_id" INTEGER NOT NULL, "price" DECIMAL(16, 4) NOT NULL, '
    '"currency" VARCHAR(8) NOT NULL, "top_hours" INTEGER NOT NULL, "feed_hours" INTEGER, '
    '"native" INTEGER NOT NULL, "reach" INTEGER, "reach_origin" VARCHAR(16) NOT NULL, '
    '"quoted_at" DATETIME NOT NULL, "source" VARCHAR(16) NOT NULL, "note" TEXT NOT NULL, '
    '"import_key" VARCHAR(255), "created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE)'
)
_PRICE_QUOTE_INDEXES = (
    'CREATE INDEX "price_quote_channel_id" ON "price_quote" ("channel_id")',
    'CREATE INDEX "price_quote_quoted_at" ON "price_quote" ("quoted_at")',
    'CREATE UNIQUE INDEX "price_quote_import_key" ON "price_quote" ("import_key")',
)


def never_reuse_quote_ids(migrator: SchemaMigrator) -> None:
    """3: quote ids are never handed out again, so undoing a delete can put a quote back.

    SQLite gives the next row the highest id in use plus one, so deleting the newest quote freed
    its id for the next save. The table is rebuilt with AUTOINCREMENT (SQLite cannot add it to a
    column); ``sqlite_sequence`` starts at the highest id copied. PostgreSQL's SERIAL already
    never goes back: nothing to do there.
    """
    db = migrator.database
    if not isinstance(db, SqliteDatabase):
        return
    db.execute_sql(_PRICE_QUOTE_V3)
    db.execute_sql(
        f'INSERT INTO "price_quote_v3" ({_PRICE_QUOTE_COLUMNS}) '
        f'SELECT {_PRICE_QUOTE_COLUMNS} FROM "price_quote"'
    )
    db.execute_sql('DROP TABLE "price_quote"')
    db.execute_sql('ALTER TABLE "price_quote_v3" RENAME TO "price_quote"')
    for statement in _PRICE_QUOTE_INDEXES:
        db.execute_sql(statement)


def niche_currency_from_quotes(migrator: SchemaMigrator) -> None:
    """3: a niche takes the currency most of its quotes are in.

    Niches used to be created in RUB whatever the quote that created them, and a niche only
    compares quotes in its own currency, so a niche of TON quotes could never suggest a price.
    """
    db = migrator.database
    rows = db.execute_sql(
        'SELECT "channel"."niche_id", "price_quote"."currency", COUNT(*) FROM "price_quote" '
        'JOIN "channel" ON "channel"."id" = "price_quote"."channel_id" '
        'WHERE "channel"."niche_id" IS NOT NULL '
        'GROUP BY "channel"."niche_id", "price_quote"."currency"'
    ).fetchall()
    per_niche: dict[int, Counter[str]] = {}
    for niche_id, currency, count in rows:
        per_niche.setdefault(niche_id, Counter())[currency.upper()] += count
    current = dict(db.execute_sql('SELECT "id", "currency" FROM "niche"').fetchall())
    for niche_id, counts in per_niche.items():
        currency, count = counts.most_common(1)[0]
        if currency != current.get(niche_id) and count * 2 > sum(counts.values()):
            db.execute_sql(
                'UPDATE "niche" SET "currency" = ? WHERE "id" = ?'.replace("?", db.param),
                (currency, niche_id),
            )


def quote_ids_and_niche_currency(migrator: SchemaMigrator) -> None:
    never_reuse_quote_ids(migrator)
    niche_currency_from_quotes(migrator)


_NICHE_CANDIDATE_V7 = (
    'CREATE TABLE IF NOT EXISTS "niche_candidate" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"niche_id" INTEGER NOT NULL, "channel_id" INTEGER NOT NULL, '
    '"origin" VARCHAR(16) NOT NULL, "found_via_id" INTEGER, "found_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("niche_id") REFERENCES "niche" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("found_via_id") REFERENCES "channel" ("id") ON DELETE SET NULL)'
)
_NICHE_CANDIDATE_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "niche_candidate_niche_id" ON "niche_candidate" ("niche_id")',
    'CREATE INDEX IF NOT EXISTS "niche_candidate_channel_id" ON "niche_candidate" ("channel_id")',
    'CREATE INDEX IF NOT EXISTS "niche_candidate_found_via_id" '
    'ON "niche_candidate" ("found_via_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "niche_candidate_niche_id_channel_id" '
    'ON "niche_candidate" ("niche_id", "channel_id")',
)


def add_niche_candidates(migrator: SchemaMigrator) -> None:
    """7: the niche builder's checklist: channels offered as competitors of a niche.

    Written out rather than taken from the model, so this step keeps creating the table as
    schema 7 has it. PostgreSQL spells the key SERIAL.
    """
    db = migrator.database
    create = _NICHE_CANDIDATE_V7
    if not isinstance(db, SqliteDatabase):
        create = create.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL PRIMARY KEY')
        create = create.replace('"found_at" DATETIME', '"found_at" TIMESTAMP')
    db.execute_sql(create)
    for statement in _NICHE_CANDIDATE_INDEXES:
        db.execute_sql(statement)


def sync_coverage(migrator: SchemaMigrator) -> None:
    """4: what the sync has read is recorded (``synced_range``), deleted posts are marked, an
    invite link is remembered, and a channel whose access hash is refused is flagged.

    No range is made up from the posts already stored: an interrupted catch-up may have left a
    hole among them, so the first refresh after the upgrade reads the history window once more.
    """
    db = migrator.database

    class Channel(Model):
        class Meta:
            table_name = "channel"

    class SyncedRange(Model):
        channel = ForeignKeyField(Channel, on_delete="CASCADE")
        low = BigIntegerField()
        high = BigIntegerField()
        oldest_at = UtcDateTimeField(null=True)

        class Meta:
            table_name = "synced_range"
            indexes = ((("channel", "high"), False),)

    migrate(
        migrator.add_column("channel", "invite_hash", CharField(null=True)),
        migrator.add_index("channel", ("invite_hash",), False),
        migrator.add_column("post", "deleted_at", UtcDateTimeField(null=True)),
    )
    # A NOT NULL column through playhouse rebuilds the table on SQLite, and dropping the old
    # ``channel`` would cascade to every post and quote: one ALTER with a default instead.
    boolean = db.field_types.get(BooleanField.field_type, "INTEGER")
    false = "0" if isinstance(db, SqliteDatabase) else "FALSE"
    db.execute_sql(
        f'ALTER TABLE "channel" ADD COLUMN "needs_reopen" {boolean} NOT NULL DEFAULT {false}'
    )
    with db.bind_ctx([Channel, SyncedRange]):
        db.create_tables([SyncedRange])


# Version 1 is the first released schema.
MIGRATIONS: list[tuple[int, Callable[[SchemaMigrator], None]]] = [
    (2, add_typed_reach),
    (3, quote_ids_and_niche_currency),
    (4, sync_coverage),
    (5, repair_link_titles),
    (6, add_placements),
    (7, add_niche_candidates),
]


def latest_version() -> int:
    return max((version for version, _ in MIGRATIONS), default=1)


def current_version(db: Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def upgrade(db: Database) -> int:
    """Bring the schema to the latest version; returns the version found before."""
    latest = latest_version()
    found = current_version(db)
    if found == 0:
        with db.atomic():  # writers take turns: a second app opening the same new book waits
            if current_version(db) == 0:  # and then finds it made
                db.create_tables(ALL_MODELS)
                SchemaVersion.create(version=latest)
        return 0
    if found > latest:
        raise RuntimeError(
            f"This database was written by a newer ChannelRate (schema {found}, "
            f"this version knows up to {latest}). Update the app to open it."
        )
    migrator = SchemaMigrator.from_database(db)
    for version, step in MIGRATIONS:
        if version > found:
            with db.atomic():
                step(migrator)
                SchemaVersion.create(version=version)
    return found
