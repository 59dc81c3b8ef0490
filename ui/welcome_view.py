"""The *Welcome* page: three ways in (explore the demo, import my spreadsheet, connect Telegram)
and two sentences each on CPM and on how the price is suggested. Opened on the first start with
an empty database, and from Help → Welcome page."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import settings as opt
from ui.help_menu import app_icon
from ui.version import APP_NAME, VERSION

WELCOMED = opt.Option("ui/welcomed", False)  # the welcome page was shown once


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that open the demo in a separate window, in this language."""
    from ui.i18n import chosen_language

    arguments = ["--demo", "--lang", chosen_language() or "auto"]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, [sys.argv[0], *arguments]


class WelcomeArea(QWidget):
    """Buttons lead into the app; ``demo_requested`` when the user wants the sample data."""

    demo_requested = Signal()

    def __init__(self, window, demo: bool, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.demo = demo
        title = QLabel(
            self.tr("Welcome to %1").replace("%1", APP_NAME) + f" <small>{VERSION}</small>"
        )
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        lead = QLabel(
            self.tr(
                "ChannelRate tells you what to charge for an ad post in your Telegram channel, "
                "and whether another channel's price is fair. Start one of three ways:"
            )
        )
        lead.setWordWrap(True)

        self.demo_button = QPushButton(self.tr("Explore the demo"))
        self.demo_button.setObjectName("welcomeDemo")
        self.import_button = QPushButton(self.tr("Import my spreadsheet…"))
        self.import_button.setObjectName("welcomeImport")
        self.telegram_button = QPushButton(self.tr("Connect Telegram…"))
        self.telegram_button.setObjectName("welcomeTelegram")
        ways = QVBoxLayout()
        for button, text in (
            (
                self.demo_button,
                self.tr(
                    "A made-up crypto niche with 27 competitors and a channel of your own: "
                    "see every screen filled in. Your own data is not touched."
                ),
            ),
            (
                self.import_button,
                self.tr(
                    "A CSV or Excel file with one competitor's quote per row: channel, price, "
                    "reach, and optionally format, date and niche. docs/sample_pricebook.csv "
                    "shows the columns."
                ),
            ),
            (
                self.telegram_button,
                self.tr(
                    "Sign in with your Telegram account: your channel's views are read and its "
                    "reach measured, and competitors' channels can be checked."
                ),
            ),
        ):
            button.setMinimumWidth(240)
            note = QLabel(text)
            note.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(note, 1)
            ways.addLayout(row)

        explain = QLabel(
            "<p><b>"
            + self.tr("What is CPM?")
            + "</b> "
            + self.tr(
                "CPM is the price of an ad post per thousand views: 1 000 ₽ for a post that "
                "collects 2 000 views in 24 hours is a CPM of 500 ₽. It lets channels of "
                "different sizes be compared by one figure."
            )
            + "</p><p><b>"
            + self.tr("How is the price suggested?")
            + "</b> "
            + self.tr(
                "ChannelRate takes the average CPM of your niche's quotes in the same format "
                "and multiplies it by your own reach / 1000. Then it applies the adjustments "
                "you switch on, and shows every step and a fair range."
            )
            + "</p><p>"
            + self.tr(
                "Next: fill in “My channel” (name and views per post), then open "
                "“Price suggestion”. Help → Guide explains every figure."
            )
            + "</p>"
        )
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.RichText)
        explain.setObjectName("welcomeExplain")
        self.my_channel_button = QPushButton(self.tr("Set up my channel"))
        self.my_channel_button.clicked.connect(lambda: window.show_area("mychannel"))

        content = QWidget()
        content.setMaximumWidth(900)
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addWidget(lead)
        layout.addLayout(ways)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(explain)
        layout.addWidget(self.my_channel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.demo_button.clicked.connect(self.explore_demo)
        self.import_button.clicked.connect(self.import_spreadsheet)
        self.telegram_button.clicked.connect(self.connect_telegram)
        telegram = getattr(window.services, "telegram", None)
        if telegram is None:
            self.telegram_button.setEnabled(False)
            self.telegram_button.setToolTip(
                self.tr("The demo never connects to Telegram.")
                if demo
                else self.tr("Telegram is not available in this run.")
            )

    # --- the window's calls (a page of buttons: nothing to read or stop) ---

    def set_niche(self, niche_id: int | None) -> None:
        pass

    def reload(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def explore_demo(self) -> None:
        if self.demo:  # already in the demo: go to its filled-in price book
            self.window_.show_area("pricebook")
            return
        self.demo_requested.emit()
        program, arguments = demo_command()
        QProcess.startDetached(program, arguments)

    def import_spreadsheet(self) -> None:
        self.window_.show_area("pricebook")
        self.window_.pricebook.import_action.trigger()

    def connect_telegram(self) -> None:
        from ui.telegram_panel import TelegramPanel

        panel = self.window_.findChild(TelegramPanel)
        if panel is not None:
            panel.sign_in_action.trigger()


def mount_welcome(window, demo: bool) -> None:
    """Add the welcome page as an area (built when first shown); open it on the first start
    with an empty database."""
    from PySide6.QtCore import QCoreApplication

    window.add_lazy_area(
        lambda: WelcomeArea(window, demo, window),
        QCoreApplication.translate("main", "Welcome"),
        "welcome",
    )
    settings = window.services.settings
    empty = (
        not window.services.storage.quotes.count()
        and window.services.pricebook.own_channel() is None
    )
    if not demo and empty and not WELCOMED.read(settings):
        window.show_area("welcome")
        WELCOMED.write(settings, True)
