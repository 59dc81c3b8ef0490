"""The form for adding or editing one price-book quote.

Every field is read by the pricing parsers as the user types; a value they reject shows a message
right under the field and Save stays disabled, so a bad quote can never be saved.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from pricing import InputError
from pricing.cpm import cpm
from pricing.parsing import Format, Money, parse_format, parse_price
from storage.import_values import parse_reach
from storage.records import QuoteDraft, QuoteRecord, QuoteSource, ReachOrigin
from ui import formatting
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.input_messages import generic_format_text, generic_price_text, input_error_text
from ui.quote_model import format_text, origin_names, source_names

CURRENCIES = ("RUB", "USD", "EUR", "USDT", "TON")
_CURRENCY_CODE = re.compile(r"[A-Z]{3,5}")


def currency_code(text: str) -> str:
    """The currency code typed in a currency box ("usd " → "USD").

    Raises InputError (code ``currency_invalid``) unless it is 3 to 5 Latin letters.
    """
    code = text.strip().upper()
    if not _CURRENCY_CODE.fullmatch(code):
        raise InputError(
            f"Currency must be a code of 3 to 5 Latin letters; got {text!r}.",
            code="currency_invalid",
        )
    return code


class CurrencyFollowsPrice:
    """Keeps a currency box in step with a price field that may name a currency ("$50").

    A price that names a currency selects it. When the price stops naming one, the box goes back
    to the currency it had before, but only if the price text chose it: a currency the user
    picked in the box is left alone.
    """

    def __init__(self, box: QComboBox):
        self.box = box
        self.from_text = False
        self._before = box.currentText()
        self._setting = False
        box.editTextChanged.connect(self._picked)

    def _picked(self, _text: str) -> None:
        if not self._setting:
            self.from_text = False

    def _set(self, text: str) -> None:
        self._setting = True
        try:
            self.box.setCurrentText(text)
        finally:
            self._setting = False

    def follow(self, named: str | None) -> None:
        """Call with the currency the price text names (None if it names none)."""
        current = self.box.currentText().strip().upper()
        if named:
            if named != current:
                if not self.from_text:
                    self._before = self.box.currentText()
                self._set(named)
            self.from_text = self.from_text or named != current
        elif self.from_text:
            self.from_text = False
            self._set(self._before)


def read_offer(
    format_text: str, price_text: str, currency: CurrencyFollowsPrice, errors: dict[str, str]
) -> tuple[Format | None, Money | None, str]:
    """Read the format, price and currency fields that a quote and a placement share.

    A price that names a currency ("$50") selects it in the currency box before the box is read.
    A field that does not parse gives None (or "" for the currency) and puts its message in
    ``errors`` under "format", "price" or "currency".
    """
    fmt = None
    native = QCoreApplication.translate("QuoteForm", "native")
    try:
        fmt = parse_format(format_text.replace(native, "native"))
    except InputError as error:
        errors["format"] = input_error_text(error, generic_format_text())
    money = None
    try:
        money = parse_price(price_text)
    except InputError as error:
        errors["price"] = input_error_text(error, generic_price_text())
    if money is not None:
        currency.follow(money.currency)
    code = ""
    try:
        code = currency_code(currency.box.currentText())
    except InputError as error:
        errors["currency"] = input_error_text(error)
    return fmt, money, code


class QuoteForm(QDialog):
    """Add / edit / duplicate a quote. ``draft()`` is the validated result."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        niches: list[str],
        parent=None,
        *,
        record: QuoteRecord | None = None,
        default_niche: str | None = None,
        title: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("New quote"))
        self.setMinimumWidth(460)
        self._draft: QuoteDraft | None = None

        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("@username, t.me link or channel name"))
        self.niche = QComboBox()
        self.niche.setEditable(True)
        self.niche.addItems(niches)
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.format.lineEdit().setPlaceholderText(self.tr("1/24, 2/48, forever, native"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("1500, 1 500 ₽, 1,5к, $50"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.reach = QLineEdit()
        self.reach.setPlaceholderText(self.tr("views a post collects over the format's window"))
        self.origin = QComboBox()
        for origin, name in origin_names().items():
            self.origin.addItem(name, origin.value)
        self.quoted_at = QDateEdit(QDate.currentDate())
        self.quoted_at.setCalendarPopup(True)
        self.quoted_at.setMaximumDate(QDate.currentDate())  # a price is quoted today or earlier
        self.quoted_at.setDisplayFormat(formatting.date_format())
        self.source = QComboBox()
        for source, name in source_names().items():
            self.source.addItem(name, source.value)
        self.note = QLineEdit()
        self.cpm_preview = QLabel()
        self.cpm_preview.setObjectName("cpmPreview")

        self.channel_field = FieldWithError(self.channel)
        self.format_field = FieldWithError(self.format)
        self.price_field = FieldWithError(self.price)
        self.currency_field = FieldWithError(self.currency)
        self.reach_field = FieldWithError(self.reach)

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel_field)
        form.addRow(self.tr("Niche"), self.niche)
        form.addRow(self.tr("Format"), self.format_field)
        form.addRow(self.tr("Price"), self.price_field)
        form.addRow(self.tr("Currency"), self.currency_field)
        form.addRow(self.tr("Reach (views)"), self.reach_field)
        form.addRow(self.tr("Reach origin"), self.origin)
        form.addRow(self.tr("Quote date"), self.quoted_at)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("CPM"), self.cpm_preview)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._touched: set[str] = set()
        if record is not None:
            self._fill(record)
        elif default_niche:
            self.niche.setCurrentText(default_niche)
        self._currency_follows = CurrencyFollowsPrice(self.currency)
        for editor, name in (
            (self.channel, "channel"),
            (self.price, "price"),
            (self.reach, "reach"),
        ):
            editor.textChanged.connect(lambda _text, n=name: self._edited(n))
        self.format.editTextChanged.connect(lambda _t: self._edited("format"))
        self.currency.editTextChanged.connect(lambda _t: self._edited("currency"))
        self.validate()

    def _fill(self, record: QuoteRecord) -> None:
        self.channel.setText(record.channel_name)
        self.niche.setCurrentText(record.niche_name or "")
        self.format.setCurrentText(
            format_text(Format(record.top_hours, record.feed_hours, record.native).label)
        )
        self.price.setText(formatting.number(record.price, 2 if record.price % 1 else 0))
        self.currency.setCurrentText(record.currency)
        self.reach.setText(str(record.reach) if record.reach else "")
        self.origin.setCurrentIndex(max(0, self.origin.findData(record.reach_origin.value)))
        local = record.quoted_at.astimezone()
        day = QDate(local.year, local.month, local.day)
        self.quoted_at.setMaximumDate(max(day, QDate.currentDate()))  # never move a stored date
        self.quoted_at.setDate(day)
        self.source.setCurrentIndex(max(0, self.source.findData(record.source.value)))
        self.note.setText(record.note)
        self._touched = {"channel", "price", "format", "reach", "currency"}

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    # --- validation -------------------------------------------------------------------------

    def validate(self) -> bool:
        """Check every field, show messages under touched ones; returns whether Save is allowed."""
        errors: dict[str, str] = {}
        channel = " ".join(self.channel.text().split())
        if not channel:
            errors["channel"] = self.tr("Enter the channel's @username, link or name")
        fmt, money, currency = read_offer(
            self.format.currentText(), self.price.text(), self._currency_follows, errors
        )
        reach = None
        if self.reach.text().strip():
            try:
                reach = parse_reach(self.reach.text())
            except InputError:
                errors["reach"] = self.tr("Views must be a whole number above 0")

        for name, field in (
            ("channel", self.channel_field),
            ("format", self.format_field),
            ("price", self.price_field),
            ("currency", self.currency_field),
            ("reach", self.reach_field),
        ):
            field.set_error(errors.get(name, "") if name in self._touched else "")

        if money is not None and reach:
            self.cpm_preview.setText(formatting.money(cpm(money.amount, reach), currency))
        else:
            self.cpm_preview.setText(self.tr("— (needs price and reach)"))

        ok = not errors
        self._draft = None
        if ok:
            day = self.quoted_at.date()
            # noon local time: the day the user picked, whatever their time zone
            local = datetime.combine(
                date(day.year(), day.month(), day.day()), time(12)
            ).astimezone()
            self._draft = QuoteDraft(
                channel=channel,
                price=Decimal(money.amount),
                quoted_at=local.astimezone(UTC),
                currency=currency,
                top_hours=fmt.top_hours,
                feed_hours=fmt.feed_hours,
                native=fmt.native,
                reach=reach,
                reach_origin=ReachOrigin(self.origin.currentData()),
                source=QuoteSource(self.source.currentData()),
                note=self.note.text().strip(),
                niche=self.niche.currentText().strip() or None,
            )
        self.save_button.setEnabled(ok)
        self.validity_changed.emit(ok)
        return ok

    def draft(self) -> QuoteDraft | None:
        return self._draft

    def _accept(self) -> None:
        self._touched = {"channel", "price", "format", "reach", "currency"}
        if self.validate():
            self.accept()

    def keyPressEvent(self, event) -> None:  # Enter with a bad value must not close the form
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.validate():
            return
        super().keyPressEvent(event)
