"""The *My channel* area: the admin's own channel, its reach, its price list and own CPM.

Reach can be typed by hand (stored in the database with the channel); when the channel's posts
have view snapshots (Telegram sync), the measured figure is shown under the typed one and wins.
Measured figures not yet worked out for the current data are computed in a worker thread
(:func:`ui.workers.run_task`): the area says "computing…" until they arrive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from application.pricebook import format_of
from pricing import InputError
from pricing.cpm import err
from pricing.parsing import parse_format, parse_price
from storage.import_values import parse_reach
from storage.records import TYPED_REACH_WINDOWS
from ui import formatting
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.input_messages import generic_format_text, generic_price_text, input_error_text
from ui.quote_form import CURRENCIES, CurrencyFollowsPrice, currency_code
from ui.quote_model import format_text
from ui.services import Services
from ui.texts import reach_method_text
from ui.workers import run_task

REACH_WINDOWS = TYPED_REACH_WINDOWS  # the windows the database keeps a typed figure for

log = logging.getLogger(__name__)


def kept_figures(reach_service, channel_id: int, windows) -> tuple[dict, list[int]]:
    """The own reach per window already worked out for the current data, and the windows that
    still need computing (``reach_service`` is :class:`application.reach.ReachService`)."""
    figures, missing = {}, []
    for window in sorted(set(windows)):
        figure = reach_service.current(channel_id, window)
        if figure is None:
            missing.append(window)
        else:
            figures[window] = figure.as_own_reach()
    return figures, missing


def compute_reach(owner, reach_service, channel_id: int, windows, then) -> object:
    """Work out the reach at ``windows`` in a worker; ``then()`` on the UI thread afterwards."""
    windows = list(windows)

    def work():
        for window in windows:
            reach_service.reach(channel_id, window)

    def failed(error: Exception) -> None:
        log.error("Computing the reach failed", exc_info=(type(error), error, error.__traceback__))

    return run_task(owner, work, lambda _none: then(), failed)


AUTOSAVE_MS = 600


def _show_unless_typing(edit: QLineEdit, text: str) -> None:
    """Show a stored value, unless the user is typing in the field: the cursor stays put."""
    if edit.hasFocus() and edit.isModified():
        return
    edit.setText(text)
    edit.setModified(False)


class MyChannelArea(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = services.pricebook
        self.niche_id: int | None = None
        self._computing = None  # the worker computing measured reach (ui.workers.Task)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("@username or channel name"))
        self.name_field = FieldWithError(self.name)
        self.subscribers = QLineEdit()
        self.subscribers_field = FieldWithError(self.subscribers)
        self.reach_edits: dict[int, QLineEdit] = {}
        self.reach_fields: dict[int, FieldWithError] = {}
        self.measured_labels: dict[int, QLabel] = {}
        self.flags = {
            "caught_cheating": QCheckBox(self.tr("Caught buying views or subscribers")),
            "mega_compilations": QCheckBox(self.tr("Often in mega-compilations")),
            "under_promotion": QCheckBox(self.tr("Growing through bought ads")),
            "narrow_niche": QCheckBox(self.tr("Narrow niche, few competitors")),
        }
        self.save_button = QPushButton(self.tr("Save channel"))
        self.save_button.clicked.connect(self.save_channel)
        # What is typed is saved on its own a moment after the typing stops (and at once when
        # the user leaves the area): the suggestion uses the reach without a Save press.
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_if_valid)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: gray;")

        channel_box = QGroupBox(self.tr("Your channel"))
        form = QFormLayout(channel_box)
        form.addRow(self.tr("Channel"), self.name_field)
        form.addRow(self.tr("Subscribers"), self.subscribers_field)
        for window in REACH_WINDOWS:
            edit = QLineEdit()
            edit.setPlaceholderText(
                self.tr("average views of a post after %1 h").replace("%1", str(window))
            )
            field = FieldWithError(edit)
            measured = QLabel()
            measured.setStyleSheet("color: gray;")
            measured.setWordWrap(True)
            measured.hide()
            self.reach_edits[window], self.reach_fields[window] = edit, field
            self.measured_labels[window] = measured
            # the box as wide as the other fields, the measured figure and its method under it
            row = QVBoxLayout()
            row.setSpacing(2)
            row.addWidget(field)
            row.addWidget(measured)
            form.addRow(self.tr("Reach per post, %1 h").replace("%1", str(window)), row)
            edit.textEdited.connect(self._channel_edited)
        self.name.textEdited.connect(self._channel_edited)
        self.subscribers.textEdited.connect(self._channel_edited)
        for check in self.flags.values():
            form.addRow("", check)
            check.clicked.connect(self._channel_edited)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.err_label = QLabel()
        self.err_label.setObjectName("errLabel")
        form.addRow(self.tr("ERR (reach / subscribers)"), self.err_label)

        # own price list
        self.prices = QTableWidget(0, 5)
        self.prices.setObjectName("ownPrices")
        self.prices.setHorizontalHeaderLabels(
            [
                self.tr("Format"),
                self.tr("Price"),
                self.tr("Reach used"),
                self.tr("Your CPM"),
                self.tr("Since"),
            ]
        )
        self.prices.verticalHeader().hide()
        self.prices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.prices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The longest title ("Reach used", longer still in Russian) keeps its full width.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.price_format = QComboBox()
        self.price_format.setEditable(True)
        self.price_format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.price_format_field = FieldWithError(self.price_format)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("2 500 ₽, 2,5к, $30"))
        self.price_field = FieldWithError(self.price_edit)
        self.price_currency = QComboBox()
        self.price_currency.setEditable(True)
        self.price_currency.addItems(CURRENCIES)
        self.price_currency_field = FieldWithError(self.price_currency)
        self._currency_follows = CurrencyFollowsPrice(self.price_currency)
        self.price_currency.editTextChanged.connect(lambda _t: self._validate_price(show=True))
        self.set_price_button = QPushButton(self.tr("Set price"))
        self.set_price_button.setObjectName("setPriceButton")
        self.price_hint = QLabel()
        self.price_hint.setObjectName("priceHint")
        self.price_hint.setStyleSheet("color: gray;")
        self.price_hint.setWordWrap(True)
        self.set_price_button.clicked.connect(self.set_price)
        self.price_edit.textEdited.connect(lambda _t: self._validate_price(show=True))
        self.price_format.editTextChanged.connect(lambda _t: self._validate_price(show=True))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_format_field, 1)
        price_row.addWidget(self.price_field, 2)
        price_row.addWidget(self.price_currency_field)
        price_row.addWidget(self.set_price_button, 0, Qt.AlignmentFlag.AlignTop)
        prices_box = QGroupBox(self.tr("Your prices"))
        prices_layout = QVBoxLayout(prices_box)
        prices_layout.addWidget(self.prices)
        prices_layout.addLayout(price_row)
        prices_layout.addWidget(self.price_hint)

        layout = QHBoxLayout(self)
        layout.addWidget(channel_box, 1)
        layout.addWidget(prices_box, 1)
        from ui.help_menu import metric_tooltips

        tips = metric_tooltips()  # each figure says how it is computed
        self.err_label.setToolTip(tips["err"])
        for edit in self.reach_edits.values():
            edit.setToolTip(tips["reach"])
        self.prices.setToolTip(tips["cpm"])
        self._validate_price(show=False)

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def shutdown(self) -> None:
        """Nothing runs past the window's life here (the figures drop with their widget)."""

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        own = self.service.own_channel()
        self._validate_price(show=False)
        if own is None:
            self.name.clear()
            self.subscribers.clear()
            self.prices.setRowCount(0)
            self.saved_label.setText(self.tr("Enter your channel: it is saved as you type."))
            return
        _show_unless_typing(self.name, own.display_name)
        _show_unless_typing(self.subscribers, formatting.number(own.subscribers))
        prices = self.service.own_prices(own.id)
        windows = {24, *REACH_WINDOWS, *(format_of(p).reach_window_hours for p in prices)}
        measured, missing = kept_figures(self.service.reach, own.id, windows)
        if missing and self._computing is None:
            self._computing = compute_reach(
                self, self.service.reach, own.id, missing, self._reach_computed
            )
        computing = self.tr("computing…")
        for window in REACH_WINDOWS:
            typed = own.typed_reach(window)
            _show_unless_typing(self.reach_edits[window], formatting.number(typed))
            label = self.measured_labels[window]
            figure = measured.get(window)
            if window in missing:
                label.setText(self.tr("measured: %1").replace("%1", computing))
            elif figure is not None:
                label.setText(
                    self.tr("measured: %1 (%2)")
                    .replace("%1", formatting.number(figure.views))
                    .replace("%2", reach_method_text(figure))
                )
            label.setVisible(window in missing or figure is not None)
        for name, check in self.flags.items():
            check.setChecked(getattr(own, name))
        self.saved_label.clear()

        def best(window: int) -> int | str | None:
            """Measured when possible, else typed (as PriceBookService.best_own_reach)."""
            if window in missing:
                return computing
            figure = measured.get(window)
            return figure.views if figure else self.service.typed_reach(own.id, window)

        self._show_err(own, best(24))
        self._fill_prices(prices, best)

    def _reach_computed(self) -> None:
        self._computing = None
        self.reload()  # now from the kept figures

    def _show_err(self, own, reach: int | str | None) -> None:
        if isinstance(reach, str):
            self.err_label.setText(reach)
        elif reach and own.subscribers:
            self.err_label.setText(formatting.percent(err(reach, own.subscribers), 1))
        else:
            self.err_label.setText("—")

    def _fill_prices(self, prices, best) -> None:
        self.prices.setRowCount(len(prices))
        for row, price in enumerate(prices):
            fmt = format_of(price)
            reach = best(fmt.reach_window_hours)
            computing = isinstance(reach, str)
            own_cpm = None if computing else self.service.own_cpm(price.price, reach)
            cells = (
                format_text(fmt.label),
                formatting.money(price.price, price.currency),
                reach if computing else formatting.number(reach) if reach else "—",
                formatting.money(own_cpm, price.currency)
                if own_cpm is not None
                else reach
                if computing
                else "—",
                formatting.date(price.valid_from),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.prices.setItem(row, column, item)

    # --- writing ----------------------------------------------------------------------------

    def _validate_channel(self) -> dict | None:
        ok = True
        if not self.name.text().strip():
            self.name_field.set_error(self.tr("Enter your channel's @username or name"))
            ok = False
        else:
            self.name_field.set_error("")
        subscribers = None
        if self.subscribers.text().strip():
            try:
                subscribers = parse_reach(self.subscribers.text())
                self.subscribers_field.set_error("")
            except InputError:
                self.subscribers_field.set_error(
                    self.tr("Subscribers must be a whole number above 0")
                )
                ok = False
        else:
            self.subscribers_field.set_error("")
        reaches = {}
        for window, edit in self.reach_edits.items():
            if not edit.text().strip():
                self.reach_fields[window].set_error("")
                reaches[window] = None  # cleared
                continue
            try:
                reaches[window] = parse_reach(edit.text())
                self.reach_fields[window].set_error("")
            except InputError:
                self.reach_fields[window].set_error(self.tr("Views must be a whole number above 0"))
                ok = False
        self.save_button.setEnabled(ok)
        return {"subscribers": subscribers, "reaches": reaches} if ok else None

    def _channel_edited(self, *_args) -> None:
        self._validate_price(show=False)  # "Set price" follows whether a channel is typed
        if self._validate_channel() is not None and self.name.text().strip():
            self._autosave.start()
        else:
            self._autosave.stop()  # nothing invalid is saved, not even later

    def _save_if_valid(self) -> None:
        self._autosave.stop()
        if self.name.text().strip() and self._validate_channel() is not None:
            self.save_channel()

    def hideEvent(self, event) -> None:
        if self._autosave.isActive():  # leaving for the suggestion: what was typed counts
            self._save_if_valid()
        super().hideEvent(event)

    def save_channel(self) -> None:
        self._autosave.stop()
        values = self._validate_channel()
        if values is None:
            return
        try:
            own = self.service.save_own_channel(
                self.name.text(), self.niche_id, values["subscribers"]
            )
        except (InputError, ValueError) as error:
            self.name_field.set_error(str(error))
            return
        self.services.storage.channels.update(
            own.id, **{name: check.isChecked() for name, check in self.flags.items()}
        )
        for window, reach in values["reaches"].items():
            self.service.set_typed_reach(own.id, window, reach)
        self.changed.emit()
        # after the emit: the window's reload (connected to ``changed``) clears this label
        self.saved_label.setText(self.tr("Saved."))

    def _validate_price(self, show: bool) -> bool:
        ok = True
        try:
            parse_format(self.price_format.currentText().replace(self.tr("native"), "native"))
            self.price_format_field.set_error("")
        except InputError as error:
            ok = False
            if show:
                self.price_format_field.set_error(input_error_text(error, generic_format_text()))
        try:
            money = parse_price(self.price_edit.text())
            self._currency_follows.follow(money.currency)
            self.price_field.set_error("")
        except InputError as error:
            ok = False
            if show and self.price_edit.text().strip():
                self.price_field.set_error(input_error_text(error, generic_price_text()))
        try:
            currency_code(self.price_currency.currentText())
            self.price_currency_field.set_error("")
        except InputError as error:
            ok = False
            self.price_currency_field.set_error(input_error_text(error))
        has_channel = self.service.own_channel() is not None or bool(self.name.text().strip())
        self.set_price_button.setEnabled(ok and has_channel)
        if not has_channel:
            why = self.tr("Enter your channel on the left first: prices belong to it.")
        elif not self.price_edit.text().strip():
            why = self.tr("Type a price, such as 2 500 ₽, to set it for the format.")
        elif not ok:
            why = self.tr("Correct the field marked in red to set the price.")
        else:
            why = ""
        self.set_price_button.setToolTip(why)
        self.price_hint.setText(why)
        self.price_hint.setVisible(bool(why))
        return ok

    def set_price(self) -> None:
        if self._autosave.isActive() or self.service.own_channel() is None:
            self._save_if_valid()  # the channel typed but not yet saved
        own = self.service.own_channel()
        if own is None or not self._validate_price(show=True):
            return
        fmt = parse_format(self.price_format.currentText().replace(self.tr("native"), "native"))
        money = parse_price(self.price_edit.text())
        currency = money.currency or currency_code(self.price_currency.currentText())
        self.service.set_own_price(own.id, money.amount, currency, fmt)
        self.price_edit.clear()
        self.changed.emit()
