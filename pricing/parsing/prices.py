"""Prices as people type them in ad chats ("1 500 ₽", "1,5к", "$50"), and amounts shown back.

The parser returns a :class:`Money` or raises :class:`~pricing.errors.InputError` whose message
says what is wrong and what is accepted; no other exception escapes for any string.

Price number policy (the "1,500" vs "1,5" question):

* spaces (also no-break, thin and narrow no-break spaces) between digit groups are thousands
  separators: "1 000", "1 500 000"; groups after the first must have three digits;
* when both "." and "," appear, the last one is the decimal mark and the other separates
  thousands: "1.500,50" and "1,500.50" are both 1500.50;
* one kind of mark appearing several times separates thousands: "1,000,000", "1.000.000";
* a single "." or "," followed by exactly three digits is a thousands separator ("1,500" and
  "1.500" are 1500), unless the whole part is 0 ("0,500" is 0.5), the whole part already uses
  spaces as thousands separators ("1 000,500"), or a multiplier follows ("1,250к" is 1250);
  otherwise it is the decimal mark ("1,5", "12.50");
* multipliers: к/k/тыс/тысяч → ×1000, млн/m/mln/кк/kk → ×1 000 000;
* the result may have at most two decimal places and must be above 0 and at most 100 million.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from pricing.errors import InputError
from pricing.parsing._shared import alternation, normalise_spaces, quote_text

__all__ = ["MAX_PRICE", "Money", "format_amount", "parse_price"]

MAX_PRICE = Decimal(100_000_000)

_PRICE_EXAMPLES = "such as 1500, 1 500 ₽, 1,5к, 2 тыс, $50, 30 USDT or 10 TON"

# Lower-case spellings → ISO-ish currency code. Suffix words may also end with a dot ("руб.").
_CURRENCY_WORDS: dict[str, str] = {
    # Russian rouble
    "₽": "RUB",
    "р": "RUB",
    "руб": "RUB",
    "рубль": "RUB",
    "рубля": "RUB",
    "рублей": "RUB",
    "rub": "RUB",
    "rur": "RUB",
    # US dollar
    "$": "USD",
    "usd": "USD",
    "долл": "USD",
    "доллар": "USD",
    "доллара": "USD",
    "долларов": "USD",
    "dollar": "USD",
    "dollars": "USD",
    # Euro
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "евро": "EUR",
    # Crypto used to pay for Telegram ads
    "usdt": "USDT",
    "ton": "TON",
    "тон": "TON",
    # Neighbouring markets
    "₴": "UAH",
    "грн": "UAH",
    "uah": "UAH",
    "₸": "KZT",
    "тг": "KZT",
    "тенге": "KZT",
    "kzt": "KZT",
    "сум": "UZS",
    "сумов": "UZS",
    "uzs": "UZS",
}
_PREFIX_SYMBOLS = "$€₽₴₸"

_MULTIPLIER_WORDS: dict[str, int] = {
    "к": 1000,
    "k": 1000,
    "тыс": 1000,
    "тысяча": 1000,
    "тысячи": 1000,
    "тысяч": 1000,
    "thousand": 1000,
    "кк": 1_000_000,
    "kk": 1_000_000,
    "m": 1_000_000,
    "mln": 1_000_000,
    "млн": 1_000_000,
    "million": 1_000_000,
    "миллион": 1_000_000,
    "миллиона": 1_000_000,
    "миллионов": 1_000_000,
}


_PRICE_RE = re.compile(
    rf"""
    (?P<prefix>[{re.escape(_PREFIX_SYMBOLS)}])?\s?
    (?P<number>[0-9](?:[0-9 .,]*[0-9])?)
    \s?(?:(?P<mult>{alternation(list(_MULTIPLIER_WORDS))})\.?)?
    \s?(?:(?P<currency>{alternation(list(_CURRENCY_WORDS))})\.?)?
    """,
    re.VERBOSE,
)

_GROUPED = re.compile(r"[0-9]{1,3}(?:(?P<sep>[ .,])[0-9]{3})(?:(?P=sep)[0-9]{3})*")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money and its currency code (``None`` when the text named no currency)."""

    amount: Decimal
    currency: str | None = None


def _price_error(problem: str, text: str, code: str, **details: object) -> InputError:
    return InputError(
        f"{problem}. Enter a positive number, {_PRICE_EXAMPLES}; got {quote_text(text)}.",
        code=code,
        **details,
    )


def _split_number(number: str, has_multiplier: bool) -> tuple[str, str]:
    """Split the digits of a price into (whole part with its separators, fraction digits)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return number, ""
    kinds = set(marks)
    if len(kinds) == 2:
        decimal_mark = number[max(number.rfind("."), number.rfind(","))]
        if marks.count(decimal_mark) != 1:
            raise ValueError("decimal mark used twice")
    elif len(marks) > 1:
        return number, ""  # "1,000,000": one kind of mark, several times → thousands
    else:
        decimal_mark = marks[0]
        whole, _, fraction = number.partition(decimal_mark)
        if (
            len(fraction) == 3
            and not has_multiplier
            and whole.strip(" ") != "0"
            and " " not in whole
            and fraction.isdigit()
        ):
            return number, ""  # "1,500" → 1500
    whole, _, fraction = number.rpartition(decimal_mark)
    return whole, fraction


def _whole_digits(whole: str) -> str:
    """The digits of a whole part, checking that any separators sit between groups of three."""
    if re.fullmatch(r"[0-9]+", whole):
        return whole
    if _GROUPED.fullmatch(whole):
        return re.sub(r"[ .,]", "", whole)
    raise ValueError("badly grouped digits")


def _exponent(amount: Decimal) -> int:
    """The power of ten of the amount's last digit: 2 for 1.5E+3, -2 for 12.50."""
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, str):  # "n", "N" or "F": NaN or infinity, never a price
        raise InputError(f"An amount must be a finite number; got {amount}.")
    return exponent


def _plain(amount: Decimal) -> Decimal:
    """The same value without trailing zeros or exponent notation: 1500.0 → 1500, 1.50 → 1.5."""
    with localcontext() as ctx:
        ctx.prec = 80
        amount = amount.normalize()
        if _exponent(amount) > 0:
            amount = amount.quantize(Decimal(1))
    return amount


def parse_price(text: str) -> Money:
    """Read a price as typed in Russian and English ad chats: "1 500 ₽", "1,5к", "$50", "10 TON".

    See the module docstring for how thousands separators and decimal marks are told apart.
    """
    if not isinstance(text, str):
        raise InputError(f"Price must be text, {_PRICE_EXAMPLES}.", code="price_not_number")
    cleaned = normalise_spaces(text).lower()
    if not cleaned:
        raise _price_error("Price is empty", text, "price_empty")
    if cleaned[0] in "-−–" or re.match(rf"[{re.escape(_PREFIX_SYMBOLS)}]\s?[-−–]", cleaned):
        raise _price_error("Price cannot be negative", text, "price_negative")
    match = _PRICE_RE.fullmatch(cleaned)
    if match is None:
        raise _price_error("Price must be a positive number", text, "price_not_number")

    prefix, suffix = match["prefix"], match["currency"]
    currencies = {_CURRENCY_WORDS[c] for c in (prefix, suffix) if c}
    if len(currencies) > 1:
        raise _price_error(
            f"Price names two currencies ({', '.join(sorted(currencies))})",
            text,
            "price_two_currencies",
            currencies=tuple(sorted(currencies)),
        )
    currency = currencies.pop() if currencies else None
    multiplier = _MULTIPLIER_WORDS[match["mult"]] if match["mult"] else 1

    number = match["number"]
    if len(number) > 40:
        raise _price_error("Price has too many digits", text, "price_too_many_digits")
    try:
        whole, fraction = _split_number(number, has_multiplier=multiplier != 1)
        digits = _whole_digits(whole)
    except ValueError:
        raise _price_error(
            "Price digits are not grouped in threes (write 1 500 or 1500)",
            text,
            "price_bad_grouping",
        ) from None
    if fraction and not fraction.isdigit():
        raise _price_error("Price has a misplaced separator", text, "price_bad_separator")

    with localcontext() as ctx:
        ctx.prec = 80
        amount = Decimal(f"{digits}.{fraction}" if fraction else digits) * multiplier
    if amount <= 0:
        raise _price_error("Price must be above zero", text, "price_zero")
    if amount > MAX_PRICE:
        raise _price_error(
            "Price is more than 100 million, which looks like a typo",
            text,
            "price_too_large",
            maximum=MAX_PRICE,
        )
    amount = _plain(amount)
    if _exponent(amount) < -2:
        raise _price_error(
            "Price can have at most two decimal places", text, "price_too_many_decimals", decimals=2
        )
    return Money(amount, currency)


def format_amount(amount: Decimal, decimals: int | None = None) -> str:
    """Show an amount with spaces between thousands and "." as decimal mark: 12345.6 → "12 345.6".

    ``decimals=None`` shows as many decimals as the value has (none for whole numbers); otherwise
    the amount is rounded half-up to that many places. The result is accepted by
    :func:`parse_price` (when it is a valid price).
    """
    amount = Decimal(amount)
    if decimals is not None:
        amount = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    else:
        amount = _plain(amount)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    shown = sign + " ".join(groups)
    return f"{shown}.{fraction}" if fraction else shown
