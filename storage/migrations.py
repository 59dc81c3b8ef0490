"""Schema versions. Each migration runs once, in a transaction, when the database is opened.

A new database gets the current tables at once and is stamped with the latest version; an older one
runs every migration after its stamp, in order. To change the schema: change the model, then append
``(N, function)`` to ``MIGRATIONS`` where the function uses ``playhouse.migrate`` to bring version
N-1 to N. A migration declares its own fields rather than reusing the model's, so it keeps doing
what it did when the model changes again later.
"""

from collections.abc import Callable

from peewee import Database, IntegerField
from playhouse.migrate import SchemaMigrator, migrate

from storage.models import ALL_MODELS, SchemaVersion


def add_typed_reach(migrator: SchemaMigrator) -> None:
    """2: the own reach typed on *My channel* moves from the settings file into ``channel``."""
    migrate(
        migrator.add_column("channel", "typed_reach_24h", IntegerField(null=True)),
        migrator.add_column("channel", "typed_reach_48h", IntegerField(null=True)),
    )


# Version 1 is the first released schema.
MIGRATIONS: list[tuple[int, Callable[[SchemaMigrator], None]]] = [
    (2, add_typed_reach),
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
        with db.atomic():
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
