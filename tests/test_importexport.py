"""Import of the spreadsheet admins keep (CSV/XLSX), its preview, dedup, and export."""

import time
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import Storage, open_database
from storage.importexport import (
    Problem,
    commit_preview,
    export_csv,
    export_xlsx,
    parse_date,
    parse_source,
    read_preview,
)
from storage.records import QuoteDraft, QuoteSource

SEED = Path(__file__).parent / "data" / "seed_pricebook.csv"


@pytest.fixture
def storage(database_target):
    return Storage(open_database(database_target))


def test_seed_file_preview_accepts_good_rows_and_says_why_others_fail():
    preview = read_preview(SEED)
    channels = [row.draft.channel for row in preview.accepted]
    assert channels == [
        "@coin_daily",
        "@btc_insider",
        "@defi_digest",
        "https://t.me/crypto_pulse",
        "@altcoin_hub",
        "@hodl_notes",
    ]
    reasons = {row.line: row.problem for row in preview.rejected}
    assert reasons == {
        8: Problem.BAD_PRICE,
        9: Problem.BAD_FORMAT,
        10: Problem.NO_CHANNEL,
        11: Problem.BAD_REACH,
        12: Problem.BAD_DATE,
        13: Problem.DUPLICATE_IN_FILE,
    }
    first = preview.accepted[0].draft
    assert first.price == Decimal(2100) and first.currency == "RUB" and first.reach == 4676
    assert first.quoted_at == datetime(2025, 11, 6, 12, tzinfo=UTC)
    assert first.source == QuoteSource.PRICE_LIST
    defi = preview.accepted[2].draft
    assert defi.price == Decimal(1500) and defi.source == QuoteSource.CHAT
    forever = preview.accepted[4].draft
    assert forever.feed_hours is None and forever.source == QuoteSource.STATS_SITE
    dollars = preview.accepted[5].draft
    assert dollars.currency == "USD" and dollars.price == Decimal(50)


def test_nothing_is_written_until_commit_and_a_second_import_adds_nothing(storage):
    preview = read_preview(SEED, storage)
    assert storage.quotes.count() == 0
    assert len(commit_preview(storage, preview)) == 6
    assert storage.quotes.count() == 6
    again = read_preview(SEED, storage)
    assert again.accepted == []
    assert sum(r.problem == Problem.ALREADY_IMPORTED for r in again.rejected) == 6
    assert commit_preview(storage, again) == []
    assert storage.quotes.count() == 6


def test_cp1251_comma_separated_english_headers(tmp_path):
    path = tmp_path / "book.csv"
    text = (
        "Channel,Format,Price,Reach,Date,Source,Note\n"
        '@news_one,1/48,"1 200 руб.",3000,2025-10-01,exchange,Заметка\n'
    )
    path.write_bytes(text.encode("cp1251"))
    preview = read_preview(path)
    assert preview.encoding == "cp1251" and preview.delimiter == ","
    (row,) = preview.accepted
    assert row.draft.price == Decimal(1200) and row.draft.note == "Заметка"
    assert row.draft.source == QuoteSource.EXCHANGE


def test_utf8_bom_is_read(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_text("Канал;Цена;Охват\n@bom_channel;900;2000\n", encoding="utf-8-sig")
    preview = read_preview(path)
    assert preview.encoding == "utf-8-sig"
    assert preview.accepted[0].draft.channel == "@bom_channel"


def test_file_without_channel_and_price_columns_names_what_to_map(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    preview = read_preview(path)
    assert preview.missing == ("channel", "price")
    assert preview.found_headers == "«a», «b»"
    assert not preview.accepted


def test_export_round_trips_through_import(storage, tmp_path):
    commit_preview(storage, read_preview(SEED, storage, default_niche="Крипто"))
    records = storage.quotes.all()
    for name, export in (("book.csv", export_csv), ("book.xlsx", export_xlsx)):
        path = tmp_path / name
        assert export(path, records, "ru") == 6
        preview = read_preview(path)
        assert sorted(r.draft.price for r in preview.accepted) == sorted(r.price for r in records)
        assert not preview.rejected


def test_xlsx_numbers_and_dates(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Канал", "Формат", "Цена", "Охват", "Дата"])
    sheet.append(["@xlsx_chan", "1/24", 2500, 5000.0, datetime(2025, 5, 1)])
    sheet.append(["@xlsx_bad", "1/24", -5, 5000, datetime(2025, 5, 1)])
    path = tmp_path / "book.xlsx"
    book.save(path)
    preview = read_preview(path)
    (row,) = preview.accepted
    assert row.draft.price == Decimal(2500) and row.draft.reach == 5000
    assert row.draft.quoted_at.date().isoformat() == "2025-05-01"
    assert preview.rejected[0].problem == Problem.BAD_PRICE


def test_cancel_stops_reading(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(
        "Канал;Цена\n" + "".join(f"@chan_{i:05d};{1000 + i}\n" for i in range(1000)),
        encoding="utf-8",
    )
    assert read_preview(path, cancelled=lambda: True) is None


def test_rejections_name_the_offending_cell():
    details = {row.line: row.detail for row in read_preview(SEED).rejected}
    assert details[8] == "договорная"
    assert details[9] == "5 минут"
    assert details[11] == "много"
    assert details[12] == "31.02.2025"


# --- the same quote however it is written ------------------------------------------------------

SAMPLE = Path(__file__).parent.parent / "docs" / "sample_pricebook.csv"
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def _typed(channel: str, price: str, day: int, **extra) -> QuoteDraft:
    """A quote as the form saves it: no import key, noon local time."""
    return QuoteDraft(
        channel=channel,
        price=Decimal(price),
        quoted_at=datetime(2026, 10, day, 9, tzinfo=UTC),
        reach=extra.pop("reach", 4000),
        niche="Крипто",
        **extra,
    )


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(("name", "export"), [("book.csv", export_csv), ("book.xlsx", export_xlsx)])
def test_reimporting_the_apps_own_export_adds_nothing(storage, tmp_path, language, name, export):
    commit_preview(storage, read_preview(SAMPLE, storage, default_niche="Крипто", now=NOW))
    # a price book typed by hand has no import keys at all
    storage.quotes.add(_typed("@Typed_Channel", "2500", 3, note="=торговались"))
    storage.quotes.add(_typed("Канал без юзернейма", "1200.5", 4, currency="USD", reach=None))
    storage.quotes.add(_typed("@forever_chan", "9000", 5, feed_hours=None, native=True))
    before = storage.quotes.count()
    path = tmp_path / name
    assert export(path, storage.quotes.all(), language) == before

    preview = read_preview(path, storage, now=NOW)

    assert preview.accepted == []
    assert {r.problem for r in preview.rejected} == {Problem.ALREADY_IMPORTED}
    assert len(preview.rejected) == before
    assert commit_preview(storage, preview) == []
    assert storage.quotes.count() == before


def test_a_cp1251_copy_with_other_spellings_is_the_same_price_book(storage, tmp_path):
    commit_preview(storage, read_preview(SAMPLE, storage, now=NOW))
    before = storage.quotes.count()
    copy = tmp_path / "copy.csv"
    text = SAMPLE.read_text("utf-8").replace(" ₽", " руб").replace("@coin_daily", "@Coin_Daily")
    copy.write_bytes(text.encode("cp1251"))

    preview = read_preview(copy, storage, now=NOW)

    assert preview.encoding == "cp1251"
    assert preview.accepted == []
    assert storage.quotes.count() == before


def test_one_quote_written_three_ways_is_imported_once(tmp_path):
    path = tmp_path / "same.csv"
    path.write_text(
        "Канал;Формат;Цена;Валюта;Охват;Дата\n"
        "@coin_daily;1/24;2 100 ₽;;4 676;06.10.2026\n"
        "https://t.me/COIN_DAILY;1/24;2100;RUB;4676;2026-10-06\n"
        "coin_daily;1/24;2,1к;руб;4676;06.10.26\n"
        "@coin_daily;1/24;2100;RUB;4677;06.10.2026\n"  # another reach: another quote
        "@coin_daily;1/48;2100;RUB;4676;06.10.2026\n"  # another format
        "@coin_daily;1/24;2100;USD;4676;06.10.2026\n"  # another currency
        "@coin_daily;1/24;2100;RUB;4676;07.10.2026\n",  # another day
        encoding="utf-8",
    )
    preview = read_preview(path, now=NOW)
    assert [r.line for r in preview.accepted] == [2, 5, 6, 7, 8]
    assert [(r.line, r.problem) for r in preview.rejected] == [
        (3, Problem.DUPLICATE_IN_FILE),
        (4, Problem.DUPLICATE_IN_FILE),
    ]


def test_an_edited_imported_quote_is_not_imported_again(storage):
    commit_preview(storage, read_preview(SEED, storage))
    record = storage.quotes.all()[0]
    storage.quotes.update(record.id, replace(record.as_draft(), price=Decimal(99)))
    assert read_preview(SEED, storage).accepted == []


# --- prices in spreadsheet number cells ----------------------------------------------------------


def test_xlsx_number_cells_pass_the_same_price_checks_as_text(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Канал", "Цена", "Дата"])
    for name, price in (
        ("@too_dear", 1e9),
        ("@three_decimals", 1500.123),
        ("@zero_price", 0),
        ("@two_decimals", 1500.25),
        ("@whole_number", 2500),
        ("@at_the_limit", 100_000_000),
    ):
        sheet.append([name, price, datetime(2026, 5, 1)])
    path = tmp_path / "numbers.xlsx"
    book.save(path)

    preview = read_preview(path, now=NOW)

    prices = {row.draft.channel: row.draft.price for row in preview.accepted}
    assert prices == {
        "@two_decimals": Decimal("1500.25"),
        "@whole_number": Decimal(2500),
        "@at_the_limit": Decimal(100_000_000),
    }
    assert [(r.line, r.problem, r.detail) for r in preview.rejected] == [
        (2, Problem.BAD_PRICE, "1000000000"),
        (3, Problem.BAD_PRICE, "1500.123"),
        (4, Problem.BAD_PRICE, "0"),
    ]


# --- formulas -------------------------------------------------------------------------------------

FORMULA = "=cmd|' /C calc'!A0"


def test_export_writes_formulas_as_text_and_reimports_them_exactly(storage, tmp_path):
    notes = [FORMULA, "+7 999 торг", "-скидка", "@HYPERLINK(1)", "'=уже с апострофом", "'обычный"]
    for day, note in enumerate(notes, start=1):
        storage.quotes.add(_typed(FORMULA, "1000", day, note=note))
    storage.quotes.add(_typed("@plain_channel", "1000", 9, note="обычная"))
    records = storage.quotes.all()

    xlsx, csv_path = tmp_path / "book.xlsx", tmp_path / "book.csv"
    export_xlsx(xlsx, records, "ru")
    export_csv(csv_path, records, "ru")

    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).worksheets[0]
    channel_cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert {cell.data_type for cell in channel_cells} == {"s"}  # text, not a formula
    written = csv_path.read_text("utf-8-sig")
    assert "\n'=cmd|" in written and "\n=cmd" not in written
    assert "\n@plain_channel;" in written  # a bare @username carries no formula

    for path in (xlsx, csv_path):
        preview = read_preview(path, now=NOW)
        assert not preview.rejected
        shown = sorted((r.draft.channel, r.draft.note) for r in preview.accepted)
        assert shown == sorted((r.channel_name, r.note) for r in records)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "2026/10/21",
        "21.10.2026",
        "21.10.26",
        "2026-10-21",
        "21/10/2026",
        "21.10.2026 г.",
        datetime(2026, 10, 21),
        date(2026, 10, 21),
    ],
)
def test_quote_dates_in_every_accepted_spelling(written):
    assert parse_date(written).date() == date(2026, 10, 21)


def test_slashed_dates_are_read_day_first():
    assert parse_date("03/04/2025").date() == date(2025, 4, 3)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_written_form_of_a_date_reads_back_as_that_day(day):
    patterns = ["%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d"]
    if day.year < 2069:  # two-digit years 69–99 are 1969–1999, as everywhere in Python
        patterns.append("%d.%m.%y")
    for pattern in patterns:
        assert parse_date(day.strftime(pattern)).date() == day


def test_quotes_dated_in_the_future_are_rejected_with_a_reason(tmp_path):
    path = tmp_path / "future.csv"
    path.write_text(
        "Канал;Цена;Дата\n"
        "@far_future;1000;01.10.2099\n"
        "@next_week;1000;08.11.2026\n"
        "@tomorrow;1000;02.11.2026\n"  # a day ahead: another time zone's today
        "@today;1000;01.11.2026\n",
        encoding="utf-8",
    )
    preview = read_preview(path, now=NOW)
    assert [r.draft.channel for r in preview.accepted] == ["@tomorrow", "@today"]
    assert [(r.line, r.problem, r.detail) for r in preview.rejected] == [
        (2, Problem.FUTURE_DATE, "01.10.2099"),
        (3, Problem.FUTURE_DATE, "08.11.2026"),
    ]


# --- what an unusable file says ----------------------------------------------------------------


def test_columns_found_quotes_only_the_start_of_a_long_header_row(tmp_path):
    one_line = tmp_path / "one_line.csv"
    one_line.write_text("x" * 5000, encoding="utf-8")
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(f"column {i}" for i in range(30)) + "\n1;2\n", encoding="utf-8")

    assert read_preview(one_line).found_headers == "«" + "x" * 39 + "…»"
    assert read_preview(wide).found_headers == ", ".join(f"«column {i}»" for i in range(8)) + ", …"


# --- sources -------------------------------------------------------------------------------------


def test_english_export_writes_source_labels_and_reads_them_back(storage, tmp_path):
    for day, source in enumerate(QuoteSource, start=1):
        storage.quotes.add(_typed("@source_chan", str(1000 + day), day, source=source))
    path = tmp_path / "book.csv"
    export_csv(path, storage.quotes.all(), "en")

    written = path.read_text("utf-8-sig")
    for label in ("Admin's price list", "Buy/sell chat", "Ad exchange", "Statistics site"):
        assert label in written
    assert "price_list" not in written and "stats_site" not in written
    preview = read_preview(path, now=NOW)
    assert sorted(r.draft.source for r in preview.accepted) == sorted(QuoteSource)


@pytest.mark.parametrize(
    ("written", "source"),
    [
        ("price_list", QuoteSource.PRICE_LIST),
        ("Admin's price list", QuoteSource.PRICE_LIST),
        ("прайс админа", QuoteSource.PRICE_LIST),
        ("chat", QuoteSource.CHAT),
        ("Buy/sell chat", QuoteSource.CHAT),
        ("чат", QuoteSource.CHAT),
        ("exchange", QuoteSource.EXCHANGE),
        ("Ad exchange", QuoteSource.EXCHANGE),
        ("биржа", QuoteSource.EXCHANGE),
        ("stats_site", QuoteSource.STATS_SITE),
        ("Statistics site", QuoteSource.STATS_SITE),
        ("сайт статистики", QuoteSource.STATS_SITE),
        ("other", QuoteSource.OTHER),
        ("Other", QuoteSource.OTHER),
        ("другое", QuoteSource.OTHER),
    ],
)
def test_sources_are_read_from_labels_and_codes(written, source):
    assert parse_source(written) == source


@pytest.fixture
def vladivostok(monkeypatch):
    """The local time zone is Vladivostok (UTC+10), where 08:00 is still yesterday in UTC."""
    monkeypatch.setenv("TZ", "Asia/Vladivostok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_export_and_import_use_the_local_day(vladivostok, storage, tmp_path):
    morning = datetime(2026, 3, 15, 8).astimezone()  # 08:00 in Vladivostok, 14.03 in UTC
    storage.quotes.add(QuoteDraft("@morning_chan", Decimal(1000), morning.astimezone(UTC)))
    path = tmp_path / "out.csv"
    export_csv(path, storage.quotes.all())
    assert ";15.03.2026;" in path.read_text(encoding="utf-8-sig")
    xlsx = tmp_path / "out.xlsx"
    export_xlsx(xlsx, storage.quotes.all())
    [row] = read_preview(xlsx).accepted
    assert row.draft.quoted_at.astimezone().date() == date(2026, 3, 15)

    noon = parse_date("15.03.2026")
    assert noon.astimezone() == datetime(2026, 3, 15, 12).astimezone()
    assert parse_date(date(2026, 3, 15)) == noon
    assert parse_date(datetime(2026, 3, 15)) == noon  # a spreadsheet date cell
