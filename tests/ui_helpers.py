"""Shared set-up for the pricing desk's widget tests: a real SQLite database and fake dialogs."""

from datetime import UTC, datetime

from storage import Storage, open_database
from storage.demo import seed_demo
from ui.dialogs import DialogService
from ui.services import Services

DEMO_NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


class FakeDialogs(DialogService):
    """Answers file choosers from a queue and records messages instead of showing them."""

    def __init__(self):
        self.paths: list[str] = []
        self.messages: list[tuple[str, str]] = []

    def open_file(self, parent, title, folder, filters):
        return self.paths.pop(0) if self.paths else ""

    def save_file(self, parent, title, suggested, filters):
        return self.paths.pop(0) if self.paths else ""

    def confirm(self, parent, title, text):
        return True

    def error(self, parent, title, text):
        self.messages.append(("error", text))

    def info(self, parent, title, text):
        self.messages.append(("info", text))


def make_services(tmp_path, demo: bool = True) -> Services:
    storage = Storage(open_database(tmp_path / "desk.sqlite3"))
    if demo:
        seed_demo(storage, now=DEMO_NOW)
    return Services(storage=storage, database_label="test.sqlite3", dialogs=FakeDialogs())


def make_window(qtbot, services):
    from ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    return window
