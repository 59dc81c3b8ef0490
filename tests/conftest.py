"""Test set-up: headless Qt, and settings/data folders kept inside each test's tmp_path."""

import os

# Before anything imports Qt: without a display, Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path, monkeypatch):
    """Keep every test away from the real user's data, settings and Telegram session."""
    monkeypatch.setenv("CHANNELRATE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CHANNELRATE_DB", str(tmp_path / "data" / "channelrate.sqlite3"))
    monkeypatch.delenv("CHANNELRATE_API_ID", raising=False)
    monkeypatch.delenv("CHANNELRATE_API_HASH", raising=False)


# Every test, not only the Telegram ones, fails if it would open an internet connection.
from fake_telegram import no_network  # noqa: E402, F401

_ENGLISH_FROM_THE_START: list[bool] = []  # one entry once the first Qt test installed English


@pytest.fixture(autouse=True)
def _english_ui_after_each_test(request):
    """A test that switches the UI language (or runs under a Russian system locale) must not
    leave translators and number formats behind for the tests after it. The first Qt test of
    a run starts in English too, whatever the machine's locale (a C locale writes dates
    "30 11 2026"), so that no test depends on which one ran before it."""
    uses_qt = "qapp" in request.fixturenames or "qtbot" in request.fixturenames
    if uses_qt and not _ENGLISH_FROM_THE_START:
        from ui.i18n import install_translators

        install_translators(request.getfixturevalue("qapp"), "en")
        _ENGLISH_FROM_THE_START.append(True)
    yield
    if not uses_qt:
        return
    from ui.i18n import install_translators
    from ui.workers import collect_garbage, wait_for_tasks

    # A figure still computing in a worker belongs to this test's database: let it land now,
    # not in the middle of the next test.
    wait_for_tasks()
    collect_garbage()  # on this thread, never on a worker's (see ui.workers)

    install_translators(request.getfixturevalue("qapp"), "en")


# --- the two database engines ------------------------------------------------------------------
# Storage, service and import tests run on SQLite and, when CHANNELRATE_TEST_PG_URL names a
# PostgreSQL server (CI starts a throwaway one), on that server too. Each PostgreSQL test gets an
# empty ``public`` schema.
PG_URL_VARIABLE = "CHANNELRATE_TEST_PG_URL"


def _empty_server_schema(url: str) -> None:
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            # a connection left open by an earlier test must not hold the schema
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    finally:
        connection.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_target(request, tmp_path):
    """Where a test's price book lives: a SQLite file, or an emptied PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "book.sqlite3")
        return
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} (CI does)")
    _empty_server_schema(url)
    yield url
    from storage.models import database

    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
