"""What the pricing parsers reject, said in the UI language.

The parsers in ``pricing`` know no Qt, so their messages are English; each :class:`InputError`
also names its reason in ``code`` (and the numbers in ``details``). :func:`input_error_text` turns
that into a translated message with the numbers shown the user's way. Every screen that shows a
parser's complaint goes through it, so one reason reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pricing import InputError
from ui import formatting


def generic_price_text() -> str:
    return QCoreApplication.translate(
        "InputMessages", "Price must be a positive number, such as 1500, 1 500 ₽, 1,5к or $50"
    )


def generic_format_text() -> str:
    return QCoreApplication.translate(
        "InputMessages", "Format must look like 1/24, 2/48, 24, forever or native"
    )


def currency_text() -> str:
    return QCoreApplication.translate(
        "InputMessages", "Currency must be a code of 3 to 5 Latin letters, such as RUB, USD or USDT"
    )


def _price(problem: str) -> str:
    hint = QCoreApplication.translate(
        "InputMessages", "Enter a number such as 1500, 1 500 ₽, 1,5к or $50."
    )
    return f"{problem} {hint}"


def _messages(details: dict) -> dict[str, Callable[[], str]]:
    """Reason code → its message, each made only when asked for."""

    def get(name: str, default: object = "") -> str:
        return str(details.get(name, default))

    return {
        "price_empty": lambda: _price(
            QCoreApplication.translate("InputMessages", "Enter a price.")
        ),
        "price_not_number": generic_price_text,
        "price_negative": lambda: _price(
            QCoreApplication.translate("InputMessages", "A price cannot be negative.")
        ),
        "price_zero": lambda: _price(
            QCoreApplication.translate("InputMessages", "A price must be above zero.")
        ),
        "price_too_many_digits": lambda: _price(
            QCoreApplication.translate("InputMessages", "The price has too many digits.")
        ),
        "price_bad_grouping": lambda: QCoreApplication.translate(
            "InputMessages", "Digits must be grouped in threes: write 1 500 or 1500."
        ),
        "price_bad_separator": lambda: _price(
            QCoreApplication.translate("InputMessages", "A separator is out of place.")
        ),
        "price_two_currencies": lambda: QCoreApplication.translate(
            "InputMessages", "The price names two currencies (%1): keep one."
        ).replace("%1", ", ".join(str(c) for c in details.get("currencies", ()))),
        "price_too_large": lambda: QCoreApplication.translate(
            "InputMessages", "The price is more than %1, which looks like a typo."
        ).replace("%1", formatting.number(details.get("maximum", 100_000_000))),
        "price_too_many_decimals": lambda: QCoreApplication.translate(
            "InputMessages", "A price can have at most %1 decimal places."
        ).replace("%1", get("decimals", 2)),
        "format_empty": lambda: QCoreApplication.translate(
            "InputMessages", "Enter a format such as 1/24, 2/48, 24, forever or native."
        ),
        "format_unknown": generic_format_text,
        "format_feed_zero": lambda: QCoreApplication.translate(
            "InputMessages",
            "Hours in the feed must be above 0 (write 1/0 or “forever” for no deletion).",
        ),
        "format_top_range": lambda: QCoreApplication.translate(
            "InputMessages", "Hours at the top must be a whole number from 0 to %1."
        ).replace("%1", get("maximum")),
        "format_feed_range": lambda: QCoreApplication.translate(
            "InputMessages", "Hours in the feed must be a whole number from 1 to %1, or “forever”."
        ).replace("%1", get("maximum")),
        "format_top_exceeds_feed": lambda: (
            QCoreApplication.translate(
                "InputMessages",
                "Hours at the top (%1) cannot exceed hours in the feed (%2): write top/feed, "
                "such as 1/24.",
            )
            .replace("%1", get("top"))
            .replace("%2", get("feed"))
        ),
        "currency_invalid": currency_text,
    }


def input_error_text(error: InputError, fallback: str = "") -> str:
    """The reason ``error`` gives, translated; ``fallback`` (or a general message) when the
    error names no reason this function knows."""
    details = getattr(error, "details", None) or {}
    make = _messages(details).get(getattr(error, "code", None) or "")
    if make is not None:
        return make()
    return fallback or QCoreApplication.translate("InputMessages", "This value cannot be used.")
