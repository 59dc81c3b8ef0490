"""Reading a table out of a CSV, XLSX or ODS file, or out of pasted text, within fixed limits.

Whatever the file holds, the only exception that leaves this module is
:class:`ImportFileError` with a code the UI words in the user's language. Every reader is
bounded: file size, unpacked size of a spreadsheet, rows, columns and characters per cell, and
checks ``cancelled()`` as it goes, so a hostile file (a sheet that claims A1:XFD1048576, a header
of a million commas, a zip bomb) is refused in seconds and a slow read can be stopped.

Text encodings are chosen per file and honestly: clean UTF-8 (with or without BOM) is UTF-8; a
file that is not UTF-8 but reads as plausible Russian in Windows-1251 is cp1251; anything else is
a question for the user (``ImportFileError("encoding_unclear")``), who may then name the encoding.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_FILE_BYTES = 30 * 1024 * 1024  # a price book of 100,000 rows is about 10 MB of CSV
MAX_UNPACKED_BYTES = 60 * 1024 * 1024  # what an XLSX/ODS may inflate to
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 5_000  # longer than any note; a 200 MB "note" is refused, not imported

Cancelled = Callable[[], bool]
_Cell = TypeVar("_Cell")


class ImportFileError(Exception):
    """The file as a whole cannot be read; ``code`` names why, ``detail`` adds what was found.

    Codes: unreadable, empty, no_columns, too_big, too_many_rows, too_many_columns,
    cell_too_long, encoding_unclear, no_sheet, not_a_table.
    """

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class Table:
    """A header row and data rows as read; cells are str, int, float, date or None."""

    headers: list[str]
    rows: list[list[object]]
    encoding: str = ""
    delimiter: str = ""
    first_line: int = 2  # the file line of rows[0] (the header is line 1)
    lines: list[int] | None = None  # the file line of each row, where blank lines were skipped

    def line_of(self, index: int) -> int:
        if self.lines is not None and index < len(self.lines):
            return self.lines[index]
        return self.first_line + index


class _Stop(Exception):
    """Reading was cancelled."""


def _check_cancel(cancelled: Cancelled | None, count: int) -> None:
    if cancelled is not None and count % 256 == 0 and cancelled():
        raise _Stop


def read_table(
    path: Path | str,
    *,
    encoding: str | None = None,
    cancelled: Cancelled | None = None,
) -> Table | None:
    """The first sheet of a CSV, XLSX or ODS file; None when cancelled."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError("unreadable", error.strerror or str(error)) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError("too_big", f"{size // (1024 * 1024)} MB")
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path, cancelled)
        if suffix == ".ods":
            return _read_ods(path, cancelled)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ImportFileError("unreadable", error.strerror or str(error)) from None
        if raw[:2] == b"PK":  # a spreadsheet saved with a .csv name
            raise ImportFileError("not_a_table", "zip")
        return read_text_table(
            decode_text(raw, encoding), cancelled=cancelled, encoding=text_encoding(raw, encoding)
        )
    except _Stop:
        return None
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError("too_big") from None
    except Exception as error:  # a reader library's own error on a damaged file
        raise ImportFileError("unreadable", type(error).__name__) from None


# --- text ----------------------------------------------------------------------------------

# cp1251 bytes that Russian text really uses above 0x7F besides the letters (0xC0–0xFF):
# Ё ё № « » no-break space, dashes, quotes, ellipsis, bullet, euro, ₽ is not in cp1251.
_CP1251_COMMON = frozenset(b"\xa8\xb8\xb9\xab\xbb\xa0\x96\x97\x93\x94\x84\x85\x95\x88\x92\x91\xb0")


def _plausible_cp1251(raw: bytes) -> bool:
    high = [b for b in raw if b >= 0x80]
    if not high:
        return True
    odd = sum(1 for b in high if b < 0xC0 and b not in _CP1251_COMMON)
    # UTF-8 Cyrillic read as cp1251 is every other byte in 0x80–0xBF ("РљСЂ"): about half odd
    return odd <= max(2, len(high) // 50) and b"\x98" not in raw


def decode_text(raw: bytes, encoding: str | None = None) -> str:
    """The text of a file: UTF-8 or cp1251 when clear, or the encoding the user named."""
    if encoding:
        try:
            return raw.decode(encoding, errors="replace").removeprefix("\ufeff")
        except LookupError:
            raise ImportFileError("encoding_unclear", encoding) from None
    if b"\x00" in raw[:4096]:
        raise ImportFileError("not_a_table", "binary")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        bad_at = error.start
    if _plausible_cp1251(raw):
        return raw.decode("cp1251", errors="replace")
    raise ImportFileError("encoding_unclear", f"byte {bad_at + 1}")


def text_encoding(raw: bytes, encoding: str | None = None) -> str:
    """The name shown for the encoding :func:`decode_text` chose."""
    if encoding:
        return encoding
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1251"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in ";,\t|"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text_table(
    text: str, *, cancelled: Cancelled | None = None, encoding: str | None = None
) -> Table:
    """A delimited table from text (a CSV file, or cells copied from a spreadsheet)."""
    if "\x00" in text:
        raise ImportFileError("not_a_table", "binary")
    # universal newlines: CR-only (old Mac Excel), CRLF and LF files read alike
    source = io.StringIO(text, newline=None)
    first = ""
    for line in text.splitlines()[:50]:
        if line.strip(" ;,\t|\"'"):
            first = line
            break
    if not first:
        raise ImportFileError("empty")
    delimiter = "\t" if "\t" in first else _delimiter(first[: 64 * 1024])
    rows: list[list[object]] = []
    lines: list[int] = []
    headers: list[str] | None = None
    first_line = 2
    reader = csv.reader(source, delimiter=delimiter)
    try:
        for count, row in enumerate(reader):
            _check_cancel(cancelled, count)
            if len(row) > MAX_COLUMNS:
                row = _trim(row)
            if not any(cell.strip() for cell in row):
                continue
            for cell in row:
                if len(cell) > MAX_CELL_CHARS:
                    raise ImportFileError("cell_too_long", f"{reader.line_num}")
            if headers is None:
                headers = [_unescape_formula(cell) for cell in row]
                first_line = reader.line_num + 1
                continue
            rows.append([_unescape_formula(cell) for cell in row])
            lines.append(reader.line_num)
            if len(rows) > MAX_ROWS:
                raise ImportFileError("too_many_rows", str(MAX_ROWS))
    except csv.Error as error:
        detail = f"{reader.line_num}"
        if "field larger" in str(error):
            raise ImportFileError("cell_too_long", detail) from None
        raise ImportFileError("unreadable", detail) from None
    if headers is None:
        raise ImportFileError("empty")
    name = encoding or ""
    return Table(headers, rows, name, delimiter, first_line, lines)


def _trim(row: list[_Cell]) -> list[_Cell]:
    """A row cut to its last filled cell; more than :data:`MAX_COLUMNS` filled is refused."""
    end = len(row)
    while end and (row[end - 1] is None or str(row[end - 1]).strip() == ""):
        end -= 1
    if end > MAX_COLUMNS:
        raise ImportFileError("too_many_columns", str(end))
    return row[:end]


# Cells a spreadsheet would run as a formula; export writes them with an apostrophe in front.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


def _unescape_formula(text: str) -> str:
    if text[:1] == "'" and _FORMULA_START.match(text, 1):
        return text[1:]
    return text


# --- spreadsheets ---------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse a spreadsheet that would inflate past :data:`MAX_UNPACKED_BYTES`."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFileError("unreadable", "not a spreadsheet") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError("too_big", f"{unpacked // (1024 * 1024)} MB")


def _cell_value(value: object) -> object:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise ImportFileError("cell_too_long")
    if value is None or isinstance(value, str | int | float | date | datetime | bool):
        return value
    return str(value)  # time, timedelta, error values


def _collect(
    rows_iter: Iterable[tuple[int, Sequence[object]]], cancelled: Cancelled | None, encoding: str
) -> Table:
    headers: list[str] | None = None
    rows: list[list[object]] = []
    lines: list[int] = []
    first_line = 2
    for count, (line, raw) in enumerate(rows_iter):
        _check_cancel(cancelled, count)
        if count > MAX_ROWS * 3:  # gaps a sheet claims between its rows are rows too
            raise ImportFileError("too_many_rows", str(MAX_ROWS))
        row = list(raw)
        if len(row) > MAX_COLUMNS:
            row = _trim(row)
        if not any(cell not in (None, "") and str(cell).strip() for cell in row):
            continue
        row = [_cell_value(cell) for cell in row]
        if headers is None:
            headers = ["" if cell is None else str(cell) for cell in row]
            first_line = line + 1
            continue
        rows.append(row)
        lines.append(line)
        if len(rows) > MAX_ROWS:
            raise ImportFileError("too_many_rows", str(MAX_ROWS))
    if headers is None:
        raise ImportFileError("empty")
    return Table(headers, rows, encoding, "", first_line, lines)


def _read_xlsx(path: Path, cancelled: Cancelled | None) -> Table:
    from openpyxl import load_workbook  # imported here: only needed for spreadsheets

    _check_zip(path)
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ImportFileError("no_sheet")
        sheet = workbook.worksheets[0]
        # the dimension a file states is not trusted: "A1:XFD1048576" would pad every row
        # to 16,384 cells and add a million empty rows
        sheet.reset_dimensions()

        def numbered() -> Iterator[tuple[int, Sequence[object]]]:
            for line, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield line, row[: MAX_COLUMNS * 4] if len(row) > MAX_COLUMNS * 4 else row

        return _collect(numbered(), cancelled, "xlsx")
    finally:
        workbook.close()


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _read_ods(path: Path, cancelled: Cancelled | None) -> Table:
    """The first sheet of an OpenDocument spreadsheet, streamed out of its ``content.xml``.

    Read with the standard library's ``ElementTree.iterparse``, row by row, as openpyxl's
    read-only mode reads XLSX: odfpy builds the whole document tree first (19.5 s for a
    10,000-row sheet here, and no way to cancel it), which no time bound survives. Repeated rows
    and columns (LibreOffice writes an empty tail as one cell repeated 1,000+ times) are expanded
    only up to the limits, and only when they hold something.
    """
    from xml.etree.ElementTree import iterparse

    _check_zip(path)
    with zipfile.ZipFile(path) as archive:
        try:
            source = archive.open("content.xml")
        except KeyError:
            raise ImportFileError("not_a_table", "content.xml") from None
        with source:
            return _collect(_ods_rows(iterparse(source, events=("start", "end"))), cancelled, "ods")


def _ods_rows(events: Iterable[tuple[str, Element]]) -> Iterator[tuple[int, list[object]]]:
    sheets = 0
    line = 0
    cells: list[object] = []
    for event, element in events:
        tag = element.tag
        if event == "start":
            if tag == _TABLE + "table":
                sheets += 1
                if sheets > 1:
                    return  # the first sheet only
            elif tag == _TABLE + "table-row":
                cells = []
            continue
        if sheets != 1:
            continue
        if tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            if len(cells) <= MAX_COLUMNS * 4:
                times = _repeat(element.get(_TABLE + "number-columns-repeated"))
                value = _ods_value(element)
                if value is None and times > 1:
                    cells.append(_Gap(times))
                else:
                    cells.extend([value] * min(times, MAX_COLUMNS + 1))
            element.clear()
        elif tag == _TABLE + "table-row":
            repeat = _repeat(element.get(_TABLE + "number-rows-repeated"))
            expanded = _expand_gaps(cells)
            element.clear()
            if not any(v not in (None, "") for v in expanded):
                line += repeat  # an empty tail repeated a million times is skipped, not built
                continue
            for _ in range(min(repeat, MAX_ROWS + 2)):
                line += 1
                yield line, expanded
        elif tag == _TABLE + "table":
            return
    if sheets == 0:
        raise ImportFileError("no_sheet")


def _ods_text(element: Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT + "s":
            parts.append(" " * min(_repeat(child.get(_TEXT + "c")), MAX_CELL_CHARS))
        elif child.tag == _TEXT + "tab":
            parts.append("\t")
        elif child.tag == _TEXT + "line-break":
            parts.append("\n")
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ods_value(cell: Element) -> object:
    kind = cell.get(_OFFICE + "value-type")
    if kind in ("float", "currency", "percentage"):
        try:
            number = float(cell.get(_OFFICE + "value", ""))
        except ValueError:
            number = None
        if number is not None:
            return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "date":
        raw = cell.get(_OFFICE + "date-value", "")
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            pass
    paragraphs = [_ods_text(p) for p in cell if p.tag == _TEXT + "p"]
    text = "\n".join(paragraphs)
    if len(text) > MAX_CELL_CHARS:
        raise ImportFileError("cell_too_long")
    return text or None


class _Gap:
    def __init__(self, width: int):
        self.width = width


def _expand_gaps(cells: list[object]) -> list[object]:
    """Empty repeated cells become real gaps only when a filled cell comes after them."""
    while cells and (isinstance(cells[-1], _Gap) or cells[-1] is None):
        cells.pop()
    out: list[object] = []
    for cell in cells:
        if isinstance(cell, _Gap):
            if len(out) + cell.width > MAX_COLUMNS * 4:
                raise ImportFileError("too_many_columns")
            out.extend([None] * cell.width)
        else:
            out.append(cell)
    return out


def _repeat(value: object) -> int:
    try:
        return max(1, int(str(value))) if value is not None else 1
    except ValueError:
        return 1
