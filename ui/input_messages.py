"""What the pricing parsers reject, said in the UI language.

The parsers in ``pricing`` know no Qt, so their messages are English; each :class:`InputError`
also names its reason in ``code`` (and the numbers in ``details``). :func:`input_error_text` turns
that into a translated message with the numbers shown the user's way. Every screen that shows a
parser's complaint goes through it, so one reason reads the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pricing import InputError
from ui import formatting

CONTEXT = "InputMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def generic_price_text() -> str:
    return _tr("Price must be a positive number, such as 1500, 1 500 ₽, 1,5к or $50")


def generic_format_text() -> str:
    return _tr("Format must look like 1/24, 2/48, 24, forever or native")


def currency_text() -> str:
    return _tr("Currency must be a code of 3 to 5 Latin letters, such as RUB, USD or USDT")


def input_error_text(error: InputError, fallback: str = "") -> str:
    """The reason ``error`` gives, translated; ``fallback`` (or a general message) when the
    error names no reason this function knows."""
    details = getattr(error, "details", {}) or {}
    code = getattr(error, "code", None)
    price_hint = _tr("Enter a number such as 1500, 1 500 ₽, 1,5к or $50.")
    format_hint = _tr("Enter a format such as 1/24, 2/48, 24, forever or native.")
    messages = {
        "price_empty": lambda: _tr("Enter a price.") + " " + price_hint,
        "price_not_number": generic_price_text,
        "price_negative": lambda: _tr("A price cannot be negative.") + " " + price_hint,
        "price_zero": lambda: _tr("A price must be above zero.") + " " + price_hint,
        "price_too_many_digits": lambda: _tr("The price has too many digits.") + " " + price_hint,
        "price_bad_grouping": lambda: _tr("Digits must be grouped in threes: write 1 500 or 1500."),
        "price_bad_separator": lambda: _tr("A separator is out of place.") + " " + price_hint,
        "price_two_currencies": lambda: _tr(
            "The price names two currencies (%1): keep one."
        ).replace("%1", ", ".join(str(c) for c in details.get("currencies", ()))),
        "price_too_large": lambda: _tr(
            "The price is more than %1, which looks like a typo."
        ).replace("%1", formatting.number(details.get("maximum", 100_000_000))),
        "price_too_many_decimals": lambda: _tr(
            "A price can have at most %1 decimal places."
        ).replace("%1", str(details.get("decimals", 2))),
        "format_empty": lambda: _tr("Enter a format.") + " " + format_hint,
        "format_unknown": generic_format_text,
        "format_feed_zero": lambda: _tr(
            "Hours in the feed must be above 0 (write 1/0 or “forever” for no deletion)."
        ),
        "format_top_range": lambda: _tr(
            "Hours at the top must be a whole number from 0 to %1."
        ).replace("%1", str(details.get("maximum", ""))),
        "format_feed_range": lambda: _tr(
            "Hours in the feed must be a whole number from 1 to %1, or “forever”."
        ).replace("%1", str(details.get("maximum", ""))),
        "format_top_exceeds_feed": lambda: (
            _tr(
                "Hours at the top (%1) cannot exceed hours in the feed (%2): write top/feed, "
                "such as 1/24."
            )
            .replace("%1", str(details.get("top", "")))
            .replace("%2", str(details.get("feed", "")))
        ),
        "currency_invalid": currency_text,
    }
    make = messages.get(code or "")
    if make is not None:
        return make()
    return fallback or _tr("This value cannot be used.")
