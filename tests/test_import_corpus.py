"""The price lists people really keep, each with the quotes it must give (tests/data/import/).

Header spellings with units and windows, UTF-8 and cp1251, wide sheets (one price column per
format), title rows, XLSX and ODS, chat messages with emojis and broken rows. Every column of
every file is either imported or named as not imported: nothing is dropped unseen.
"""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import Storage, open_database
from storage.import_headers import (
    FORMAT_PRICE,
    IGNORE,
    ColumnMapping,
    ColumnRole,
    guess_mapping,
    recognise_header,
)
from storage.import_paste import preview_from_text
from storage.importexport import (
    commit_preview,
    read_preview,
    rebuild_preview,
)

CORPUS = Path(__file__).parent / "data" / "import"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
NOW = datetime(2025, 12, 1, tzinfo=UTC)


def _preview(name: str, storage=None):
    path = CORPUS / name
    if path.suffix == ".txt":
        return preview_from_text(path.read_text("utf-8"), storage, now=NOW, name=name)
    return read_preview(path, storage, now=NOW)


def _quote_line(draft) -> str:
    feed = "∞" if draft.feed_hours is None else draft.feed_hours
    fmt = f"{draft.top_hours}/{feed}{' native' if draft.native else ''}"
    return (
        f"{draft.channel} | {draft.price} {draft.currency} | {fmt} | {draft.reach or '-'} | "
        f"{draft.quoted_at.astimezone().date()}"
    )


def test_the_corpus_has_every_shape_of_price_list():
    names = list(EXPECTED)
    assert len(names) >= 25
    assert {Path(n).suffix for n in names} >= {".csv", ".tsv", ".xlsx", ".ods", ".txt"}
    assert sorted(names) == sorted(
        p.name for p in CORPUS.iterdir() if p.suffix not in (".py", ".json")
    )


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_file_gives_its_quotes_with_reach_and_prices(name):
    expected = EXPECTED[name]
    preview = _preview(name)
    assert [_quote_line(row.draft) for row in preview.accepted] == expected["quotes"]
    rejected = {
        str(row.line): row.problem.value
        + (f" {row.detail}" if row.problem.value == "unreadable_line" else "")
        for row in preview.rejected
    }
    assert rejected == expected.get("rejected", {})
    assert [u.header for u in preview.unused_numbers] == expected.get("unused_numbers", [])
    assert preview.window_mismatches == expected.get("reach_window_differs", 0)
    assert not preview.missing


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_column_is_imported_or_named_as_not_imported(name):
    preview = _preview(name)
    if preview.table is None:
        return  # a chat paste has no columns; each unread line has its reason instead
    for position, header in enumerate(preview.headers):
        role = preview.mapping.roles[position]
        assert role.role != IGNORE or (header or f"#{position + 1}") in preview.ignored_headers
    assert list(preview.ignored_headers) == EXPECTED[name].get("ignored", [])


def test_a_reach_window_that_differs_from_the_format_is_written_with_the_quote():
    preview = _preview("27_reach_window_differs.csv")
    by_channel = {row.draft.channel: row for row in preview.accepted}
    assert by_channel["@biz_insider"].draft.note == "reach over 48 h"  # a 1/24 with 48 h reach
    assert by_channel["@startup_ru"].draft.note == ""  # a 2/48 with 48 h reach: as it should be
    assert by_channel["@biz_insider"].reach_window_hours == 48


def test_each_row_takes_the_reach_of_its_format_window():
    preview = _preview("07_two_reach_windows.csv")
    reaches = [(row.draft.feed_hours, row.draft.reach) for row in preview.accepted]
    assert reaches == [(24, 8000), (48, 9500), (48, 2600)]


def test_a_wide_sheet_imports_with_cpm_on_the_first_try(tmp_path):
    storage = Storage(open_database(tmp_path / "book.sqlite3"))
    preview = _preview("05_wide_admin_list.csv", storage)
    assert len(commit_preview(storage, preview)) == 5
    stored = storage.quotes.all()
    assert all(q.reach for q in stored)
    assert _preview("05_wide_admin_list.csv", storage).accepted == []  # not twice


def test_mapping_an_unused_number_column_as_reach_gives_every_row_its_reach():
    preview = _preview("28_unmapped_numbers.csv")
    assert [u.header for u in preview.unused_numbers] == ["Сколько смотрят"]
    assert all(row.draft.reach is None for row in preview.accepted)
    position = preview.headers.index("Сколько смотрят")
    mapped = rebuild_preview(preview, preview.mapping.with_role(position, ColumnRole("reach")))
    assert [row.draft.reach for row in mapped.accepted] == [4100, 3300]
    assert mapped.unused_numbers == () and mapped.ignored_headers == ()


def test_two_price_columns_are_a_question_not_a_guess(tmp_path):
    path = tmp_path / "two_prices.csv"
    path.write_text("Канал;Цена;Стоимость\n@one_channel;1000;1200\n", encoding="utf-8")
    preview = read_preview(path, now=NOW)
    assert preview.mapping.ambiguous == (("price", (1, 2)),)
    assert preview.missing == ("price",) and preview.accepted == []
    chosen = rebuild_preview(preview, preview.mapping.with_role(2, ColumnRole("price")))
    assert [row.draft.price for row in chosen.accepted] == [1200]
    assert chosen.mapping.ambiguous == ()


def test_giving_a_role_to_a_column_takes_it_off_the_other_one():
    mapping = guess_mapping(["Канал", "Цена", "Охват"])
    moved = mapping.with_role(2, ColumnRole("price"))
    assert [r.role for r in moved.roles] == ["channel", IGNORE, "price"]


@pytest.mark.parametrize(
    ("header", "role", "window"),
    [
        ("Цена, ₽", "price", None),
        ("Стоимость (руб.)", "price", None),
        ("Цена за пост", "price", None),
        ("Охват за 24ч", "reach", 24),
        ("Просмотры 48ч", "reach", 48),
        ("Views 24h", "reach", 24),
        ("Охват за сутки", "reach", 24),
        ("Средний охват поста", "reach", None),
        ("avg views", "reach", None),
        ("Название канала", "channel", None),
        ("Ссылка на канал", "channel", None),
        ("Дата прайса", "date", None),
        ("Тематика", "niche", None),
        ("Источник охвата", "reach_origin", None),
        ("Источник", "source", None),
        ("Комментарий", "note", None),
        ("CPM", IGNORE, None),
        ("Подписчики", IGNORE, None),
    ],
)
def test_headers_are_read_by_meaning(header, role, window):
    found = recognise_header(header)
    assert found is not None and (found.role, found.window_hours) == (role, window)


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("1/24", "1/24"),
        ("2/48", "2/48"),
        ("Навсегда", "1/∞"),
        ("без удаления", "1/∞"),
        ("натив", "1/24 native"),
        ("Цена 1/48, ₽", "1/48"),
    ],
)
def test_a_format_header_makes_a_wide_price_column(header, label):
    found = recognise_header(header)
    assert found.role == FORMAT_PRICE and found.format.label == label


def test_a_header_currency_is_the_price_currency():
    preview = _preview("12_usd_exchange.csv")
    assert {row.draft.currency for row in preview.accepted} == {"USD"}


@pytest.mark.parametrize(
    "role",
    [
        ColumnRole("price", currency="USD"),
        ColumnRole("reach", 48),
        ColumnRole(IGNORE),
        ColumnRole(FORMAT_PRICE, format=recognise_header("2/48").format),
    ],
)
def test_a_remembered_role_reads_back_as_itself(role):
    assert ColumnRole.from_key(role.key) == role
    assert ColumnMapping((role,)).keys() == [role.key]
