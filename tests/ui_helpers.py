"""Shared set-up for the pricing desk's widget tests: a real SQLite database and fake dialogs."""

from datetime import UTC, datetime

from application import build_use_cases
from storage import Storage, open_database
from storage.clock import utc_now
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


def make_services(tmp_path, demo: bool = True, clock=utc_now) -> Services:
    storage = Storage(open_database(tmp_path / "desk.sqlite3"))
    if demo:
        seed_demo(storage, now=DEMO_NOW)
    return services_for(storage, label="test.sqlite3", dialogs=FakeDialogs(), clock=clock)


def services_for(
    storage,
    *,
    telegram=None,
    dialogs=None,
    settings=None,
    clock=utc_now,
    label: str = "test",
) -> Services:
    """The window's services over ``storage``, built as ``main.compose`` builds them."""
    if settings is None:
        from ui.settings import open_settings

        settings = open_settings()
    return Services(
        storage=storage,
        database_label=label,
        use_cases=build_use_cases(storage, telegram, clock=clock),
        settings=settings,
        telegram=telegram,
        dialogs=dialogs if dialogs is not None else FakeDialogs(),
    )


def make_window(qtbot, services):
    from ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def wait_for_charts(qtbot, timeout: int = 10000) -> None:
    """Until every chart asked to draw has been rendered (they render one per loop turn)."""
    from charts.canvas import renders_waiting

    qtbot.waitUntil(lambda: not renders_waiting(), timeout=timeout)
