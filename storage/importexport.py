"""Importing the spreadsheet admins already keep, and exporting the price book. No Qt.

Import is two steps so nothing is written until the user agrees: :func:`read_preview` reads a CSV,
XLSX or ODS file (:mod:`storage.import_tables`), guesses what each column is from its header
(:mod:`storage.import_headers`) and sorts the rows into accepted drafts and rejected rows with a
reason (:mod:`storage.import_values`); :func:`rebuild_preview` does the sorting again when the
user changes a column's role, without reading the file again; then :func:`commit_preview` writes
the accepted ones in one transaction. :mod:`storage.import_paste` does the same for text pasted
from a chat (:mod:`pricing.paste`) or from a spreadsheet.

A wide sheet — one price column per format (``Канал;1/24;2/48;Навсегда``) — gives one quote per
filled price cell, each with the row's channel, reach and date.

A row that is the same quote as one already in the price book is not imported again, however the
file writes it and whether the stored quote was imported or typed by hand: see
:func:`same_quote_key` for what counts as the same quote. Re-importing the app's own export
therefore adds nothing.

Export writes text cells as text: a cell such as ``=HYPERLINK(...)`` is never a live formula
(XLSX: a string cell; CSV: an apostrophe in front, which import takes off again).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from pricing.errors import InputError
from pricing.parsing import Format
from storage.export_book import export_csv, export_xlsx
from storage.import_headers import (
    FORMAT_PRICE,
    IGNORE,
    ColumnMapping,
    guess_mapping,
    recognise_header,
    unrecognised,
)
from storage.import_tables import ImportFileError, Table, read_table
from storage.import_values import (
    Problem,
    RowError,
    _cell_text,
    _record_key,
    draft_from_cells,
    parse_date,
    parse_format_cached,
    parse_origin,
    parse_reach,
    parse_source,
    same_quote_key,
)
from storage.records import QuoteDraft
from storage.repositories import Storage

__all__ = [
    "ImportFileError",
    "ImportPreview",
    "Problem",
    "commit_preview",
    "export_csv",
    "export_xlsx",
    "parse_date",
    "parse_origin",
    "parse_reach",
    "parse_source",
    "read_preview",
    "rebuild_preview",
    "same_quote_key",
]

# How much of an unrecognised header row a message quotes.
SHOWN_HEADERS, SHOWN_HEADER_CHARS = 8, 40
_NUMBER = re.compile(r"[$₽€]?\s?\d[\d\s.,]*\s?(?:к|k|тыс\.?)?\s?(?:₽|руб\.?|р\.?|\$)?")
# The note a quote gets when its reach was counted over another window than its format's.
WINDOW_NOTE = "reach over {hours} h"


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    line: int
    draft: QuoteDraft
    reach_window_hours: int | None = None  # the window the file named for this reach


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    cells: tuple[str, ...]
    problem: Problem
    detail: str = ""


@dataclass(frozen=True, slots=True)
class UnusedNumbers:
    """A column left unmapped that holds numbers: it may be the reach or the price."""

    position: int
    header: str


@dataclass
class ImportPreview:
    """What importing a file would do. Nothing has been written yet."""

    path: Path
    headers: tuple[str, ...]
    mapping: ColumnMapping
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    table: Table | None = None  # kept to re-sort the rows when the mapping changes
    known_keys: frozenset[str] = frozenset()  # fingerprints of the quotes already stored
    unused_numbers: tuple[UnusedNumbers, ...] = ()
    window_mismatches: int = 0  # quotes whose reach window differs from their format's
    pasted: bool = False  # from text, not a file
    settings: tuple = ()  # default niche, currency, now, window note

    @property
    def drafts(self) -> list[QuoteDraft]:
        return [row.draft for row in self.accepted]

    @property
    def columns(self) -> dict[str, int]:
        """Our column name → position in the file (the first column of each role)."""
        found: dict[str, int] = {}
        for position, role in enumerate(self.mapping.roles):
            found.setdefault(role.role, position)
        found.pop(IGNORE, None)
        return found

    @property
    def ignored_headers(self) -> tuple[str, ...]:
        """Headers of the columns that are not imported, named so nothing is dropped unseen."""
        return tuple(
            self.headers[i] or f"#{i + 1}"
            for i, role in enumerate(self.mapping.roles)
            if role.role == IGNORE and i < len(self.headers)
        )

    @property
    def missing(self) -> tuple[str, ...]:
        """Required roles no column has: the file cannot be imported until the user maps them."""
        if self.table is None:
            return ()  # a chat paste has no columns
        return self.mapping.missing()

    @property
    def found_headers(self) -> str:
        return _headers_shown(self.headers)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
RememberedMapping = Callable[[Sequence[str]], ColumnMapping | None]


def _headers_shown(headers: Sequence[object]) -> str:
    """The first few headers, each in «», for a message: a 5,000-character row stays short, and
    a header with a comma in it (``Цена, ₽``) reads as one header."""
    shown = []
    for header in headers[:SHOWN_HEADERS]:
        text = " ".join(str(header).split())
        if len(text) > SHOWN_HEADER_CHARS:
            text = text[: SHOWN_HEADER_CHARS - 1] + "…"
        shown.append(f"«{text}»")
    if len(headers) > SHOWN_HEADERS:
        shown.append("…")
    return ", ".join(shown)


def map_columns(headers: Sequence[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Our column names → positions, and the headers that were not recognised."""
    mapping = guess_mapping(headers)
    columns: dict[str, int] = {}
    for position, role in enumerate(mapping.roles):
        if role.role != IGNORE:
            columns.setdefault(role.role, position)
    return columns, tuple(str(headers[i]) for i in unrecognised(headers, mapping))


def _looks_numeric(table: Table, position: int) -> bool:
    """Most filled cells of the column are numbers such as 3200, "3 200" or "3,2к"."""
    filled = numbers = 0
    for row in table.rows[:200]:
        cell = row[position] if position < len(row) else None
        text = _cell_text(cell)
        if not text:
            continue
        filled += 1
        if (isinstance(cell, int | float) and not isinstance(cell, bool)) or _NUMBER.fullmatch(
            text
        ):
            numbers += 1
    return filled > 0 and numbers * 10 >= filled * 6


def _reach_for(row: list, mapping: ColumnMapping, fmt: Format | None) -> tuple[object, int | None]:
    """The row's reach cell for a format: the reach column whose window is the format's, else
    one without a window, else the first."""
    positions = mapping.positions("reach")
    if not positions:
        return None, None
    filled = [p for p in positions if p < len(row) and _cell_text(row[p])]
    if not filled:
        return None, None
    if fmt is not None:
        window = fmt.reach_window_hours
        for p in filled:
            if mapping.roles[p].window_hours == window:
                return row[p], window
    plain = [p for p in filled if mapping.roles[p].window_hours is None]
    chosen = plain[0] if plain else filled[0]
    return row[chosen], mapping.roles[chosen].window_hours


def _build(preview: ImportPreview, progress: Progress | None, cancelled: Cancelled | None) -> bool:
    """Sort the table's rows into accepted and rejected by ``preview.mapping``; False when
    cancelled."""
    table, mapping = preview.table, preview.mapping
    assert table is not None
    _niche, _currency, _now, _window_note = preview.settings
    preview.accepted, preview.rejected = [], []
    preview.window_mismatches = 0
    asked = {i for _, positions in mapping.ambiguous for i in positions} | mapping.settled
    preview.unused_numbers = tuple(
        UnusedNumbers(i, table.headers[i] if i < len(table.headers) else "")
        for i in unrecognised(table.headers, mapping)
        if i not in asked and _looks_numeric(table, i)
    )
    if mapping.missing():
        return True
    seen: set[str] = set()
    outcomes: dict[tuple, tuple[Problem, str]] = {}
    singles = {
        role: pos
        for pos, r in reversed(list(enumerate(mapping.roles)))
        if (role := r.role) not in (IGNORE, FORMAT_PRICE, "reach")
    }
    wide = [(pos, r.format) for pos, r in enumerate(mapping.roles) if r.role == FORMAT_PRICE]
    price_at = mapping.position("price")
    price_currency = mapping.roles[price_at].currency if price_at is not None else None
    total = len(table.rows)
    for number, row in enumerate(table.rows):
        if number % 256 == 0:
            if cancelled and cancelled():
                return False
            if progress:
                progress(number, total)
        line = table.line_of(number)
        cells = {name: row[pos] if pos < len(row) else None for name, pos in singles.items()}
        shown = _Shown(row)
        if wide:
            priced = [(pos, fmt) for pos, fmt in wide if pos < len(row) and _cell_text(row[pos])]
            if not priced:
                preview.rejected.append(RejectedRow(line, tuple(shown), Problem.NO_PRICE))
                continue
            for pos, fmt in priced:
                reach, window = _reach_for(row, mapping, fmt)
                wide_cells = dict(cells, price=row[pos], format=fmt.label, reach=reach)
                currency = mapping.roles[pos].currency
                _accept(preview, line, shown, wide_cells, window, seen, currency)
        else:
            # a row written again cell for cell ends as the first one did, without parsing it
            try:
                earlier = outcomes.get(tuple(row))
            except TypeError:  # an unhashable cell from a reader: parse it
                earlier = None
            if earlier is not None:
                problem, detail = earlier
                preview.rejected.append(RejectedRow(line, tuple(shown), problem, detail))
                continue
            fmt = None
            with contextlib.suppress(InputError):
                fmt = _format_of(cells.get("format"))
            reach, window = _reach_for(row, mapping, fmt)
            before = len(preview.rejected)
            _accept(preview, line, shown, dict(cells, reach=reach), window, seen, price_currency)
            with contextlib.suppress(TypeError):
                rejected = preview.rejected[-1] if len(preview.rejected) > before else None
                if rejected is not None and rejected.problem != Problem.ALREADY_IMPORTED:
                    outcomes[tuple(row)] = (rejected.problem, rejected.detail)
                else:
                    outcomes[tuple(row)] = (Problem.DUPLICATE_IN_FILE, "")
    if progress:
        progress(total, total)
    return True


class _Shown:
    """A row's cells as text, made only when the row is rejected and shown."""

    __slots__ = ("row",)

    def __init__(self, row: list):
        self.row = row

    def __iter__(self):
        return (_cell_text(cell) for cell in self.row)


def _format_of(cell: object) -> Format:
    text = _cell_text(cell)
    return parse_format_cached(text) if text else Format(1, 24)


def _accept(
    preview: ImportPreview,
    line: int,
    shown: _Shown | tuple[str, ...],
    cells: dict[str, object],
    window: int | None,
    seen: set[str],
    column_currency: str | None = None,
) -> None:
    niche, currency, now, window_note = preview.settings
    try:
        # "Цена, $": the header's currency is the cell's when the cell names none
        currency = column_currency or currency
        draft = draft_from_cells(cells, niche, currency, now)
    except RowError as error:
        preview.rejected.append(RejectedRow(line, tuple(shown), error.problem, error.detail))
        return
    if draft.import_key in seen:
        preview.rejected.append(RejectedRow(line, tuple(shown), Problem.DUPLICATE_IN_FILE))
        return
    seen.add(draft.import_key)  # type: ignore[arg-type]
    if draft.import_key in preview.known_keys:
        preview.rejected.append(RejectedRow(line, (), Problem.ALREADY_IMPORTED, draft.channel))
        return
    if window is not None and draft.reach is not None:
        fmt_window = Format(draft.top_hours, draft.feed_hours, draft.native).reach_window_hours
        if window != fmt_window:
            # the reach was counted over another window than the format's: say so with it
            preview.window_mismatches += 1
            note = window_note.replace("{hours}", str(window))
            draft = replace(draft, note=f"{draft.note}; {note}" if draft.note else note)
    preview.accepted.append(AcceptedRow(line, draft, window))


def _known_keys(storage: Storage | None, table_keys: Iterable[str] = ()) -> frozenset[str]:
    """Fingerprints of every quote in the price book, with or without an import key."""
    if storage is None:
        return frozenset()
    from storage.quote_list import list_quotes_fast

    keys = {_record_key(record) for record in list_quotes_fast()}
    return frozenset(keys)


def _known_with_edited(storage: Storage | None, preview: ImportPreview) -> None:
    """An edited imported quote keeps the key of the row it came from: its row is known too."""
    if storage is None or not preview.accepted:
        return
    edited = storage.quotes.existing_import_keys(d.import_key for d in preview.drafts)
    if edited:
        preview.known_keys = preview.known_keys | frozenset(edited)
        kept = []
        for row in preview.accepted:
            if row.draft.import_key in edited:
                preview.rejected.append(
                    RejectedRow(row.line, (), Problem.ALREADY_IMPORTED, row.draft.channel)
                )
            else:
                kept.append(row)
        preview.accepted = kept
        preview.rejected.sort(key=lambda r: r.line)


def read_preview(
    path: Path | str,
    storage: Storage | None = None,
    default_niche: str | None = None,
    default_currency: str = "RUB",
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    encoding: str | None = None,
    remembered: RememberedMapping | None = None,
    window_note: str = WINDOW_NOTE,
) -> ImportPreview | None:
    """Read a file and sort its rows; None when cancelled. Writes nothing.

    Columns are mapped by :func:`guess_mapping` (or by ``remembered(headers)`` when the user
    mapped a file with the same headers before). A file whose channel or price column is not
    found still gives a preview: :attr:`ImportPreview.missing` names what to map.
    With ``storage`` given, rows that are the same quote as one in the price book are listed as
    rejected (:attr:`Problem.ALREADY_IMPORTED`). Only :class:`ImportFileError` is raised.
    Safe to call from a worker thread.
    """
    path = Path(path)
    table = read_table(path, encoding=encoding, cancelled=cancelled)
    if table is None:
        return None
    table = _skip_title_rows(table)
    mapping = (remembered(table.headers) if remembered else None) or guess_mapping(table.headers)
    preview = ImportPreview(
        path,
        tuple(str(h) for h in table.headers),
        mapping,
        encoding=table.encoding,
        delimiter=table.delimiter,
        table=table,
        settings=(default_niche, default_currency, now or datetime.now(UTC), window_note),
    )
    preview.known_keys = _known_keys(storage)
    if not _build(preview, progress, cancelled):
        return None
    _known_with_edited(storage, preview)
    return preview


def _skip_title_rows(table: Table) -> Table:
    """A sheet that starts with a title ("Прайс на ноябрь") has its header a few rows down:
    of the top rows, the one with the most recognised headers (at least two) is the header."""

    def known(headers) -> int:
        return sum(1 for h in headers if recognise_header(h) is not None)

    best, best_known = -1, known(table.headers)
    for skipped, row in enumerate(table.rows[:5]):
        count = known([_cell_text(cell) for cell in row])
        if count > best_known and count >= 2:
            best, best_known = skipped, count
    if best < 0:
        return table
    return replace(
        table,
        headers=[_cell_text(cell) for cell in table.rows[best]],
        rows=table.rows[best + 1 :],
        first_line=table.line_of(best) + 1,
        lines=[table.line_of(i) for i in range(best + 1, len(table.rows))],
    )


def rebuild_preview(
    preview: ImportPreview, mapping: ColumnMapping, *, cancelled: Cancelled | None = None
) -> ImportPreview | None:
    """The same file sorted again with another column mapping; reads nothing from disk.
    None when cancelled. Safe to call from a worker thread."""
    rebuilt = replace(preview, mapping=mapping, accepted=[], rejected=[])
    return rebuilt if _build(rebuilt, None, cancelled) else None


class _CommitCancelled(Exception):
    pass


def commit_preview(
    storage: Storage,
    preview: ImportPreview,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[int]:
    """Write the accepted rows in one transaction; returns the ids of the quotes added.

    All or nothing: a cancel (checked between chunks) or an error rolls everything back and
    nothing is written, so the import is one step the user can undo or run again.
    """

    def report(done: int, total: int) -> None:
        if cancelled and cancelled():
            raise _CommitCancelled
        if progress:
            progress(done, total)

    if cancelled and cancelled():
        return []
    try:
        return storage.quotes.add_many_ids(preview.drafts, progress=report)
    except _CommitCancelled:
        return []
