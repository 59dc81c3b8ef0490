"""Numbers, money and dates shown the user's way (QLocale), in one place."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale

CURRENCY_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "USDT": "USDT", "TON": "TON"}


def symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())


def number(value: Decimal | float | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def money(value: Decimal | float | None, currency: str, decimals: int = 0) -> str:
    """ "1 500 ₽" in Russian, "₽1,500" in English; small amounts keep two decimals."""
    if value is None:
        return ""
    if decimals == 0 and abs(Decimal(str(value))) < 100 and Decimal(str(value)) % 1:
        decimals = 2
    return QLocale().toCurrencyString(float(value), symbol(currency), decimals)


def percent(value: Decimal | float, decimals: int = 0) -> str:
    return f"{QLocale().toString(float(value), 'f', decimals)} %"


def _four_digit_year(pattern: str) -> str:
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def date_format() -> str:
    """The language's short date pattern with a four-digit year ("dd.MM.yyyy", "M/d/yyyy"):
    tables, labels and date fields all show dates this one way."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(stamp.date(), date_format())


def date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    pattern = _four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return QLocale().toString(stamp, pattern)


def date_of_day(day) -> str:
    """A calendar day (``datetime.date``) in the same short pattern as :func:`date`."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())
