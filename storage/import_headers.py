"""What each column of an imported sheet means, read from its header by meaning, not spelling.

Admins write headers with units and windows (``Цена, ₽``, ``Стоимость (руб.)``, ``Охват за 24ч``,
``Просмотры 48ч``, ``Название канала``). :func:`recognise_header` strips the units, the window
and filler words ("средний", "avg", "за пост") and matches what is left on word stems, keeping the
window of a reach column. A header that is itself a placement format (``1/24``, ``2/48``,
``без удаления``, ``натив``) marks a *wide* sheet: one price column per format.

:func:`guess_mapping` turns a header row into a :class:`ColumnMapping` the user can then change
column by column. When two columns could both be the price (or the channel), neither is chosen:
the file is a question for the user, not a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pricing.errors import InputError
from pricing.parsing import Format, parse_format

# Roles a column can have. "ignore" keeps a column out of the quotes, on purpose.
IGNORE = "ignore"
ROLES = (
    "channel",
    "price",
    "reach",
    "format",
    "date",
    "niche",
    "currency",
    "source",
    "note",
    "reach_origin",
)
REQUIRED = ("channel", "price")
# A wide sheet's price column: "format_price:<format label>".
FORMAT_PRICE = "format_price"

# Stems, compared with the start of each word of a normalised header (longest role wins).
_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reach_origin", ("откудаохват", "источникохват", "reachorigin", "originofreach")),
    ("channel", ("канал", "ссылк", "назван", "channel", "username", "юзернейм", "link", "паблик")),
    ("price", ("цен", "стоимост", "прайс", "price", "cost", "rate")),
    ("reach", ("охват", "просмотр", "view", "reach")),
    ("format", ("формат", "format", "размещен", "placement")),
    ("date", ("дат", "date", "когда", "quoted", "day")),
    ("niche", ("ниш", "тематик", "категор", "niche", "category", "topic", "тема")),
    ("currency", ("валют", "currency")),
    ("source", ("источник", "откуда", "source", "where")),
    ("note", ("примечан", "заметк", "коммент", "note", "comment", "remark")),
)
# Headers that are known and deliberately not imported (computed or bookkeeping columns).
_IGNORED_STEMS = ("cpm", "срм", "цпм", "cpv", "id", "№", "n", "номер", "подписчик", "subscriber")

# Removed before matching: units, money signs, windows and filler words.
_WINDOW_RE = re.compile(
    r"(?:за\s*)?(?P<hours>\d{1,3})\s*(?:ч(?:ас(?:а|ов)?)?|h(?:ours?|rs?)?)\.?(?![\w])"
    r"|(?:за\s*)?(?P<days>\d)\s*(?:сут(?:ки|ок)?|дн(?:я|ей)?|d(?:ays?)?)\.?(?![\w])"
    r"|(?:за\s*)?(?P<word>сутки|день|day)(?![\w])",
    re.IGNORECASE,
)
_UNIT_RE = re.compile(
    r"₽|\$|€|(?<![\w])(?:руб(?:лей|ля|ль)?|rub|rur|usd|usdt|eur|ton|долл\w*|тыс|k|к)(?![\w])\.?",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(
    r"(?<![\w])(?:средн\w*|avg|average|за\s+пост|per\s+post|поста?|post|в|за|of|the|на|"
    r"одного|один|1|ориентир\w*|примерн\w*|~)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ColumnRole:
    """What one column is: a role, the reach window its header named, the format of a wide
    sheet's price column."""

    role: str = IGNORE
    window_hours: int | None = None
    format: Format | None = None
    currency: str | None = None  # the currency a price header names: "Цена, $" → USD

    @property
    def key(self) -> str:
        """The role as settings keep it: "price", "reach@48", "format_price:1/24"."""
        money = f"#{self.currency}" if self.currency else ""
        if self.role == FORMAT_PRICE and self.format is not None:
            return f"{FORMAT_PRICE}{money}:{self.format.label}"
        if self.window_hours:
            return f"{self.role}@{self.window_hours}"
        return self.role + money

    @classmethod
    def from_key(cls, key: str) -> ColumnRole:
        role, _, rest = str(key).partition(":")
        role, _, currency = role.partition("#")
        money = currency if re.fullmatch(r"[A-Z]{3,4}", currency) else None
        if role == FORMAT_PRICE:
            try:
                return cls(FORMAT_PRICE, format=parse_format(rest), currency=money)
            except InputError:
                return cls()
        if role == "price":
            return cls("price", currency=money)
        role, _, window = role.partition("@")
        if role not in ROLES:
            return cls()
        return cls(role, int(window) if window.isdigit() and 0 < int(window) <= 720 else None)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One :class:`ColumnRole` per column of the file, and the questions left for the user."""

    roles: tuple[ColumnRole, ...]
    # role → the columns that could each be it; none of them was chosen
    ambiguous: tuple[tuple[str, tuple[int, ...]], ...] = ()
    # columns the user has decided on (chosen, or left out when answering a question)
    settled: frozenset[int] = frozenset()

    def positions(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r.role == role]

    def position(self, role: str) -> int | None:
        found = self.positions(role)
        return found[0] if found else None

    @property
    def wide(self) -> bool:
        return any(r.role == FORMAT_PRICE for r in self.roles)

    def missing(self) -> tuple[str, ...]:
        """Required roles no column has (a wide sheet's format columns stand for the price)."""
        have = {r.role for r in self.roles}
        if FORMAT_PRICE in have:
            have.add("price")
        return tuple(role for role in REQUIRED if role not in have)

    def with_role(self, position: int, role: ColumnRole) -> ColumnMapping:
        """The mapping with one column changed; a single-column role moves off its old column."""
        roles = list(self.roles)
        if role.role in _SINGLE and role.role != "reach":
            roles = [ColumnRole() if r.role == role.role else r for r in roles]
        roles[position] = role
        settled = set(self.settled) | {position}
        ambiguous = []
        for name, cols in self.ambiguous:
            if name == role.role or position in cols:
                settled.update(cols)
            else:
                ambiguous.append((name, cols))
        return ColumnMapping(tuple(roles), tuple(ambiguous), frozenset(settled))

    def keys(self) -> list[str]:
        return [r.key for r in self.roles]


# Roles only one column can have (reach may repeat with different windows).
_SINGLE = frozenset(ROLES) - {"note"}


def normalise_header(text: object) -> str:
    return " ".join(str(text).casefold().replace("ё", "е").split())


def header_format(text: object) -> Format | None:
    """The placement format a wide sheet's column header names (``1/24``, ``2/48``, ``навсегда``,
    ``натив``), or None."""
    cleaned = normalise_header(text)
    cleaned = re.sub(
        r"[,;:()]|\b(?:цена|price|формат|format|за|for)\b|₽|руб\.?", " ", cleaned
    ).strip()
    if not cleaned or len(cleaned) > 30:
        return None
    if re.fullmatch(r"\d+(?:\s*(?:ч|h|часа?|часов))?", cleaned):
        return None  # a bare "24" is a window or a number, not a column of prices
    try:
        return parse_format(cleaned)
    except InputError:
        return None


_HEADER_CURRENCY = (
    ("USD", re.compile(r"\$|(?<![\w])(?:usd|долл\w*)(?![\w])")),
    ("EUR", re.compile(r"€|(?<![\w])(?:eur|евро)(?![\w])")),
    ("USDT", re.compile(r"(?<![\w])usdt(?![\w])")),
    ("TON", re.compile(r"(?<![\w])ton(?![\w])")),
    ("RUB", re.compile(r"₽|(?<![\w])(?:руб\w*|rub|rur|р)(?![\w])")),
)


def header_currency(text: object) -> str | None:
    """The currency a price header names: ``Цена, $`` → USD, ``Стоимость (руб.)`` → RUB."""
    cleaned = normalise_header(text)
    for code, pattern in _HEADER_CURRENCY:
        if pattern.search(cleaned):
            return code
    return None


def header_window(text: object) -> int | None:
    """Hours of the reach window a header names: ``Охват за 24ч`` → 24, ``views 48h`` → 48,
    ``охват за сутки`` → 24."""
    match = _WINDOW_RE.search(normalise_header(text))
    if match is None:
        return None
    if match["hours"]:
        hours = int(match["hours"])
    elif match["days"]:
        hours = 24 * int(match["days"])
    else:
        hours = 24
    return hours if 1 <= hours <= 720 else None


def _words(text: str) -> list[str]:
    text = _WINDOW_RE.sub(" ", text)
    text = _UNIT_RE.sub(" ", text)
    text = _FILLER_RE.sub(" ", text)
    return re.findall(r"[^\W_]+", text)


def recognise_header(text: object) -> ColumnRole | None:
    """What a header means, or None when it means nothing known. ``ColumnRole(IGNORE)`` is a
    header that is known and not imported (CPM, №, subscribers)."""
    cleaned = normalise_header(text)
    if not cleaned:
        return None
    fmt = header_format(cleaned)
    if fmt is not None:
        return ColumnRole(FORMAT_PRICE, format=fmt, currency=header_currency(cleaned))
    words = _words(cleaned)
    joined = "".join(words)
    if any(joined.startswith(stem) for stem in dict(_STEMS)["reach_origin"]):
        return ColumnRole("reach_origin")
    # the first word that means something decides: "Дата прайса" is a date, "Охват канала" a reach
    for word in words:
        for role, stems in _STEMS:
            if any(word.startswith(stem) for stem in stems):
                window = header_window(cleaned) if role == "reach" else None
                money = header_currency(cleaned) if role == "price" else None
                return ColumnRole(role, window, currency=money)
    if any(
        word in _IGNORED_STEMS or word.startswith(tuple(s for s in _IGNORED_STEMS if len(s) > 2))
        for word in words
    ):
        return ColumnRole(IGNORE)
    if not words and cleaned in ("№", "#"):
        return ColumnRole(IGNORE)
    return None


def guess_mapping(headers: Sequence[object]) -> ColumnMapping:
    """Pre-fill a mapping from the headers; two candidates for a single role choose neither."""
    guesses = [recognise_header(h) for h in headers]
    roles = [g or ColumnRole() for g in guesses]
    ambiguous: list[tuple[str, tuple[int, ...]]] = []
    for role in _SINGLE:
        positions = [i for i, r in enumerate(roles) if r.role == role]
        if len(positions) < 2:
            continue
        if role == "reach":
            windows = [roles[i].window_hours for i in positions]
            if len(set(windows)) == len(windows) and None not in windows:
                continue  # "Охват 24ч" and "Охват 48ч": each row takes the one of its format
        if role in ("channel", "price", "reach"):
            ambiguous.append((role, tuple(positions)))
            for i in positions:
                roles[i] = ColumnRole()
        else:
            for i in positions[1:]:
                roles[i] = ColumnRole()
    if any(r.role == FORMAT_PRICE for r in roles):
        # one price per format column: a plain "price" or "format" column would contradict them
        for i, r in enumerate(roles):
            if r.role in ("price", "format"):
                roles[i] = ColumnRole()
                ambiguous.append((r.role, (i,)))
    return ColumnMapping(tuple(roles), tuple(sorted(ambiguous)))


def unrecognised(headers: Sequence[object], mapping: ColumnMapping) -> list[int]:
    """Columns left as "ignore" that no rule knows to ignore: the user should see them."""
    return [
        i
        for i, (header, role) in enumerate(zip(headers, mapping.roles, strict=False))
        if role.role == IGNORE and recognise_header(header) != ColumnRole(IGNORE)
    ]
