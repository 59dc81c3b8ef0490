"""The exchange rates the user types (roubles per unit, each with its date), kept in the settings
file, and the small dialog that edits them. With a rate, quotes in dollars or USDT join a rouble
niche on *Price suggestion*, marked as converted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pricing import InputError
from pricing.rates import BASE_CURRENCY, ExchangeRates, Rate, parse_rate
from ui import formatting
from ui.quote_form import CURRENCIES

_KEY = "rates/{currency}"  # value: "95.5;2026-12-01"


def read_rates(settings: QSettings) -> ExchangeRates:
    """The saved rates; a damaged entry is skipped rather than breaking the suggestion."""
    rates = {}
    for currency in CURRENCIES:
        if currency == BASE_CURRENCY:
            continue
        value = settings.value(_KEY.format(currency=currency))
        if not value:
            continue
        try:
            amount, day = str(value).split(";")
            rate = Rate(currency, Decimal(amount), date.fromisoformat(day))
        except (ValueError, InvalidOperation):
            continue
        if rate.rub_per_unit > 0:
            rates[currency] = rate
    return ExchangeRates(rates)


def write_rate(settings: QSettings, currency: str, rub_per_unit: Decimal | None, day: date) -> None:
    key = _KEY.format(currency=currency.upper())
    if rub_per_unit is None:
        settings.remove(key)
    else:
        settings.setValue(key, f"{rub_per_unit};{day.isoformat()}")
    settings.sync()


class ExchangeRatesDialog(QDialog):
    """One field per currency: how many roubles one unit buys; empty means "do not convert"."""

    saved = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange rates"))
        self.settings = settings
        current = read_rates(settings)
        intro = QLabel(
            self.tr(
                "Type how many roubles one unit buys. Quotes in these currencies then join a "
                "rouble niche on “Price suggestion”, marked as converted. Leave a field empty "
                "to keep such quotes out."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.dates: dict[str, QLabel] = {}
        currencies = [c for c in CURRENCIES if c != BASE_CURRENCY]
        for row, currency in enumerate(currencies):
            rate = current.rate(currency)
            edit = QLineEdit(formatting.number(rate.rub_per_unit, 2) if rate else "")
            edit.setPlaceholderText(self.tr("₽ for 1 %1").replace("%1", currency))
            edit.setObjectName(f"rate_{currency}")
            when = QLabel(
                self.tr("set on %1").replace("%1", formatting.date_of_day(rate.set_on))
                if rate
                else ""
            )
            when.setStyleSheet("color: gray;")
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.hide()
            grid.addWidget(QLabel(f"1 {currency} ="), row * 2, 0)
            grid.addWidget(edit, row * 2, 1)
            grid.addWidget(QLabel("₽"), row * 2, 2)
            grid.addWidget(when, row * 2, 3)
            grid.addWidget(error, row * 2 + 1, 1, 1, 3)
            self.edits[currency], self.errors[currency], self.dates[currency] = edit, error, when
            edit.textEdited.connect(lambda _t: self.validate())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def validate(self) -> dict[str, Decimal | None] | None:
        values: dict[str, Decimal | None] = {}
        ok = True
        for currency, edit in self.edits.items():
            text = edit.text().strip()
            error = ""
            if not text:
                values[currency] = None
            else:
                try:
                    values[currency] = parse_rate(text)
                except InputError:
                    error = self.tr("A rate is a positive number, such as 95,5")
                    ok = False
            self.errors[currency].setText(error)
            self.errors[currency].setVisible(bool(error))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return values if ok else None

    def save(self) -> None:
        values = self.validate()
        if values is None:
            return
        old = read_rates(self.settings)
        today = QDate.currentDate().toPython()  # the user's own calendar day
        for currency, value in values.items():
            before = old.rate(currency)
            if before is not None and value == before.rub_per_unit:
                continue  # unchanged: keeps the date it was set on
            write_rate(self.settings, currency, value, today)
        self.saved.emit()
        self.accept()
