"""The Help menu (Guide, keyboard shortcuts, About, the welcome page), the exchange-rate entry
in Edit, the app icon and the version in the title bar. Installed on a built main window
(``install_help``) so the window itself only assembles its areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.version import APP_NAME, VERSION

ICON = Path(__file__).with_name("icons") / "channelrate.png"


def app_icon() -> QIcon:
    return QIcon(str(ICON))


def metric_tooltips() -> dict[str, str]:
    """Each figure the app shows and its formula, by key: the tooltips and the Guide share it."""
    keys = ("cpm", "reach", "format", "err", "er", "p25_p75", "outlier", "price", "averages")
    return dict(
        zip(
            keys,
            [
                QCoreApplication.translate(
                    "Help", "CPM = price / reach × 1000: what a thousand views of the ad cost."
                ),
                QCoreApplication.translate(
                    "Help", "Reach 24 h / 48 h = views a post collects in its first 24 / 48 hours."
                ),
                QCoreApplication.translate(
                    "Help",
                    "Format T/F: T hours at the top of the feed, F hours before deletion; 1/24 is "
                    "compared by 24-hour reach, 1/48 by 48-hour reach, longer formats by 72 hours.",
                ),
                QCoreApplication.translate(
                    "Help",
                    "ERR = reach / subscribers × 100 %: the share of subscribers who see a post.",
                ),
                QCoreApplication.translate(
                    "Help", "ER = (reactions + comments + forwards) / views × 100 %."
                ),
                QCoreApplication.translate(
                    "Help",
                    "P25–P75: the middle half of the niche's CPMs; a quarter is cheaper, "
                    "a quarter dearer.",
                ),
                QCoreApplication.translate(
                    "Help",
                    "Outlier: a CPM below P25 − 1.5 × IQR or above P75 + 1.5 × IQR, where "
                    "IQR = P75 − P25, among at least 4 quotes compared.",
                ),
                QCoreApplication.translate(
                    "Help", "Suggested price = niche CPM × your reach / 1000 × each adjustment."
                ),
                QCoreApplication.translate(
                    "Help",
                    "Mean CPM = sum of the CPMs / their number; median: the middle one; trimmed "
                    "mean: the mean without the lowest and highest 10 %; weighted: "
                    "Σ price / Σ reach × 1000, so big channels weigh more.",
                ),
            ],
            strict=True,
        )
    )


def metric_formulas() -> str:
    """Every figure's formula, one a line (the Guide)."""
    return "\n".join(metric_tooltips().values())


def guide_html() -> str:
    steps = [
        QCoreApplication.translate(
            "Help",
            "<b>Price book</b>: add competitors' quotes (price, format, reach) by hand, or import "
            "the spreadsheet you keep (File → Import). Each quote's CPM is worked out at once.",
        ),
        QCoreApplication.translate(
            "Help",
            "<b>My channel</b>: your channel, subscribers and the views a post collects in 24 and "
            "48 hours. It is saved as you type; with Telegram connected the views are measured.",
        ),
        QCoreApplication.translate(
            "Help",
            "<b>Price suggestion</b>: pick the format. The price is the niche's CPM times your "
            "reach / 1000, then each adjustment you switch on (caught cheating, narrow niche…). "
            "The fair range uses the niche's P25–P75.",
        ),
        QCoreApplication.translate("Help", "<b>History</b>: a channel's price and CPM over time."),
        QCoreApplication.translate(
            "Help",
            "<b>Vetting</b>: paste a channel link and its price to see whether the price is fair "
            "and its views look real.",
        ),
        QCoreApplication.translate(
            "Help",
            "Quotes in dollars or USDT: give a rate in Edit → Exchange rates… and they join a "
            "rouble niche, marked as converted.",
        ),
    ]
    formulas = "".join(f"<li>{line}</li>" for line in metric_formulas().split("\n"))
    steps_title = QCoreApplication.translate("Help", "ChannelRate in six steps")
    formulas_title = QCoreApplication.translate("Help", "How each figure is computed")
    return (
        f"<h3>{steps_title}</h3><ol>"
        + "".join(f"<li>{step}</li>" for step in steps)
        + f"</ol><h3>{formulas_title}</h3><ul>{formulas}</ul>"
    )


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(action, keys) for every menu action that has a shortcut, in menu order."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut()
            if not keys.isEmpty():
                name = action.text().replace("&", "").rstrip(".…")
                rows.append((name, keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


class TextDialog(QDialog):
    """A read-only page with a Close button: the Guide, the shortcuts, About."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None, icon=False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpDialog")
        layout = QVBoxLayout(self)
        if icon:
            picture = QLabel()
            picture.setPixmap(app_icon().pixmap(96, 96))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)


def about_html() -> str:
    return (
        f"<h2>{APP_NAME} {VERSION}</h2><p>"
        + QCoreApplication.translate(
            "Help",
            "What to charge for a Telegram channel ad post, and whether a channel's price is "
            "fair and its views real. Your data stays on this computer.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "Help", "Built with Qt (PySide6), Telethon, peewee and matplotlib."
        )
        + "</p>"
    )


def install_help(window: QMainWindow) -> dict[str, QAction]:
    """Add Edit → Exchange rates…, the Help menu, the icon and the version to ``window``."""
    window.setWindowIcon(app_icon())
    title = window.windowTitle()
    if VERSION not in title:
        window.setWindowTitle(title.replace(APP_NAME, f"{APP_NAME} {VERSION}", 1))

    actions: dict[str, QAction] = {}
    rates = QAction(QCoreApplication.translate("Help", "Exchange rates…"), window)
    rates.triggered.connect(lambda: open_rates(window))
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None and menu_action.menu().objectName() == "editMenu":
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(rates)
            break
    else:
        window.menuBar().addMenu(QCoreApplication.translate("Help", "&Edit")).addAction(rates)
    actions["rates"] = rates

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
    help_menu.setObjectName("helpMenu")
    guide = help_menu.addAction(QCoreApplication.translate("Help", "Guide"))
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(
        lambda: show_dialog(window, QCoreApplication.translate("Help", "Guide"), guide_html())
    )
    shortcuts = help_menu.addAction(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    shortcuts.triggered.connect(lambda: show_shortcuts(window))
    welcome = help_menu.addAction(QCoreApplication.translate("Help", "Welcome page"))
    welcome.triggered.connect(lambda: window.show_area("welcome"))
    help_menu.addSeparator()
    about = help_menu.addAction(QCoreApplication.translate("Help", "About ChannelRate"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(
        lambda: show_dialog(
            window, QCoreApplication.translate("Help", "About ChannelRate"), about_html(), icon=True
        )
    )
    actions.update(guide=guide, shortcuts=shortcuts, welcome=welcome, about=about)
    window.help_actions = actions
    return actions


def show_dialog(window: QMainWindow, title: str, html: str, icon: bool = False) -> TextDialog:
    dialog = TextDialog(title, html, window, icon=icon)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_shortcuts(window: QMainWindow) -> TextDialog:
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
        for name, keys in shortcut_rows(window)
    )
    return show_dialog(
        window, QCoreApplication.translate("Help", "Keyboard shortcuts"), f"<table>{rows}</table>"
    )


def open_rates(window: QMainWindow):
    from ui.exchange_rates import ExchangeRatesDialog

    dialog = ExchangeRatesDialog(window.services.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(window.reload)
    dialog.open()
    return dialog
