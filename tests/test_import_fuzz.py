"""Hostile and random files: the importer answers with a preview or its own error, in time.

The rule checked over thousands of generated rows: only :class:`ImportFileError` or a preview;
nothing written from a rejected row; every written quote within range.
"""

import random
import time
import zipfile
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pricing.paste import parse_paste
from storage import Storage, open_database
from storage.import_paste import preview_from_text
from storage.import_tables import MAX_COLUMNS, read_table
from storage.importexport import (
    ImportFileError,
    commit_preview,
    export_xlsx,
    read_preview,
)

NOW = datetime(2025, 12, 1, tzinfo=UTC)
HEADERS = ["Канал", "Цена, ₽", "Охват 24ч", "Формат", "Дата", "Примечание", "1/24", "2/48", "x"]
NASTY_CELLS = [
    "@good_channel",
    "1 500 ₽",
    "1,5к",
    "3 200",
    "1/24",
    "без удаления",
    "06.11.2025",
    "0001-01-01 00:00",
    "9999-12-31",
    "31.02.2025",
    "1E308",
    "1E19",
    "-5",
    "0",
    "inf",
    "nan",
    "NaN",
    "1e-9",
    '=HYPERLINK("x")',
    "'=1+1",
    "",
    " ",
    ";;;",
    ",,,",
    '"',
    '""a"',
    "\r",
    "\n",
    "\r\n",
    "\x00",
    "\x01",
    "\x7f",
    "😀",
    "Ё" * 300,
    "9" * 60,
    "t.me/+abc",
]
ROWS_PER_FILE = 125
GOOD_ROWS = [
    ["@good_channel", "1 500 ₽", "3 200", "1/24", "06.11.2025"],
    ["@other_channel", "2к", "4,1к", "2/48", "2025-11-07"],
]


def _rows(seed: int) -> list[list[str]]:
    """Rows drawn from nasty cells, random text and good rows; a seed is cheaper for hypothesis
    to draw than 125 lists, so the fuzz stays a few seconds long."""
    chance = random.Random(seed)
    alphabet = "0123456789 ,.;:\"'\r\n\t@/-+=кКёЁ₽$€\x00\x01😀abcXYZ_"
    rows = []
    for _ in range(ROWS_PER_FILE):
        roll = chance.random()
        if roll < 0.2:
            rows.append(list(chance.choice(GOOD_ROWS)))
            continue
        width = chance.randint(0, 10)
        rows.append(
            [
                chance.choice(NASTY_CELLS)
                if chance.random() < 0.6
                else "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 12)))
                for _ in range(width)
            ]
        )
    return rows


GENERATED = {"rows": 0, "files": 0}


@pytest.fixture(scope="module")
def storage(tmp_path_factory):
    return Storage(open_database(tmp_path_factory.mktemp("fuzz") / "book.sqlite3"))


def _encode(text: str, how: int) -> bytes:
    if how == 0:
        return text.encode("utf-8")
    if how == 1:
        return text.encode("cp1251", errors="replace")
    raw = bytearray(text.encode("utf-8"))
    raw[len(raw) // 2 : len(raw) // 2] = b"\xff\xfe\x98"  # damaged in the middle
    return bytes(raw)


@settings(
    max_examples=85,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7),
    seed=st.integers(0, 2**32),
    delimiter=st.sampled_from([";", ",", "\t"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    how=st.integers(0, 2),
)
def test_generated_files_give_a_preview_or_the_importers_error(
    storage, tmp_path_factory, headers, seed, delimiter, newline, how
):
    rows = _rows(seed)
    GENERATED["files"] += 1
    GENERATED["rows"] += len(rows)
    lines = [delimiter.join(headers)] + [delimiter.join(r) for r in rows]
    path = tmp_path_factory.getbasetemp() / "generated.csv"
    path.write_bytes(_encode(newline.join(lines), how))
    before = {q.id for q in storage.quotes.all()}
    started = time.perf_counter()
    try:
        preview = read_preview(path, storage, now=NOW)
    except ImportFileError as error:
        assert error.code
        return
    finally:
        assert time.perf_counter() - started < 5
    if preview.missing:
        assert preview.accepted == []
        return
    added = commit_preview(storage, preview)
    assert len(added) == len(preview.accepted)
    after = {q.id: q for q in storage.quotes.all()}
    assert set(after) - before == set(added)
    rejected_lines = {r.line for r in preview.rejected}
    accepted_lines = {r.line for r in preview.accepted}
    keys = {r.draft.import_key for r in preview.accepted}
    for quote_id in added:
        quote = after[quote_id]
        assert quote.import_key in keys  # written only from accepted rows
        assert Decimal(0) < quote.price <= Decimal(100_000_000)
        assert quote.reach is None or 1 <= quote.reach <= 1_000_000_000
        assert 2000 <= quote.quoted_at.year <= 2100
    # a wide sheet may accept one cell of a row and reject another; a narrow one never both
    if not preview.mapping.wide:
        assert not rejected_lines & accepted_lines - {0}


def test_the_fuzz_covered_ten_thousand_rows():
    # runs after the generated-file test in file order; alone it checks nothing was skipped
    if GENERATED["files"]:
        assert GENERATED["rows"] >= 10_000, GENERATED


chat_token = st.sampled_from(
    [
        "@coin_daily",
        "t.me/btc_insider",
        "https://t.me/+invite",
        "1/24",
        "2/48",
        "навсегда",
        "натив",
        "1500₽",
        "1,5к",
        "$50",
        "охват",
        "3,2к",
        "👁",
        "🔥",
        "—",
        ":",
        "|",
        "\n",
        "\n\n",
        "за",
        "цена",
        "12.05",
        "18:00",
        "10%",
        "1E308",
        "9" * 40,
        "руб",
        " ",
        "\t",
    ]
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.one_of(chat_token, st.text(max_size=6)), max_size=25).map(" ".join))
def test_pasted_chat_text_never_fails_and_every_quote_is_valid(text):
    result = parse_paste(text)
    line_count = len(text.splitlines())
    for quote in result.quotes:
        assert 1 <= quote.line <= line_count
        assert Decimal(0) < quote.price.amount <= Decimal(100_000_000)
        assert quote.reach is None or 1 <= quote.reach <= 100_000_000
    for problem in result.problems:
        assert 1 <= problem.line <= line_count and problem.code
    preview = preview_from_text(text, now=NOW)
    assert len(preview.accepted) + sum(
        1 for r in preview.rejected if r.problem.value != "unreadable_line"
    ) == len(result.quotes)


# --- the hostile files found by hand -------------------------------------------------------


def _timed(call, bound=5.0):
    started = time.perf_counter()
    try:
        return call()
    finally:
        assert time.perf_counter() - started < bound


def test_cr_only_line_ends_and_delimiter_only_lines(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"\xd0\x9a\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xbb;Price\r;;;;\r@one_two;100\r;;\r")
    preview = read_preview(path, now=NOW)
    assert [r.draft.channel for r in preview.accepted] == ["@one_two"]
    only = tmp_path / "only.csv"
    only.write_text(";;;;\n,,,\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_preview(only)
    assert caught.value.code == "empty"


def test_a_field_over_the_csv_limit_is_the_importers_error(tmp_path):
    path = tmp_path / "big_field.csv"
    path.write_text('Канал;Цена;Примечание\n@one_two;100;"' + "x" * 200_000 + '"\n', "utf-8")
    with pytest.raises(ImportFileError) as caught:
        _timed(lambda: read_preview(path))
    assert caught.value.code == "cell_too_long"


def test_a_million_comma_header_is_refused_in_time(tmp_path):
    path = tmp_path / "commas.csv"
    path.write_text("Канал,Цена" + ",x" * 1_000_000 + "\n@one_two,100\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        _timed(lambda: read_preview(path))
    assert caught.value.code == "too_many_columns"
    empty_tail = tmp_path / "tail.csv"  # a header followed by a million empty cells is fine
    empty_tail.write_text("Канал,Цена" + "," * 1_000_000 + "\n@one_two,100\n", encoding="utf-8")
    preview = _timed(lambda: read_preview(empty_tail, now=NOW))
    assert len(preview.accepted) == 1 and len(preview.headers) <= MAX_COLUMNS


def _xlsx(tmp_path, name, rows, patch=None):
    from openpyxl import Workbook

    book = Workbook()
    for values in rows:
        book.active.append(values)
    path = tmp_path / name
    book.save(path)
    if patch:
        with zipfile.ZipFile(path) as source:
            parts = {n: source.read(n) for n in source.namelist()}
        patch(parts)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts.items():
                target.writestr(part, data)
    return path


def test_xlsx_whose_dimension_claims_the_whole_grid_reads_in_time(tmp_path):
    def claim_everything(parts):
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        parts["xl/worksheets/sheet1.xml"] = (
            xml.replace("<sheetData>", "<sheetData>", 1)
            .replace('ref="A1:B2"', 'ref="A1:XFD1048576"')
            .encode()
        )

    path = _xlsx(tmp_path, "dim.xlsx", [["Канал", "Цена"], ["@one_two", 100]], claim_everything)
    assert b"XFD1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    preview = _timed(lambda: read_preview(path, now=NOW))
    assert [r.draft.price for r in preview.accepted] == [100]


def test_xlsx_with_a_row_a_million_rows_down_is_bounded(tmp_path):
    def far_row(parts):
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        parts["xl/worksheets/sheet1.xml"] = xml.replace(
            "</sheetData>",
            '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>@far_away</t></is></c></row>'
            "</sheetData>",
        ).encode()

    path = _xlsx(tmp_path, "far.xlsx", [["Канал", "Цена"], ["@one_two", 100]], far_row)
    with pytest.raises(ImportFileError) as caught:
        _timed(lambda: read_preview(path, now=NOW))
    assert caught.value.code == "too_many_rows"


def test_damaged_and_empty_workbooks_are_the_importers_error(tmp_path):
    def break_xml(parts):
        parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c"

    broken = _xlsx(tmp_path, "broken.xlsx", [["Канал", "Цена"]], break_xml)

    def drop_sheets(parts):
        xml = parts["xl/workbook.xml"].decode()
        start, end = xml.index("<sheets>"), xml.index("</sheets>") + len("</sheets>")
        parts["xl/workbook.xml"] = (xml[:start] + "<sheets/>" + xml[end:]).encode()

    no_sheet = _xlsx(tmp_path, "nosheet.xlsx", [["Канал", "Цена"]], drop_sheets)
    not_zip = tmp_path / "fake.xlsx"
    not_zip.write_bytes(b"not a zip at all")
    for path in (broken, no_sheet, not_zip):
        with pytest.raises(ImportFileError):
            _timed(lambda p=path: read_preview(p))


def test_xlsx_numbers_and_dates_out_of_range_are_rejected_rows(tmp_path):
    path = _xlsx(
        tmp_path,
        "ranges.xlsx",
        [
            ["Канал", "Цена", "Охват", "Дата"],
            ["@inf_price", float("inf"), 100, None],
            ["@nan_price", float("nan"), 100, None],
            ["@huge_price", 1e308, 100, None],
            ["@huge_reach", 100, 1e19, None],
            ["@year_one", 100, 100, datetime(1, 1, 1, 0, 0)],
            ["@year_one_noon", 100, 100, datetime(1, 1, 1, 12, 30)],
            ["@fine_one", 100, 100, datetime(2025, 11, 1, 12, 30)],
        ],
    )
    preview = read_preview(path, now=NOW)
    assert [r.draft.channel for r in preview.accepted] == ["@fine_one"]
    problems = {r.cells[0]: r.problem.value for r in preview.rejected}
    # openpyxl writes inf and nan as no value at all, which is a missing price
    assert problems.pop("@inf_price") in ("bad_price", "no_price")
    assert problems.pop("@nan_price") in ("bad_price", "no_price")
    assert problems == {
        "@huge_price": "bad_price",
        "@huge_reach": "bad_reach",
        "@year_one": "bad_date",
        "@year_one_noon": "bad_date",
    }


def test_a_huge_note_in_a_small_xlsx_is_refused(tmp_path):
    path = _xlsx(tmp_path, "bomb.xlsx", [["Канал", "Цена"], ["@one_two", 100]])
    with zipfile.ZipFile(path) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    head, tail = parts["xl/worksheets/sheet1.xml"].split(b"</sheetData>")
    note = (
        b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + b"x" * 70_000_000 + b"</t></is></c></row>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for part, data in parts.items():
            target.writestr(
                part, head + note + b"</sheetData>" + tail if "sheet1" in part else data
            )
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ImportFileError) as caught:
        _timed(lambda: read_preview(path))
    assert caught.value.code == "too_big"


def test_reading_can_be_cancelled(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Канал;Цена\n" + "".join(f"@channel_{i};{100 + i}\n" for i in range(50_000)), "utf-8"
    )
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    assert _timed(lambda: read_table(path, cancelled=cancelled)) is None
    assert _timed(lambda: read_preview(path, cancelled=cancelled)) is None


def test_a_file_that_is_neither_utf8_nor_cp1251_is_a_question(tmp_path):
    path = tmp_path / "mixed.csv"
    text = "Канал;Цена;Примечание\n" + "".join(f"@kripto_{i};100;Крипто\n" for i in range(50))
    raw = bytearray(text.encode("utf-8"))
    raw[40] = 0xFF  # one damaged byte: not a reason to read 50 rows as «РљСЂРёРїС‚Рѕ»
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFileError) as caught:
        read_preview(path)
    assert caught.value.code == "encoding_unclear"
    preview = read_preview(path, now=NOW, encoding="utf-8")  # the user chose UTF-8
    notes = [r.draft.note for r in preview.accepted]
    assert notes.count("Крипто") >= 49 and not any("Рљ" in n for n in notes)
    plain = tmp_path / "plain.csv"
    plain.write_bytes(text.encode("cp1251"))
    assert read_preview(plain, now=NOW).accepted[0].draft.note == "Крипто"


def test_xlsx_export_writes_control_characters_as_spaces(tmp_path):
    storage = Storage(open_database(tmp_path / "book.sqlite3"))
    from storage.records import QuoteDraft

    storage.quotes.add(
        QuoteDraft("@one_two", Decimal(100), NOW, note="line\x01one\x0btwo", reach=1000)
    )
    path = tmp_path / "out.xlsx"
    assert export_xlsx(path, storage.quotes.all(), "ru") == 1
    assert read_preview(path, now=NOW).accepted[0].draft.note == "line one two"
