"""The price book driven as a user would: the form, undo, filters, import, settings."""

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer

from tests.ui_helpers import make_services, make_window
from ui.quote_form import QuoteForm
from ui.quote_model import COLUMN, QuoteTableModel

pytestmark = pytest.mark.gui
SEED = Path(__file__).parent / "data" / "seed_pricebook.csv"


@pytest.fixture
def services(tmp_path):
    return make_services(tmp_path)


@pytest.fixture
def window(qtbot, services):
    window = make_window(qtbot, services)
    window.show()
    window.show_area("pricebook")
    return window


def test_models_pass_qtmodeltester(qtmodeltester, window):
    book = window.pricebook
    assert book.model.rowCount() > 30
    qtmodeltester.check(book.model)
    qtmodeltester.check(book.proxy)


def test_typing_a_quote_saves_it_and_moves_the_niche_cpm_and_chart(qtbot, window, services):
    window.show_area("suggestion")
    before = window.suggestion.view.summary.mean_cpm
    window.show_area("pricebook")
    book = window.pricebook
    qtbot.mouseClick(book.add_button, Qt.MouseButton.LeftButton)
    form = next(f for f in book.findChildren(QuoteForm) if f.isVisible())
    qtbot.keyClicks(form.channel, "@brand_new_chan")
    form.format.setCurrentText("1/24")
    form.price.setText("2,4к")  # QTest types ASCII only
    qtbot.keyClicks(form.reach, "5000")
    shown = "".join(ch for ch in form.cpm_preview.text() if ch.isdigit())
    assert shown == "480"  # 2400 ₽ / 5000 views × 1000
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    stored = [q for q in services.storage.quotes.all() if q.channel_name == "@brand_new_chan"]
    assert len(stored) == 1 and stored[0].price == Decimal(2400) and stored[0].reach == 5000
    assert book.model.row_of(stored[0].id) >= 0
    window.show_area("suggestion")
    after = window.suggestion.view.summary.mean_cpm
    assert after != before
    drawn = window.suggestion.draw_charts()
    assert "@brand_new_chan" in [name for name, _cpm, _own in drawn["cpm_vs_niche"]]


def test_bad_price_keeps_save_disabled_and_says_why(qtbot, window):
    form = window.pricebook.add_quote()
    qtbot.keyClicks(form.channel, "@some_channel")
    form.price.setText("дорого")
    assert not form.save_button.isEnabled()
    assert form.price_field.message.isVisible()
    assert "positive number" in form.price_field.message.text()
    form.price.clear()
    qtbot.keyClicks(form.price, "-100")
    assert not form.save_button.isEnabled()
    qtbot.keyClicks(form.reach, "12.5")
    assert "whole number" in form.reach_field.message.text()
    form.reach.clear()
    form.price.clear()
    qtbot.keyClicks(form.price, "$50")
    qtbot.keyClicks(form.reach, "")
    assert form.currency.currentText() == "USD"
    assert form.save_button.isEnabled()
    form.reject()


def test_delete_then_undo_restores_the_quote(qtbot, window, services):
    book = window.pricebook
    book.table.selectRow(0)
    quote_id = book.selected_ids()[0]
    count = services.storage.quotes.count()
    qtbot.mouseClick(book.delete_button, Qt.MouseButton.LeftButton)
    assert services.storage.quotes.count() == count - 1
    assert book.model.row_of(quote_id) == -1
    window.undo_action.trigger()
    assert services.storage.quotes.count() == count
    assert services.storage.quotes.get(quote_id) is not None
    assert book.model.row_of(quote_id) >= 0
    window.redo_action.trigger()
    assert services.storage.quotes.get(quote_id) is None
    assert window.undo_action.text().endswith("Delete quotes (1)")
    assert book.count_label.text().startswith(f"Showing {count - 1} of {count - 1}")
    assert not book.empty_hint.isVisible()


def test_delete_says_what_it_did_and_undo_selects_the_quotes_again(qtbot, window, services):
    book = window.pricebook
    book.table.selectRow(2)
    book.table.selectionModel().select(
        book.proxy.index(3, 0),
        book.table.selectionModel().SelectionFlag.Select
        | book.table.selectionModel().SelectionFlag.Rows,
    )
    ids = sorted(book.selected_ids())
    assert len(ids) == 2
    book.delete_action.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Deleted 2 quote(s).") and "Undo" in message
    assert book.selected_ids() == []
    window.undo_action.trigger()
    assert sorted(book.selected_ids()) == ids  # the rows the user deleted, selected again
    assert window.statusBar().currentMessage() == "Restored 2 quote(s)."


def test_edit_and_duplicate_through_the_form(qtbot, window, services):
    book = window.pricebook
    book.table.selectRow(0)
    quote_id = book.selected_ids()[0]
    form = book.edit_selected()
    form.price.clear()
    qtbot.keyClicks(form.price, "7 777")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert services.storage.quotes.get(quote_id).price == Decimal(7777)
    window.undo_action.trigger()
    assert services.storage.quotes.get(quote_id).price != Decimal(7777)
    count = services.storage.quotes.count()
    book.select_ids([quote_id])
    form = book.duplicate_selected()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert services.storage.quotes.count() == count + 1


def test_filters_by_text_source_and_format(qtbot, window):
    book = window.pricebook
    total = book.proxy.rowCount()
    qtbot.keyClicks(book.search, "crypto_mama")
    qtbot.waitUntil(lambda: book.proxy.rowCount() < total)
    assert all(
        "crypto_mama" in book.proxy.index(r, COLUMN["channel"]).data()
        for r in range(book.proxy.rowCount())
    )
    book.search.clear()
    qtbot.waitUntil(lambda: book.proxy.rowCount() == total)
    book.format_filter.setCurrentIndex(book.format_filter.findData("1/48"))
    assert 0 < book.proxy.rowCount() < total
    assert {book.proxy.index(r, COLUMN["format"]).data() for r in range(book.proxy.rowCount())} == {
        "1/48"
    }
    book.format_filter.setCurrentIndex(0)
    book.source_filter.setCurrentIndex(book.source_filter.findData("exchange"))
    assert 0 < book.proxy.rowCount() < total


def test_sorting_by_cpm_and_outliers_marked(window):
    book = window.pricebook
    book.table.sortByColumn(COLUMN["cpm"], Qt.SortOrder.DescendingOrder)
    first = book.model.row_at(book.proxy.mapToSource(book.proxy.index(0, 0)).row())
    assert first.outlier  # the dearest CPM of the demo is one of its outliers
    assert book.proxy.index(0, COLUMN["cpm"]).data().startswith("⚠")
    cpms = [
        book.model.row_at(book.proxy.mapToSource(book.proxy.index(r, 0)).row()).cpm
        for r in range(book.proxy.rowCount())
    ]
    known = [c for c in cpms if c is not None]
    assert known == sorted(known, reverse=True)


def test_import_preview_rejects_bad_rows_and_imports_the_rest_once(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    window = make_window(qtbot, services)
    book = window.pricebook
    services.dialogs.paths.append(str(SEED))
    book.import_action.trigger()
    qtbot.waitUntil(lambda: getattr(book, "preview_dialog", None) is not None, timeout=5000)
    dialog = book.preview_dialog
    assert dialog.rejected_view.model().rowCount() == 6
    assert dialog.accepted_view.model().rowCount() == 6
    reasons = [dialog.rejected_view.model().index(r, 1).data() for r in range(6)]
    assert "Price is not a positive number" in reasons
    assert services.storage.quotes.count() == 0  # nothing written before confirming
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.storage.quotes.count() == 6, timeout=5000)
    qtbot.waitUntil(lambda: book.model.rowCount() == 6, timeout=5000)

    book.preview_dialog = None
    services.dialogs.paths.append(str(SEED))
    book.import_action.trigger()
    qtbot.waitUntil(lambda: book.preview_dialog is not None, timeout=5000)
    assert book.preview_dialog.accepted_view.model().rowCount() == 0
    assert not book.preview_dialog.import_button.isEnabled()
    book.preview_dialog.reject()
    assert services.storage.quotes.count() == 6


def test_export_writes_the_shown_rows(window, services, tmp_path):
    path = tmp_path / "out.csv"
    services.dialogs.paths.append(str(path))
    count = window.pricebook.export_file()
    assert count == window.pricebook.proxy.rowCount() and path.read_text("utf-8-sig")


def test_column_widths_niche_and_area_survive_a_restart(qtbot, services):
    first = make_window(qtbot, services)
    first.pricebook.table.horizontalHeader().resizeSection(COLUMN["channel"], 321)
    first.show_area("history")
    niche_id = first.current_niche_id()
    first.set_niche(None)
    first.close()
    second = make_window(qtbot, services)
    assert second.pricebook.table.horizontalHeader().sectionSize(COLUMN["channel"]) == 321
    assert second.tabs.currentWidget() is second.history
    assert second.current_niche_id() is None
    second.set_niche(niche_id)
    assert second.current_niche_id() == niche_id


def test_empty_database_shows_an_empty_book(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path, demo=False))
    assert isinstance(window.pricebook.model, QuoteTableModel)
    assert window.pricebook.model.rowCount() == 0
    window.show()
    window.show_area("pricebook")
    assert window.pricebook.empty_hint.isVisible()
    assert "Add quote" in window.pricebook.empty_hint.text()
    window.show_area("suggestion")
    assert window.suggestion.view is None
    assert "No quotes" in window.suggestion.fallback_label.text()
    window.show_area("history")
    window.show_area("mychannel")


def test_date_range_filter(window):
    book = window.pricebook
    total = book.proxy.rowCount()
    newest = max(row.record.quoted_at for row in book.model.rows())
    day = QDate(newest.year, newest.month, newest.day)
    book.date_from.setDate(day.addDays(-30))
    book.date_to.setDate(day)
    book.use_dates.setChecked(True)
    shown = book.proxy.rowCount()
    assert 0 < shown < total
    cutoff = newest - timedelta(days=31)
    for r in range(shown):
        source = book.proxy.mapToSource(book.proxy.index(r, 0)).row()
        assert book.model.row_at(source).record.quoted_at >= cutoff
    book.use_dates.setChecked(False)
    assert book.proxy.rowCount() == total


def test_big_import_keeps_the_event_loop_running(qtbot, tmp_path, monkeypatch):
    import ui.pricebook.transfer

    threads = []
    real_read = ui.pricebook.transfer.read_preview

    def recording_read(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_read(*args, **kwargs)

    monkeypatch.setattr(ui.pricebook.transfer, "read_preview", recording_read)
    services = make_services(tmp_path, demo=False)
    window = make_window(qtbot, services)
    path = tmp_path / "big.csv"
    lines = [f"@bulk_chan_{i:05d};1/24;{1000 + i} ₽;{3000 + i};01.03.2025" for i in range(4000)]
    path.write_text("Канал;Формат;Цена;Охват;Дата\n" + "\n".join(lines), encoding="utf-8")
    ticks = [time.perf_counter()]
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    window.pricebook.import_file(str(path))
    qtbot.waitUntil(
        lambda: getattr(window.pricebook, "preview_dialog", None) is not None, timeout=20000
    )
    timer.stop()
    # the file was read in a worker thread while the loop kept turning
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 2
    assert len(window.pricebook.preview_dialog.preview.accepted) == 4000
    window.pricebook.preview_dialog.accept()
    qtbot.waitUntil(lambda: services.storage.quotes.count() == 4000, timeout=30000)


def _import_through_the_dialog(qtbot, book, services, path) -> None:
    book.preview_dialog = None
    services.dialogs.paths.append(str(path))
    book.import_action.trigger()
    qtbot.waitUntil(lambda: book.preview_dialog is not None, timeout=5000)


def test_an_import_is_one_undoable_step_and_keeps_earlier_undo(qtbot, window, services):
    book = window.pricebook
    book.table.selectRow(0)
    deleted_id = book.selected_ids()[0]
    qtbot.mouseClick(book.delete_button, Qt.MouseButton.LeftButton)
    before_ids = {q.id for q in services.storage.quotes.all()}

    _import_through_the_dialog(qtbot, book, services, SEED)
    qtbot.mouseClick(book.preview_dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Import" in window.undo_action.text(), timeout=5000)
    assert window.undo_action.text().endswith("Import from seed_pricebook.csv (quotes: 6)")
    imported = {q.id for q in services.storage.quotes.all()} - before_ids
    assert len(imported) == 6 and all(book.model.row_of(i) >= 0 for i in imported)

    window.undo_action.trigger()  # takes out exactly the imported rows
    assert {q.id for q in services.storage.quotes.all()} == before_ids
    assert all(book.model.row_of(i) == -1 for i in imported)
    window.undo_action.trigger()  # the delete made before the import can still be undone
    assert services.storage.quotes.get(deleted_id) is not None
    assert book.model.row_of(deleted_id) >= 0

    window.redo_action.trigger()
    window.redo_action.trigger()  # the import comes back under the same ids
    assert services.storage.quotes.get(deleted_id) is None
    assert {q.id for q in services.storage.quotes.all()} == before_ids | imported
    assert all(book.model.row_of(i) >= 0 for i in imported)


def test_future_dates_are_refused_by_the_preview_and_the_form(qtbot, window, services, tmp_path):
    path = tmp_path / "future.csv"
    path.write_text("Канал;Цена;Дата\n@far_future;1000;01.10.2099\n", encoding="utf-8")
    book = window.pricebook
    _import_through_the_dialog(qtbot, book, services, path)
    assert book.preview_dialog.rejected_view.model().index(0, 1).data() == "Date is in the future"
    assert not book.preview_dialog.import_button.isEnabled()
    book.preview_dialog.reject()

    form = book.add_quote()
    form.quoted_at.setDate(QDate.currentDate().addDays(3))
    assert form.quoted_at.date() == QDate.currentDate()
    form.reject()


def test_a_file_without_columns_says_what_to_map_in_a_short_line(qtbot, window, services, tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_text("a" * 5000, encoding="utf-8")
    services.dialogs.paths.append(str(path))
    window.pricebook.import_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.pricebook, "preview_dialog", None) is not None)
    dialog = window.pricebook.preview_dialog
    text = dialog.warnings.text()
    assert "Columns found: «" + "a" * 39 + "…»" in text and "«Channel» / «Price»" in text
    assert len(text) < 200
    assert not dialog.import_button.isEnabled()


def test_undo_of_a_delete_after_a_quote_was_saved_elsewhere_puts_the_quote_back(
    qtbot, window, services
):
    """Saving a quote outside the undo stack (the vetting tab) must not take the deleted id."""
    quotes = services.storage.quotes
    newest = max(q.id for q in quotes.all())
    book = window.pricebook
    book.select_ids([newest])
    qtbot.mouseClick(book.delete_button, Qt.MouseButton.LeftButton)
    saved = quotes.add(quotes.get(min(q.id for q in quotes.all())).as_draft())
    assert saved.id != newest
    window.undo_action.trigger()
    assert quotes.get(newest) is not None and quotes.get(saved.id) is not None


def test_a_failed_undo_is_reported_and_leaves_the_undo_history(qtbot, window, services):
    book = window.pricebook
    book.table.selectRow(0)
    quote_id = book.selected_ids()[0]
    qtbot.mouseClick(book.delete_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 1

    def locked(_records):
        raise RuntimeError("database is locked")

    services.storage.quotes.restore_many = locked
    window.undo_action.trigger()
    assert "Could not undo “Delete quotes (1)”: database is locked" in (
        window.statusBar().currentMessage()
    )
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    assert services.storage.quotes.get(quote_id) is None


def test_deleting_many_quotes_is_one_transaction(qtbot, window, services, monkeypatch):
    book = window.pricebook
    ids = [q.id for q in services.storage.quotes.all()][:5]
    book.select_ids(ids)
    commits = []
    db = services.storage.db
    real_atomic = db.atomic
    monkeypatch.setattr(db, "atomic", lambda *a, **k: commits.append(1) or real_atomic(*a, **k))
    qtbot.mouseClick(book.delete_button, Qt.MouseButton.LeftButton)
    assert len(commits) == 1 and all(services.storage.quotes.get(i) is None for i in ids)
    commits.clear()
    window.undo_action.trigger()
    assert len(commits) == 1 and all(services.storage.quotes.get(i) for i in ids)


def test_undoing_an_edit_keeps_a_channel_known_by_an_ascii_title(qtbot, window, services):
    storage = services.storage
    channel = storage.channels.upsert_telegram(777, 1, None, "CryptoDaily")
    quote = storage.quotes.add(
        replace(storage.quotes.all()[0].as_draft(), channel="CryptoDaily", channel_id=channel.id)
    )
    window.pricebook.reload()
    book = window.pricebook
    book.select_ids([quote.id])
    form = book.edit_selected()
    form.price.clear()
    qtbot.keyClicks(form.price, "7 777")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert storage.quotes.get(quote.id).channel_id == channel.id
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert storage.quotes.get(quote.id).channel_id == channel.id
    assert storage.channels.find_by_username("CryptoDaily") is None


def test_duplicating_keeps_a_channel_known_by_an_ascii_title(qtbot, window, services):
    storage = services.storage
    channel = storage.channels.upsert_telegram(778, 1, None, "CoinWeekly")
    quote = storage.quotes.add(
        replace(storage.quotes.all()[0].as_draft(), channel="CoinWeekly", channel_id=channel.id)
    )
    window.pricebook.reload()
    book = window.pricebook
    book.select_ids([quote.id])
    form = book.duplicate_selected()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    copies = storage.quotes.for_channel(channel.id)
    assert len(copies) == 2  # the copy sits with the original, on the Telegram channel
    assert storage.channels.find_by_username("CoinWeekly") is None


def test_the_date_filter_uses_the_local_day(qtbot, window, services, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Vladivostok")
    time.tzset()
    try:
        morning = datetime(2026, 3, 15, 8).astimezone()  # 08:00 in Vladivostok, 14.03 in UTC
        draft = services.storage.quotes.all()[0].as_draft()
        quote = services.storage.quotes.add(
            replace(draft, quoted_at=morning.astimezone(UTC), import_key=None)
        )
        book = window.pricebook
        book.reload()
        day = QDate(2026, 3, 15)
        book.date_from.setDate(day)
        book.date_to.setDate(day)
        book.use_dates.setChecked(True)
        shown = [
            book.model.row_at(book.proxy.mapToSource(book.proxy.index(r, 0)).row()).record.id
            for r in range(book.proxy.rowCount())
        ]
        assert quote.id in shown
    finally:
        monkeypatch.undo()
        time.tzset()


def test_outlier_tooltip_gives_the_limit_and_the_rule(window):
    book = window.pricebook
    row = next(i for i in range(book.model.rowCount()) if book.model.row_at(i).outlier)
    tip = book.model.index(row, COLUMN["cpm"]).data(Qt.ItemDataRole.ToolTipRole)
    judged = book.model.row_at(row).judged_by
    assert "limit" in tip and "P75 + 1.5 × IQR" in tip
    assert f"of the {judged.count} quotes compared for {judged.format_label}" in tip
