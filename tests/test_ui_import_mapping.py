"""The import preview as a user meets it: the mapping step, pasted quotes, an unclear encoding."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from storage.import_headers import ColumnRole
from storage.records import QuoteSource
from tests.ui_helpers import make_services, make_window

TWO_PRICES = (
    "Прайс на декабрь;;;;\n"
    "Канал;Цена, ₽;Стоимость со скидкой;Сколько смотрят;Формат\n"
    "@psy_talks;1800;1500;4100;1/24\n"
    "@mind_care;1400;1200;3300;1/24\n"
)


def _open(qtbot, book, services, path):
    book.preview_dialog = None
    services.dialogs.paths.append(str(path))
    book.import_action.trigger()
    qtbot.waitUntil(lambda: book.preview_dialog is not None, timeout=5000)
    return book.preview_dialog


def _choose(dialog, position: int, role: ColumnRole) -> None:
    combo = dialog.mapping_combos[position]
    index = combo.findData(role.key)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_mapping_step_asks_re_sorts_live_and_is_remembered(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = make_window(qtbot, services).pricebook
    path = tmp_path / "december.csv"
    path.write_text(TWO_PRICES, encoding="utf-8")

    dialog = _open(qtbot, book, services, path)
    assert "Which column is «Price»?" in dialog.warnings.text()
    assert "«Цена, ₽», «Стоимость со скидкой»" in dialog.warnings.text()
    assert "Column «Сколько смотрят» holds numbers" in dialog.warnings.text()
    assert not dialog.import_button.isEnabled()
    assert [ColumnRole.from_key(c.currentData()).role for c in dialog.mapping_combos] == [
        "channel", "ignore", "ignore", "ignore", "format",
    ]  # fmt: skip

    _choose(dialog, 1, ColumnRole("price", currency="RUB"))
    _choose(dialog, 3, ColumnRole("reach"))
    assert dialog.accepted_view.model().rowCount() == 2
    assert (
        dialog.accepted_view.model().index(0, 5).data().replace(" ", "").replace(",", "") == "4100"
    )  # reach, live
    assert dialog.warnings.isHidden(), dialog.warnings.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.storage.quotes.count() == 2, timeout=5000)
    assert sorted(q.reach for q in services.storage.quotes.all()) == [3300, 4100]

    # next month's file with the same headers opens mapped as the user left it
    path.write_text(TWO_PRICES.replace("1800", "1900").replace("1400", "1450"), "utf-8")
    again = _open(qtbot, book, services, path)
    assert [ColumnRole.from_key(c.currentData()).role for c in again.mapping_combos] == [
        "channel", "price", "ignore", "reach", "format",
    ]  # fmt: skip
    assert again.accepted_view.model().rowCount() == 2 and again.warnings.isHidden()


def test_choosing_a_role_moves_it_off_the_column_that_had_it(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = make_window(qtbot, services).pricebook
    path = tmp_path / "plain.csv"
    path.write_text("Канал;Цена;Другая цена\n@one_two;100;120\n", encoding="utf-8")
    dialog = _open(qtbot, book, services, path)
    _choose(dialog, 2, ColumnRole("price"))
    assert ColumnRole.from_key(dialog.mapping_combos[1].currentData()).role == "ignore"
    assert dialog.accepted_view.model().index(0, 4).data().strip("₽ ") == "120"


def test_pasted_chat_quotes_come_in_through_the_preview_with_reasons(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = make_window(qtbot, services).pricebook
    book.paste_quotes(
        "Привет! Прайс 👇\n@coffee_lovers — 1/24 1500₽, 2/48 2500₽, охват 3,2к\n\nцена 900\n"
    )
    qtbot.waitUntil(lambda: getattr(book, "preview_dialog", None) is not None, timeout=5000)
    dialog = book.preview_dialog
    assert dialog.mapping_area is None  # a chat has no columns to map
    assert dialog.accepted_view.model().rowCount() == 2
    reasons = {
        dialog.rejected_view.model().index(r, 0).data(): dialog.rejected_view.model()
        .index(r, 1)
        .data()
        for r in range(dialog.rejected_view.model().rowCount())
    }
    assert reasons == {
        "1": "No channel, price or reach in this line",
        "4": "Price without a channel",
    }
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.storage.quotes.count() == 2, timeout=5000)
    stored = services.storage.quotes.all()
    assert {q.reach for q in stored} == {3200} and {q.source for q in stored} == {QuoteSource.CHAT}


def test_ctrl_v_on_the_price_book_pastes_quotes(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    window = make_window(qtbot, services)
    book = window.pricebook
    assert book.paste_action in window.menuBar().actions()[1].menu().actions()
    QGuiApplication.clipboard().setText("@tea_time — 1/24 900р, охват 2 100")
    window.show()
    book.table.setFocus()
    qtbot.waitUntil(book.table.hasFocus, timeout=2000)
    qtbot.keyClick(book.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(book, "preview_dialog", None) is not None, timeout=5000)
    assert book.preview_dialog.accepted_view.model().index(0, 1).data() == "@tea_time"


def test_a_file_of_unclear_encoding_is_a_question_and_read_as_the_user_says(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    asked = []
    services.dialogs.confirm = lambda parent, title, text: asked.append(text) or True
    book = make_window(qtbot, services).pricebook
    raw = bytearray("Канал;Цена;Примечание\n@kripto_one;100;Крипто\n".encode())
    raw[-3] = 0xFF
    path = tmp_path / "damaged.csv"
    path.write_bytes(bytes(raw))
    dialog = _open(qtbot, book, services, path)
    assert len(asked) == 1 and "damaged.csv" in asked[0]
    assert dialog.accepted_view.model().index(0, 1).data() == "@kripto_one"
    assert not services.dialogs.messages


def test_thousands_of_rows_are_sorted_again_without_freezing_the_window(qtbot, tmp_path):
    from ui.import_dialog import SORT_ON_UI_THREAD_ROWS

    services = make_services(tmp_path, demo=False)
    book = make_window(qtbot, services).pricebook
    path = tmp_path / "big.csv"
    rows = SORT_ON_UI_THREAD_ROWS + 500
    path.write_text(
        "Канал;Цена;Просмотры в среднем\n"
        + "".join(f"@channel_{i:05d};{1000 + i};{2000 + i}\n" for i in range(rows)),
        encoding="utf-8",
    )
    dialog = _open(qtbot, book, services, path)
    _choose(dialog, 2, ColumnRole("note"))
    assert "Sorting" in dialog.summary.text() and not dialog.import_button.isEnabled()
    _choose(dialog, 2, ColumnRole("reach"))  # changed again before the first sort is done
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.preview.mapping == dialog.mapping
    assert dialog.preview.accepted[0].draft.reach == 2000
    assert dialog.accepted_view.model().rowCount() == rows
