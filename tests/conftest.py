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


@pytest.fixture(autouse=True)
def _english_ui_after_each_test(request):
    """A test that switches the UI language (or runs under a Russian system locale) must not
    leave translators and number formats behind for the tests after it."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from ui.i18n import install_translators
    from ui.workers import collect_garbage, wait_for_tasks

    # A figure still computing in a worker belongs to this test's database: let it land now,
    # not in the middle of the next test.
    wait_for_tasks()
    collect_garbage()  # on this thread, never on a worker's (see ui.workers)

    install_translators(request.getfixturevalue("qapp"), "en")
