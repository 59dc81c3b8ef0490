"""Import of the spreadsheet admins keep (CSV/XLSX), its preview, dedup, and export."""

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storage import Storage, open_database
from storage.importexport import (
    ImportFileError,
    Problem,
    commit_preview,
    export_csv,
    export_xlsx,
    read_preview,
)
from storage.records import QuoteSource

SEED = Path(__file__).parent / "data" / "seed_pricebook.csv"


@pytest.fixture
def storage(tmp_path):
    return Storage(open_database(tmp_path / "book.sqlite3"))


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
    assert commit_preview(storage, preview) == 6
    assert storage.quotes.count() == 6
    again = read_preview(SEED, storage)
    assert again.accepted == []
    assert sum(r.problem == Problem.ALREADY_IMPORTED for r in again.rejected) == 6
    assert commit_preview(storage, again) == 0
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


def test_file_without_channel_and_price_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_preview(path)
    assert caught.value.code == "no_columns"


def test_export_round_trips_through_import(storage, tmp_path):
    commit_preview(storage, read_preview(SEED, storage, default_niche="Крипто"))
    records = storage.quotes.list()
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
