"""Opening a price book: foreign and broken files untouched, newer ones refused before any write,
read-only books, dialogs at start-up, one window per book, backups and the team server copy."""

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import peewee
import pytest
from test_migrations import make_v1_database
from ui_helpers import make_services, make_window

import main
from storage import QuoteDraft, Storage, open_database, opening
from storage import migrations as schema
from storage.engines import ReadOnlyDatabaseError
from storage.opening import OpenError
from ui import startup
from ui.book_actions import BookActions

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def draft(**overrides) -> QuoteDraft:
    values = {"channel": "@coin_daily", "price": Decimal(1500), "quoted_at": NOW, "reach": 3000}
    values.update(overrides)
    return QuoteDraft(**values)


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def foreign_database(path: Path) -> Path:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    raw.execute("INSERT INTO notes (body) VALUES ('buy milk')")
    raw.commit()
    raw.close()
    return path


def journal_mode(path: Path) -> str:
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return raw.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        raw.close()


def test_another_programs_database_is_refused_and_left_exactly_as_it_was(tmp_path):
    path = foreign_database(tmp_path / "notes.db")
    before = folder_snapshot(tmp_path)
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.code == "not_ours"
    assert folder_snapshot(tmp_path) == before  # no table, no -wal, no -shm
    assert journal_mode(path) == "delete"


@pytest.mark.parametrize(
    "content", [b"\x00\x01garbage" * 500, b"SQLite format 3\x00" + b"\xff" * 4000, b"hello"]
)
def test_random_bytes_are_refused_untouched(tmp_path, content):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(content)
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.code == "not_a_database"
    assert folder_snapshot(tmp_path) == {"broken.sqlite3": content}


def test_a_newer_schema_is_refused_before_the_journal_mode_is_switched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = open_database(path)
    schema.SchemaVersion.create(version=schema.latest_version() + 1)
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=delete")
    raw.close()
    before = folder_snapshot(tmp_path)
    with pytest.raises(OpenError) as refused:
        open_database(path)
    assert refused.value.code == "newer_schema"
    assert folder_snapshot(tmp_path) == before
    assert journal_mode(path) == "delete"


def test_a_read_only_book_opens_for_reading_and_refuses_to_save(tmp_path, monkeypatch):
    path = tmp_path / "book.sqlite3"
    storage = Storage(open_database(path))
    storage.quotes.add(draft())
    storage.db.close()
    before = path.read_bytes()

    # a file the user may not write (tests run as any user, so the permission check is faked)
    real_access = opening.os.access
    monkeypatch.setattr(
        opening.os,
        "access",
        lambda p, mode: False if mode == opening.os.W_OK else real_access(p, mode),
    )
    readonly = Storage(open_database(path))
    assert readonly.db.read_only
    assert [q.channel_name for q in readonly.quotes.all()] == ["@coin_daily"]
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        readonly.quotes.add(draft(channel="@other"))
    readonly.db.close()
    assert path.read_bytes() == before


def test_a_read_only_book_says_so_in_the_window(qtbot, tmp_path):
    path = tmp_path / "book.sqlite3"
    open_database(path).close()
    window = main.compose(main.parse_args(["--db", str(path), "--read-only"]), tmp_path)
    qtbot.addWidget(window)
    notice = window.findChild(startup.QWidget, "readOnlyNotice")
    assert notice is not None and notice.text() == "Read-only: changes cannot be saved"
    assert window.windowTitle().endswith("read-only")
    assert not window.book_actions.restore_action.isEnabled()


class AnsweringDialogs(startup.StartupDialogs):
    def __init__(self, answers, files=()):
        self.answers, self.files, self.asked = list(answers), list(files), []

    def ask(self, error, choices):
        self.asked.append((error.code, choices, startup.open_error_text(error)))
        return self.answers.pop(0)

    def choose_file(self, near):
        return self.files.pop(0) if self.files else ""


def test_start_up_on_a_foreign_file_asks_and_opens_the_file_chosen_instead(qapp, tmp_path):
    foreign = foreign_database(tmp_path / "notes.db")
    dialogs = AnsweringDialogs([startup.OTHER_FILE], [str(tmp_path / "mine.sqlite3")])
    db = startup.open_book(str(foreign), dialogs)
    assert db is not None and Path(db.database).name == "mine.sqlite3"
    [(code, choices, text)] = dialogs.asked
    assert code == "not_ours" and choices == [startup.OTHER_FILE, startup.QUIT]
    assert "another program's database" in text and "It was not changed" in text
    db.close()


def test_start_up_on_a_newer_book_tells_to_update_and_can_quit(qapp, tmp_path, monkeypatch):
    path = tmp_path / "newer.sqlite3"
    open_database(path)
    schema.SchemaVersion.create(version=99)
    asked = []
    monkeypatch.setattr(
        startup.StartupDialogs, "ask", lambda self, error, choices: asked.append(error) or "quit"
    )
    assert main.run(["--db", str(path), "--lang", "en"]) == 1
    assert "Update ChannelRate to open it" in startup.open_error_text(asked[0])
    assert "schema 99" in startup.open_error_text(asked[0])


def test_an_unreachable_server_offers_to_try_again(qapp, tmp_path):
    dialogs = AnsweringDialogs([startup.RETRY, startup.QUIT])
    url = "postgresql://nobody@127.0.0.1:9/none"  # port 9: nothing listens
    assert startup.open_book(url, dialogs) is None
    assert [code for code, _, _ in dialogs.asked] == ["server", "server"]
    assert dialogs.asked[0][1][0] == startup.RETRY
    assert "127.0.0.1:9/none" in dialogs.asked[0][2] and "nobody" not in dialogs.asked[0][2]


def test_a_second_start_on_the_same_book_brings_the_first_window_forward(qtbot, tmp_path):
    target = str(tmp_path / "book.sqlite3")
    first = startup.SingleInstance(target)
    assert first.claim()
    with qtbot.waitSignal(first.activate_requested, timeout=3000):
        assert not startup.SingleInstance(target).claim()
    other_book = startup.SingleInstance(str(tmp_path / "other.sqlite3"))
    assert other_book.claim()  # another book opens side by side
    other_book.release()
    first.release()
    assert startup.SingleInstance(target).claim()  # closed: the book is free again


def test_back_up_and_restore_from_the_file_menu(qtbot, tmp_path):
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    actions = BookActions(services, window)
    actions.install()
    file_menu = window.menuBar().actions()[0].menu()
    assert actions.backup_action in file_menu.actions()
    assert actions.restore_action in file_menu.actions()
    quotes_before = services.storage.quotes.count()
    assert quotes_before > 0

    backup = tmp_path / "copy.sqlite3"
    services.dialogs.paths = [str(backup)]
    actions.back_up()
    # the copy is written in a worker: meanwhile the actions wait and the status bar says why
    assert not actions.backup_action.isEnabled() and not actions.restore_action.isEnabled()
    assert window.statusBar().currentMessage() == f"Copying the price book to {backup}…"
    qtbot.waitUntil(lambda: not actions.busy, timeout=10000)
    assert actions.backup_action.isEnabled() and actions.restore_action.isEnabled()
    assert services.dialogs.messages[-1] == ("info", f"The price book was copied to {backup}.")
    assert Storage(open_database(backup)).quotes.count() == quotes_before
    services.storage.db.close()

    services = make_services(tmp_path, demo=False)  # reopened; the quotes are then lost by mistake
    window = make_window(qtbot, services)
    actions = BookActions(services, window)
    services.storage.quotes.delete_many([q.id for q in services.storage.quotes.all()])
    window.reload()
    assert window.pricebook.model.rowCount() == 0

    services.dialogs.paths = [str(backup)]
    actions.restore()
    assert window.statusBar().currentMessage() == f"Restoring the backup {backup}…"
    qtbot.waitUntil(lambda: not actions.busy, timeout=10000)
    assert services.storage.quotes.count() == quotes_before
    assert window.pricebook.model.rowCount() == quotes_before
    kind, text = services.dialogs.messages[-1]
    assert kind == "info" and "The price book as it was is kept in" in text
    kept = Path(text.rsplit(" ", 1)[-1].rstrip("."))
    assert kept.parent.name == "backups" and Storage(open_database(kept)).quotes.count() == 0


def test_restoring_a_file_that_is_no_price_book_changes_nothing(qtbot, tmp_path):
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    actions = BookActions(services, window)
    count = services.storage.quotes.count()
    services.dialogs.paths = [str(foreign_database(tmp_path / "notes.db"))]
    actions.restore()
    qtbot.waitUntil(lambda: not actions.busy, timeout=10000)
    kind, text = services.dialogs.messages[-1]
    assert kind == "error" and "another program's database" in text
    assert services.storage.quotes.count() == count


def test_an_upgrade_keeps_a_copy_of_the_book_as_it_was(tmp_path):
    path = make_v1_database(tmp_path / "v1.sqlite3")
    open_database(path).close()
    [copy] = (tmp_path / "backups").iterdir()
    assert copy.name.startswith("v1-schema1-before-")
    raw = sqlite3.connect(copy)
    assert raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert raw.execute("SELECT COUNT(*) FROM price_quote").fetchone()[0] > 0
    raw.close()


def test_copy_a_local_book_into_a_team_database(database_target, tmp_path, capsys):
    source = tmp_path / "local.sqlite3"
    local = Storage(open_database(source))
    for i in range(30):
        local.quotes.add(draft(channel=f"@chan_{i % 7}", note=f"quote {i}", niche="Tech"))
    local.history.add_subscriber_count(local.quotes.all()[0].channel_id, NOW, 1234)
    expected = [(q.channel_name, q.price, q.quoted_at, q.note) for q in local.quotes.all()]
    local.db.close()

    argv = ["--db", str(source), "--copy-db-to", database_target]
    assert main.run(argv) == 0
    assert "price_quote: 30" in capsys.readouterr().out
    team = Storage(open_database(database_target))
    copied = [(q.channel_name, q.price, q.quoted_at, q.note) for q in team.quotes.all()]
    assert copied == expected
    added = team.quotes.add(draft(channel="@chan_new"))  # ids continue past the copied ones
    assert added.id == 31
    team.db.close()
    assert main.run(argv) == 1  # a second copy would mix two books: refused
    assert "already holds a price book" in capsys.readouterr().err


COLLEAGUE = """
import sys
from datetime import UTC, datetime
from decimal import Decimal
from storage import QuoteDraft, Storage, open_database
Storage(open_database(sys.argv[1])).quotes.add(QuoteDraft(
    channel="@colleague_chan", price=Decimal(700), reach=1400, niche="Tech",
    quoted_at=datetime(2026, 11, 1, tzinfo=UTC)))
"""


def test_a_colleagues_quote_shows_up_on_refresh(qtbot, tmp_path, database_target):
    window = main.compose(main.parse_args(["--db", database_target]), tmp_path)
    qtbot.addWidget(window)
    window.show_area("pricebook")  # a new book opens on the welcome page
    window.set_niche(None)
    assert window.pricebook.model.rowCount() == 0
    subprocess.run(
        [sys.executable, "-c", COLLEAGUE, database_target], cwd=ROOT, check=True, timeout=120
    )
    window.book_actions.refresh_action.trigger()
    window.set_niche(None)
    assert window.pricebook.model.rowCount() == 1
    assert window.pricebook.model.rows()[0].record.channel_name == "@colleague_chan"


def test_adding_to_a_read_only_book_says_why_nothing_was_saved(qtbot, tmp_path):
    from ui.commands import AddQuote

    path = tmp_path / "book.sqlite3"
    open_database(path).close()
    window = main.compose(main.parse_args(["--db", str(path), "--read-only"]), tmp_path)
    qtbot.addWidget(window)
    reports = []
    window.undo_stack.push(
        AddQuote(window.services.pricebook, draft(), window.reload, reports.append)
    )
    assert reports == [
        "Could not do “Add quote for @coin_daily”: The price book is open read-only: nothing "
        "can be saved. Open a copy you may change to edit it."
    ]
    assert window.services.storage.quotes.count() == 0


def test_a_read_only_book_starts_even_with_reach_left_in_old_settings(qtbot, tmp_path):
    from ui import settings as opt

    path = tmp_path / "book.sqlite3"
    storage = Storage(open_database(path))
    own = storage.channels.get_or_create("@my_own")
    storage.db.close()
    old = opt.open_settings()
    old.setValue(f"own/reach_{own.id}_24h", 5000)  # as an earlier version kept it
    old.sync()
    window = main.compose(main.parse_args(["--db", str(path), "--read-only"]), tmp_path)
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("read-only")
    assert opt.open_settings().contains(f"own/reach_{own.id}_24h")  # kept for later


def test_an_older_schema_is_migrated_by_the_same_steps_on_either_engine(database_target):
    """Schema 1 differs from the latest by the typed-reach columns and what steps 4, 6 and 7
    added: take them away, stamp the book 1, and reopening runs every migration on SQLite and
    PostgreSQL alike."""
    storage = Storage(open_database(database_target))
    storage.quotes.add(draft(currency="TON", niche="TON niche"))
    db = storage.db
    sqlite = isinstance(db, peewee.SqliteDatabase)
    # tables of steps 7, 6 and 4, children first
    for table in ("niche_candidate", "invite_join", "join_snapshot", "invite_link", "placement"):
        db.execute_sql(f'DROP TABLE "{table}"' + ("" if sqlite else " CASCADE"))
    db.execute_sql('DROP TABLE "synced_range"' + ("" if sqlite else " CASCADE"))
    if sqlite:
        db.execute_sql('DROP INDEX "channel_invite_hash"')  # SQLite drops columns from 3.35 on
    for table, column in (
        ("channel", "typed_reach_24h"),
        ("channel", "typed_reach_48h"),
        ("channel", "invite_hash"),
        ("channel", "needs_reopen"),
        ("post", "deleted_at"),
    ):
        db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    schema.SchemaVersion.delete().execute()
    schema.SchemaVersion.create(version=1)
    db.close()

    reopened = Storage(open_database(database_target))
    assert schema.current_version(reopened.db) == schema.latest_version()
    assert {"typed_reach_24h", "typed_reach_48h"} <= {
        c.name for c in reopened.db.get_columns("channel")
    }
    [quote] = reopened.quotes.all()
    assert quote.currency == "TON" and reopened.niches.all()[0].currency == "TON"
