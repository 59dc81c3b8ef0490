"""ChannelRate: start-up. Arguments, QApplication with a qasync loop, and the composition root."""

import argparse
import asyncio
import contextlib
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from ui import import_check, workers

import_check.install()  # before the rest of the app is imported: see ui/import_check.py

# How long after the window appears the start-up's hold on the garbage collector ends (see
# ui.workers.hold_collection_for_startup): the first area's charts are drawn within it.
STARTUP_HOLD_MS = 5000
# After the first paint, how long the first area has for its own charts before matplotlib is
# loaded for the others (see charts.canvas.preload_when_idle).
PRELOAD_PAUSE_MS = 300

if TYPE_CHECKING:  # the window is imported when it is built: start-up stays quick
    from ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="channelrate",
        description="What to charge for a Telegram channel ad post, and whether a price is fair.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or peewee URL (default: CHANNELRATE_DB or the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the built-in demo data in a throwaway database; your own data is not touched",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="render the main window to a PNG file and exit",
    )
    parser.add_argument(
        "--tab",
        metavar="NAME",
        help="open on one area: pricebook, mychannel, suggestion, history, vetting, niche, "
        "placements, welcome (or a title)",
    )
    parser.add_argument(
        "--lang",
        choices=["auto", "en", "ru"],
        help="user interface language (default: the saved choice, else the system language)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the price book for reading only; nothing can be saved",
    )
    parser.add_argument(
        "--copy-db-to",
        metavar="URL_OR_PATH",
        help="copy the price book (--db or the default) into a new, empty database, such as "
        "postgresql://user:password@host/name for a team, then exit",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        default="1280x820",
        type=_window_size,
        help="window size for --screenshot (default 1280x820)",
    )
    return parser.parse_args(argv)


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not {text!r}") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError("size must be at least 200x200")
    return width, height


def _install_fallback_font() -> None:
    """PySide6 ships no fonts: register matplotlib's DejaVu Sans so Cyrillic is never boxes."""
    from importlib.util import find_spec

    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families():
        return
    spec = find_spec("matplotlib")  # found without importing it: start-up stays quick
    if spec is None or spec.origin is None:
        return
    font = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    QFontDatabase.addApplicationFont(str(font))


def _install_language(app, choice: str | None) -> str:
    """The UI language: ``--lang``, else the saved setting, else the system locale."""
    from ui import settings
    from ui.i18n import install_translators

    if choice is None:
        choice = settings.LANGUAGE.read(settings.open_settings())
    return install_translators(app, choice)


def compose(args: argparse.Namespace, workdir: Path, db=None):
    """The one place that builds the database, the services and the main window.

    ``db`` is the price book already opened (with start-up dialogs); else ``--db`` is opened."""
    from storage import Storage, describe, open_database
    from storage.demo import seed_demo
    from ui.main_window import MainWindow
    from ui.services import Services

    if args.demo:
        db = open_database(workdir / "demo.sqlite3")
        storage = Storage(db)
        seed_demo(storage)
        label = QCoreApplication.translate("main", "Demo data (not saved)")
    else:
        if db is None:
            db = open_database(args.db, read_only=getattr(args, "read_only", False))
        storage = Storage(db)
        label = describe(db)
    if args.demo:  # the demo keeps its window state to itself, like its data
        from PySide6.QtCore import QSettings

        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    else:
        from ui.settings import open_settings

        settings = open_settings()
    telegram = None
    if not args.demo:  # the demo never opens a Telegram session
        # Qt- and Telethon-free; Telethon itself is imported on first connect, off start-up
        from tgclient.service import TelegramService, telethon_gateway_factory

        telegram = TelegramService(storage, telethon_gateway_factory)
    from application import build_use_cases

    services = Services(
        storage=storage,
        database_label=label,
        use_cases=build_use_cases(storage, telegram),
        settings=settings,
        telegram=telegram,
    )
    from ui.settings_upgrade import upgrade_settings

    upgrade_settings(services.settings, storage)  # what earlier versions kept, before any widget
    window = MainWindow(services, start_area=args.tab)
    from ui.restart import restart

    window.restart_requested.connect(lambda language: restart(window, language))
    _mount_telegram(services, window)
    _mount_vetting(services, window, demo=args.demo)
    _mount_book_actions(services, window)
    _mount_niche(services, window)
    _mount_placements(services, window)
    _mount_help(window, demo=args.demo)
    return window


def _mount_book_actions(services, window) -> None:
    """File → Back up…/Restore…, View → Refresh; a read-only book says so."""
    from storage.db import is_read_only
    from ui.book_actions import BookActions, show_read_only

    window.book_actions = BookActions(services, window)
    window.book_actions.install()
    if is_read_only(services.storage.db):
        show_read_only(window)


def _copy_database(args: argparse.Namespace) -> int:
    """``--copy-db-to``: copy the price book into an empty database and say what was copied."""
    from storage import open_database
    from storage.copying import copy_book
    from storage.opening import OpenError

    try:
        source = open_database(args.db)
        target = open_database(args.copy_db_to)
        copied = copy_book(source, target)
    except (OpenError, ValueError) as error:
        print(f"not copied: {error}", file=sys.stderr)
        return 1
    print(", ".join(f"{table}: {count}" for table, count in copied.items()))
    return 0


def _open_with_dialogs(args: argparse.Namespace):
    """The price book for a normal start: one window per book, every failure a dialog."""
    from storage.paths import default_database_target
    from ui.startup import SingleInstance, StartupDialogs, open_book

    target = args.db or default_database_target()
    guard = SingleInstance(target, QApplication.instance())
    if not guard.claim():
        print("ChannelRate is already open on this price book: its window was brought forward.")
        return None, None
    return open_book(target, StartupDialogs(), read_only=args.read_only), guard


def _mount_help(window, demo: bool) -> None:
    """The welcome page and the Help menu, last so that Help is the rightmost menu."""
    from ui.help_menu import install_help
    from ui.welcome_view import mount_welcome

    mount_welcome(window, demo=demo)
    install_help(window)


def _mount_vetting(services, window, demo: bool) -> None:
    """The ad buyer's vetting tab; the own channel's statistics are read after each own sync."""

    def build():
        from ui.vetting.area import VettingArea

        area = VettingArea(services, services.use_cases.vetting, window)
        area.changed.connect(window.reload)
        if demo:  # a worked example: a channel whose views look bought
            area.prefill("@crypto_rocket_vip", "3000", "1/24")
        return area

    window.add_lazy_area(build, QCoreApplication.translate("main", "Vetting"), "vetting")
    if services.telegram is not None:
        from application import BuiltWhenUsed
        from application.own_stats import read_stats_after_own_sync

        reach = BuiltWhenUsed(lambda: services.use_cases.reach)  # built at the first reading
        read_stats_after_own_sync(services.telegram, reach, window.reload)


def _mount_niche(services, window) -> None:
    """The niche builder's area, and the niche over time under History."""

    def build():
        from ui.niche.area import NicheArea

        area = NicheArea(services, services.use_cases.niche, window)
        area.changed.connect(window.reload)
        if services.telegram is not None:  # signing in or out enables or disables its buttons
            services.telegram.state_changed.connect(area.telegram_state_changed)
            services.telegram.idle.connect(area.telegram_state_changed)
        return area

    def attach(history) -> None:
        from ui.niche_history import NicheTrendSection, attach_to_history

        section = NicheTrendSection(services, services.use_cases.niche, window.current_niche_id)
        attach_to_history(history, section)
        window.niche_changed.connect(section.reload_if_visible)

    window.add_lazy_area(build, QCoreApplication.translate("main", "Niche"), "niche")
    window.when_area_built("history", attach)


def _mount_placements(services, window) -> None:
    """Bought ads and what they brought; their joins are read after each own-channel sync."""

    def build():
        from ui.placements.area import PlacementsArea

        area = PlacementsArea(services, services.use_cases.placements, window.undo_stack, window)
        area.changed.connect(window.reload)
        if services.telegram is not None:
            services.telegram.state_changed.connect(area.telegram_state_changed)
        return area

    window.add_lazy_area(build, QCoreApplication.translate("main", "Placements"), "placements")
    if services.telegram is not None:
        from application import BuiltWhenUsed
        from tgclient.invites import refresh_joins_after_own_sync

        # the service is built (and its module imported) at the first sync, not at start-up
        refresh_joins_after_own_sync(
            services.telegram, BuiltWhenUsed(lambda: services.use_cases.placements), window.reload
        )


def _mount_telegram(services, window: "MainWindow") -> None:
    """The Telegram status widget and menu; in the demo it only says it is not connected."""
    from ui.telegram_panel import TelegramPanel

    panel = TelegramPanel(services, window)  # parented to the window, lives as long
    panel.data_changed.connect(window.reload)
    # "Fetch reach" follows signing in and out (the price book area may be built later)

    def follow_telegram(pricebook) -> None:
        panel.state_changed.connect(pricebook.telegram_state_changed)
        pricebook.telegram_state_changed()

    window.when_area_built("pricebook", follow_telegram)


def run(argv: list[str] | None = None) -> int:
    if argv is None:  # started as the program (a test passes its arguments): see ui/workers.py
        workers.hold_collection_for_startup()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # First of all, so that no failure goes unrecorded: a log file and the uncaught-error hooks.
    from storage.logfile import logging_to_data_folder
    from ui.crash import crash_hooks

    with logging_to_data_folder() as log_file, crash_hooks(log_file, show=not args.screenshot):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("ChannelRate")
    app.setOrganizationName("ChannelRate")
    _install_fallback_font()
    _install_language(app, args.lang)

    import qasync  # after PySide6, so qasync picks this binding

    if args.copy_db_to:
        return _copy_database(args)
    db = guard = None
    if not args.demo and not args.screenshot:
        db, guard = _open_with_dialogs(args)
        if db is None:
            return 0 if guard is None else 1

    with tempfile.TemporaryDirectory(prefix="channelrate-") as workdir:
        try:
            window = compose(args, Path(workdir), db)
        except Exception as error:  # a window-less exit would leave the user with nothing
            import logging

            from ui.startup import StartupDialogs

            logging.getLogger(__name__).exception("start-up failed")
            if args.screenshot:  # no one to answer a dialog
                print(f"ChannelRate could not start: {error}", file=sys.stderr)
            else:
                StartupDialogs().failed(error)
            return 1
        if guard is not None:
            from ui.startup import bring_forward

            guard.activate_requested.connect(lambda: bring_forward(window))
        if args.tab and not window.show_area(args.tab):
            print(f"unknown --tab {args.tab!r}; areas: {', '.join(window.area_keys())}")
            return 2
        if args.screenshot:
            window.resize(*args.size)
            window.show()
            from ui.workers import wait_for_tasks

            wait_for_tasks()  # figures computed in workers (reach, vetting) are shown first
            import time

            settle_until = time.monotonic() + 0.3  # charts drawn just after the first paint
            while time.monotonic() < settle_until:
                app.processEvents()
                time.sleep(0.01)
            from charts.canvas import renders_waiting

            give_up = time.monotonic() + 20
            while renders_waiting() and time.monotonic() < give_up:
                app.processEvents()  # charts are rendered one per turn of the loop
            for _ in range(3):  # let charts and layouts settle before grabbing
                app.processEvents()
            workers.collect_after_startup()
            ok = window.grab().save(str(args.screenshot))
            window.close()
            return 0 if ok else 1
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        window.show()
        # the first area's charts (and matplotlib behind them) are part of the start too
        QTimer.singleShot(STARTUP_HOLD_MS, workers.collect_after_startup)
        from charts.canvas import after_first_paint, preload_when_idle

        # without charts on the first area, matplotlib loads while the user reads it
        after_first_paint(window, preload_when_idle, PRELOAD_PAUSE_MS)
        _close_on_termination(window)
        with loop:
            loop.run_until_complete(closed.wait())
            _close_telegram(loop, window.services.telegram)
        # Figures still computing read the database: let them finish before it goes away.
        QThreadPool.globalInstance().waitForDone(5000)
    return 0


def _close_on_termination(window) -> None:
    """SIGTERM or SIGINT (a log-out, ``kill``, Ctrl+C in a terminal) closes the window as the
    user would, so Telegram disconnects cleanly; every quote is already saved either way.

    Python runs signal handlers only between bytecodes, and Qt's loop runs in C++: a timer
    hands control back to Python twice a second so the handler is not kept waiting.
    """
    import logging
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum, _frame) -> None:
        QTimer.singleShot(0, QApplication.closeAllWindows)
        QTimer.singleShot(0, QApplication.quit)

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):  # Windows has no SIGTERM delivery to GUI programs
            signal.signal(getattr(signal, name), close)
    window.termination_timer = QTimer(window)
    window.termination_timer.timeout.connect(lambda: None)
    window.termination_timer.start(500)
    logging.getLogger("channelrate").info("Window open; SIGTERM or SIGINT closes it")


def _close_telegram(loop, telegram) -> None:
    """Stop a running sync and disconnect cleanly; a hung network must not hold the exit."""
    if telegram is None:
        return
    with contextlib.suppress(Exception):  # leaving anyway; the session file is already saved
        loop.run_until_complete(asyncio.wait_for(telegram.close(), 5))


if __name__ == "__main__":
    sys.exit(run())
