"""ChannelRate: start-up. Arguments, QApplication with a qasync loop, and the composition root."""

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


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
    return parser.parse_args(argv)


def _install_fallback_font() -> None:
    """PySide6 ships no fonts: register matplotlib's DejaVu Sans so Cyrillic is never boxes."""
    import matplotlib
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families():
        return
    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    QFontDatabase.addApplicationFont(str(font))


def compose(args: argparse.Namespace, workdir: Path):
    """The one place that builds the database, the services and the main window."""
    from storage import Storage, describe, open_database
    from storage.demo import seed_demo
    from ui.main_window import MainWindow
    from ui.services import Services

    if args.demo:
        db = open_database(workdir / "demo.sqlite3")
        storage = Storage(db)
        seed_demo(storage)
        label = "Demo data (not saved)"
    else:
        db = open_database(args.db)
        storage = Storage(db)
        label = describe(db)
    services = Services(storage=storage, database_label=label)
    return MainWindow(services)


def run(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("ChannelRate")
    app.setOrganizationName("ChannelRate")
    _install_fallback_font()

    import qasync  # after PySide6, so qasync picks this binding

    with tempfile.TemporaryDirectory(prefix="channelrate-") as workdir:
        window = compose(args, Path(workdir))
        if args.screenshot:
            window.resize(1280, 820)
            window.show()
            app.processEvents()
            ok = window.grab().save(str(args.screenshot))
            window.close()
            return 0 if ok else 1
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        window.show()
        with loop:
            loop.run_until_complete(closed.wait())
    return 0


if __name__ == "__main__":
    sys.exit(run())
