"""The vetting form: channel, quoted price, format and niche, Check and Cancel, progress and status.

It reads and marks the input and shows how the check is going (:class:`CheckState`); what the
input means and what may happen next is :class:`application.vetting_session.VettingSession`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from application.vetting import VettingInputError, VettingResult
from application.vetting_session import CheckState, FormInput
from tgclient.errors import NotAuthorized, NotConfigured
from ui import formatting
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.input_messages import generic_format_text, generic_price_text, input_error_text
from ui.quote_model import format_text
from ui.telegram_texts import telegram_error_text

translate = QCoreApplication.translate

ALL_NICHES = -1


class VettingForm(QWidget):
    """The input row and the status row under it; ``check_requested`` on Check or Enter."""

    check_requested = Signal()
    cancel_requested = Signal()
    edited = Signal()  # a value changed: the checked result may no longer be what the form shows

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_inputs()
        self._init_buttons()
        self._init_layout()
        self._connect_signals()

    def _init_inputs(self) -> None:
        self.channel = QLineEdit()
        self.channel.setObjectName("vetChannel")
        self.channel.setPlaceholderText(translate("VettingArea", "@username or https://t.me/…"))
        self.channel_field = FieldWithError(self.channel)
        self.price = QLineEdit()
        self.price.setObjectName("vetPrice")
        self.price.setPlaceholderText(translate("VettingArea", "2 500 ₽, 2,5к, $30"))
        self.price_field = FieldWithError(self.price)
        self.format = QComboBox()
        self.format.setObjectName("vetFormat")
        self.format.setEditable(True)
        self.format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.format_field = FieldWithError(self.format)
        self.niche = QComboBox()
        self.niche.setObjectName("vetNiche")

    def _init_buttons(self) -> None:
        self.check_button = QPushButton(translate("VettingArea", "Check"))
        self.check_button.setObjectName("vetCheck")
        self.check_button.setDefault(True)
        self.cancel_button = QPushButton(translate("VettingArea", "Cancel"))
        self.cancel_button.setObjectName("vetCancel")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("vetProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("vetStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: gray;")

    def _init_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("VettingArea", "Channel")), 0, 0)
        grid.addWidget(QLabel(translate("VettingArea", "Quoted price")), 0, 1)
        grid.addWidget(QLabel(translate("VettingArea", "Format")), 0, 2)
        grid.addWidget(QLabel(translate("VettingArea", "Niche")), 0, 3)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.channel_field, 1, 0, top)
        grid.addWidget(self.price_field, 1, 1, top)
        grid.addWidget(self.format_field, 1, 2, top)
        grid.addWidget(self.niche, 1, 3, top)
        grid.addWidget(self.check_button, 1, 4, top)
        grid.addWidget(self.cancel_button, 1, 5, top)
        for column, stretch in enumerate((3, 2, 1, 2)):
            grid.setColumnStretch(column, stretch)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(status_row)

    def _connect_signals(self) -> None:
        self.check_button.clicked.connect(self.check_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        for edit in (self.channel, self.price):
            edit.returnPressed.connect(self.check_requested)
            edit.textEdited.connect(lambda _t: self.clear_errors())
            edit.textChanged.connect(lambda _t: self.edited.emit())
        self.format.editTextChanged.connect(lambda _t: self.clear_errors())
        self.format.currentTextChanged.connect(lambda _t: self.edited.emit())
        self.niche.currentIndexChanged.connect(lambda _i: self.edited.emit())

    # --- values ---

    def values(self) -> FormInput:
        """The form as typed (the format's translated "native" back in English for the parser)."""
        fmt = self.format.currentText().replace(translate("VettingArea", "native"), "native")
        return FormInput(self.channel.text(), self.price.text(), fmt, self.niche_id())

    def fill(self, channel: str, price: str, fmt: str) -> None:
        self.channel.setText(channel)
        self.price.setText(price)
        self.format.setCurrentText(fmt)

    def niche_id(self) -> int | None:
        data = self.niche.currentData()
        return None if data in (None, ALL_NICHES) else int(data)

    def set_niche(self, niche_id: int | None) -> None:
        index = self.niche.findData(ALL_NICHES if niche_id is None else niche_id)
        if index >= 0:
            self.niche.setCurrentIndex(index)

    def fill_niches(self, niches) -> None:
        """List "All niches" and ``niches``, keeping the chosen one (else the first niche)."""
        wanted = self.niche.currentData()
        self.niche.blockSignals(True)
        self.niche.clear()
        self.niche.addItem(translate("VettingArea", "All niches"), ALL_NICHES)
        for niche in niches:
            self.niche.addItem(niche.name, niche.id)
        index = self.niche.findData(wanted) if wanted is not None else -1
        if index < 0 and self.niche.count() > 1:
            index = 1
        self.niche.setCurrentIndex(max(index, 0))
        self.niche.blockSignals(False)

    # --- input errors ---

    def clear_errors(self) -> None:
        for field in (self.channel_field, self.price_field, self.format_field):
            field.set_error("")

    def show_input_error(self, error: VettingInputError) -> None:
        """Mark the wrong field with the parser's reason, worded as on the quote form."""
        fields = {
            "channel": self.channel_field,
            "price": self.price_field,
            "format": self.format_field,
        }
        # used when the parser names no specific reason
        fallbacks = {
            "channel": translate(
                "VettingArea", "Not a Telegram channel: use @username or a t.me link"
            ),
            "price": generic_price_text(),
            "format": generic_format_text(),
        }
        fields[error.field].set_error(input_error_text(error, fallbacks[error.field]))

    # --- how the check goes ---

    def show_state(self, state: CheckState, channel: str = "") -> None:
        """Buttons and progress for ``state``: Cancel only while fetching, Check while idle."""
        busy = state in (CheckState.FETCHING, CheckState.EVALUATING)
        self.check_button.setEnabled(not busy)
        self.cancel_button.setVisible(state is CheckState.FETCHING)
        self.progress.setVisible(busy)
        if state is CheckState.FETCHING:
            self.progress.setRange(0, 0)
            self.progress.setFormat(translate("VettingArea", "Connecting…"))
            self.status.setText(
                translate("VettingArea", "Fetching %1 from Telegram…").replace("%1", channel)
            )
        elif state is CheckState.EVALUATING:
            self.progress.setRange(0, 0)
            self.progress.setFormat(translate("VettingArea", "Computing…"))
            self.status.setText(translate("VettingArea", "Computing…"))

    def show_progress(self, progress) -> None:
        """The Telegram fetch's progress (subscribers, posts, views)."""
        phases = {
            "subscribers": translate("VettingArea", "Subscribers"),
            "posts": translate("VettingArea", "Posts"),
            "views": translate("VettingArea", "Views"),
        }
        label = phases.get(str(progress.phase), str(progress.phase))
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
            self.progress.setFormat(f"{label}: %v / %m")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{label}: {progress.done}")


def source_text(result: VettingResult) -> str:
    """The status line for a result: fresh from Telegram, or stored data and why."""
    if result.fetched:
        return translate("VettingArea", "Fresh data from Telegram.")
    if result.absent:
        text = translate("VettingArea", "No stored posts for this channel")
    else:
        text = translate("VettingArea", "Stored data as of %1").replace(
            "%1", formatting.date_time(result.data_as_of)
        )
    error, failure = result.fetch_error, ""
    if result.fetch_cancelled:
        text += " (" + translate("VettingArea", "the fetch was cancelled") + ")"
    elif isinstance(error, NotConfigured):  # not a failure: no account to ask
        text += " (" + translate("VettingArea", "Telegram is not set up") + ")"
    elif isinstance(error, NotAuthorized):
        text += " (" + translate("VettingArea", "not signed in to Telegram") + ")"
    elif error is not None:
        failure = " " + telegram_error_text(error)
    text += "." + failure
    if result.stale and not result.absent:
        text += " " + translate(
            "VettingArea", "The data is more than two days old: refresh before paying."
        )
    return text


def failure_text(error: BaseException) -> str:
    """The status line when a check failed for a reason not Telegram's."""
    return translate("VettingArea", "The check failed: %1").replace(
        "%1", str(error) or type(error).__name__
    )
