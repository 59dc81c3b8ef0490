"""The *Price book* area: competitors' quotes with filters, editing with undo, import and export.

With Telegram signed in, a quote's reach can be fetched from its channel's recent posts (one
undoable step) and a competitor can be tracked, so the scheduled refresh reads it too.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from application.reach import QuoteReach
from storage.import_paste import preview_from_text
from storage.importexport import (
    ImportFileError,
    ImportPreview,
    commit_preview,
    export_csv,
    export_xlsx,
    read_preview,
)
from storage.records import QuoteSource
from tgclient.errors import TelegramError
from ui import formatting, import_memory
from ui import settings as opt
from ui.commands import AddQuote, DeleteQuotes, EditQuote, ImportQuotes, SetQuotesReach
from ui.fields import COMMON_FORMATS
from ui.import_dialog import ImportPreviewDialog
from ui.quote_form import QuoteForm
from ui.quote_model import (
    COLUMN,
    QUOTE_ID_ROLE,
    QuoteFilterProxy,
    QuoteTableModel,
    format_text,
    source_names,
)
from ui.services import Services
from ui.telegram_texts import telegram_error_text
from ui.texts import reach_method_text
from ui.workers import Task, when_task_ends

log = logging.getLogger(__name__)


class PriceBookArea(QWidget):
    """Table of quotes. Emits ``changed`` after any write so other areas re-read."""

    changed = Signal()

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = services.pricebook
        self.undo_stack = undo_stack or QUndoStack(self)
        self.niche_id: int | None = None
        self._task: Task | None = None
        self.last_message = ""  # the last status-bar message of the area (Telegram work)

        self.model = QuoteTableModel(self)
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView()
        self.table.setObjectName("priceBookTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        # filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search channel, niche or note"))
        self.search.setClearButtonEnabled(True)
        self.format_filter = QComboBox()
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All sources"), None)
        for source, name in source_names().items():
            self.source_filter.addItem(name, source.value)
        self.use_dates = QCheckBox(self.tr("Dates"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-6))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_format())  # as the table shows dates
            edit.setEnabled(False)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.format_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.source_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self._apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self._apply_filters())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Format")))
        filters.addWidget(self.format_filter, 1)
        filters.addWidget(QLabel(self.tr("Source")))
        filters.addWidget(self.source_filter, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)

        # actions
        self.add_action = QAction(self.tr("Add quote…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_quote)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action = QAction(self.tr("Duplicate…"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.import_action = QAction(self.tr("Import CSV/XLSX…"), self)
        self.import_action.triggered.connect(self.import_file)
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.triggered.connect(self.export_file)
        self.paste_action = QAction(self.tr("Paste quotes…"), self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(lambda: self.paste_quotes())
        self.table.addAction(self.paste_action)
        self.fetch_action = QAction(self.tr("Fetch reach from Telegram"), self)
        self.fetch_action.triggered.connect(self.fetch_reach)
        self.track_action = QAction(self.tr("Track this channel"), self)
        self.track_action.setCheckable(True)
        self.track_action.triggered.connect(self.set_tracked)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        for action in (separator, self.fetch_action, self.track_action):
            self.table.addAction(action)
        self.reach_service = self.service.reach
        self._fetch_task: asyncio.Task | None = None
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        for action in (
            self.add_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.import_action,
            self.export_action,
        ):
            if action is None:
                buttons.addStretch(1)
                continue
            button = QPushButton(action.text())
            button.setObjectName(f"{action.text()}Button")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            setattr(self, _button_name(action, self), button)
        self.fetch_button = QPushButton(self.tr("Fetch reach"))
        self.fetch_button.setObjectName("fetchReachButton")
        self.fetch_button.clicked.connect(self.fetch_action.trigger)
        buttons.insertWidget(4, self.fetch_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        buttons.insertWidget(6, self.count_label)

        # Shown instead of a bare table while the price book is empty: where to start.
        self.empty_hint = QLabel(
            self.tr(
                "No quotes yet. Add competitors' prices with “Add quote…”, or bring in the "
                "spreadsheet you already keep with “Import CSV/XLSX…”."
            )
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # --- data -------------------------------------------------------------------------------

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def reload(self) -> None:
        """Re-read the quotes; the table shows those of the chosen niche."""
        selected = self.selected_ids()
        self.proxy.niche_id = self.niche_id  # applied by the model reset below: one filter pass
        self.model.set_rows(self.service.rows())
        self._fill_format_filter()
        self._update_count()
        self.select_ids(selected)

    def _fill_format_filter(self) -> None:
        current = self.format_filter.currentData()
        labels = sorted(
            {row.format_label for row in self.model.rows()},
            key=lambda lb: (COMMON_FORMATS.index(lb) if lb in COMMON_FORMATS else 99, lb),
        )
        self.format_filter.blockSignals(True)
        self.format_filter.clear()
        self.format_filter.addItem(self.tr("All formats"), None)
        for label in labels:
            self.format_filter.addItem(format_text(label), label)
        self.format_filter.setCurrentIndex(max(0, self.format_filter.findData(current)))
        self.format_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        source = self.source_filter.currentData()
        dates = self.use_dates.isChecked()
        self.proxy.set_filters(
            text=self.search.text(),
            format_label=self.format_filter.currentData(),
            source=QuoteSource(source) if source else None,
            date_from=self.date_from.date() if dates else None,
            date_to=self.date_to.date() if dates else None,
        )
        self._update_count()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._apply_filters()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        root = QModelIndex()
        outliers = sum(  # outliers are few: ask the filter about those rows only
            1
            for i, row in enumerate(self.model.rows())
            if row.outlier and self.proxy.filterAcceptsRow(i, root)
        )
        text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        if outliers:
            text += " · " + self.tr("⚠ outliers: %1").replace("%1", str(outliers))
        self.count_label.setText(text)
        self.empty_hint.setVisible(total == 0)

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        self.edit_action.setEnabled(count == 1)
        self.duplicate_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count >= 1)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            button = getattr(self, _button_name(action, self), None)
            if button is not None:
                button.setEnabled(action.isEnabled())
        self._update_telegram_actions()

    def telegram_state_changed(self, _state: str = "") -> None:
        """Slot for the Telegram panel: signing in or out enables or disables the fetch."""
        self._update_telegram_actions()

    def _selected_records(self):
        return [self.model.row_at(self.model.row_of(i)).record for i in self.selected_ids()]

    def _fetch_blocker(self, records) -> str | None:
        """Why "Fetch reach" cannot run now (None when it can)."""
        telegram = self.services.telegram
        if telegram is None:
            return self.tr("Needs Telegram, which the demo does not connect.")
        if not telegram.signed_in:
            return self.tr("Sign in to Telegram first (menu Telegram → Sign in…).")
        if self.fetching:
            return self.tr("Telegram is busy reading; try again when it finishes.")
        if not records:
            return self.tr("Select a quote first.")
        if not any(self.reach_service.can_fetch_quote(r) for r in records):
            return self.tr("The channel has no @username or Telegram id to look it up by.")
        return None

    def _update_telegram_actions(self) -> None:
        records = self._selected_records()
        blocker = self._fetch_blocker(records)
        self.fetch_action.setEnabled(blocker is None)
        tip = blocker or self.tr(
            "Read the channel's recent posts and subscribers from Telegram and fill the "
            "quote's reach at its format's window."
        )
        self.fetch_action.setToolTip(tip)
        self.fetch_button.setEnabled(blocker is None)
        self.fetch_button.setToolTip(tip)
        channel_ids = {r.channel_id for r in records}
        tracked = {c.id for c in self.services.storage.channels.tracked()}
        self.track_action.setChecked(bool(channel_ids) and channel_ids <= tracked)
        if self.services.telegram is None:
            self.track_action.setEnabled(False)
            self.track_action.setToolTip(
                self.tr("Needs Telegram, which the demo does not connect.")
            )
        else:
            self.track_action.setEnabled(bool(channel_ids))
            self.track_action.setToolTip(
                self.tr("Refresh this channel's views with your own channel on the schedule.")
            )

    # --- Telegram: reach and tracking ---------------------------------------------------------

    @property
    def fetching(self) -> bool:
        return self._fetch_task is not None and not self._fetch_task.done()

    def fetch_reach(self) -> None:
        """Read the selected quotes' channels from Telegram and fill their reach (one undo step).

        Progress and Cancel are in the status bar (the Telegram panel shows the service's).
        """
        records = [r for r in self._selected_records() if self.reach_service.can_fetch_quote(r)]
        if self._fetch_blocker(records) is not None:
            return
        telegram = self.services.telegram
        ids = [r.id for r in records]
        task = telegram.start_task(self.reach_service.fetch_quotes_reach(ids, telegram))
        if task is None:  # a sync is running; its progress is in the status bar
            self._tell(self.tr("Telegram is busy reading; try again when it finishes."))
            return
        self._fetch_task = task
        when_task_ends(
            task, self, self._fetch_done, self._fetch_failed, self._fetch_cancelled
        )  # nothing when the window closed while Telegram was read
        self._tell(self.tr("Fetching reach from Telegram…"))
        self._update_telegram_actions()

    def _fetch_done(self, fetched: list[QuoteReach]) -> None:
        self._fetch_task = None
        self._apply_fetched(fetched)
        self._update_telegram_actions()

    def _fetch_failed(self, error: BaseException) -> None:
        self._fetch_task = None
        if isinstance(error, TelegramError):
            self._tell(telegram_error_text(error))
        else:
            self._tell(self.tr("Fetching the reach failed: %1").replace("%1", str(error)))
        self._update_telegram_actions()

    def _fetch_cancelled(self) -> None:
        self._fetch_task = None
        self._tell(self.tr("Fetching the reach was cancelled; the quotes are unchanged."))
        self._update_telegram_actions()

    def _apply_fetched(self, results: list[QuoteReach]) -> None:
        changes = [(r.quote, r.after) for r in results if r.after is not None]
        if changes:
            self.undo_stack.push(SetQuotesReach(self.service, changes, self._changed))
            self.select_ids([before.id for before, _after in changes])
        else:
            self._changed()  # the channels' posts and subscribers were still stored
        if len(results) == 1:
            self._tell(self._fetch_text(results[0]))
            return
        text = (
            self.tr("Reach fetched for %1 of %2 quotes.")
            .replace("%1", str(len(changes)))
            .replace("%2", str(len(results)))
        )
        problem = next((r for r in results if r.after is None), None)
        if problem is not None:
            text += " " + self._fetch_text(problem)
        self._tell(text)

    def _fetch_text(self, result: QuoteReach) -> str:
        name = result.quote.channel_name
        figure = result.figure
        if result.error is not None:
            return f"{name}: {telegram_error_text(result.error)}"
        if result.after is None:
            return (
                self.tr(
                    "Too little data for the reach of %1 at %2 h: no recent post is that old yet. "
                    "The quote is unchanged."
                )
                .replace("%1", name)
                .replace("%2", str(figure.window))
            )
        return (
            self.tr("Reach of %1 at %2 h: %3 views (%4), saved as fetched.")
            .replace("%1", name)
            .replace("%2", str(figure.window))
            .replace("%3", str(figure.views))
            .replace("%4", reach_method_text(figure.as_own_reach()))
        )

    def set_tracked(self, tracked: bool) -> None:
        """Mark the selected quotes' channels as tracked (or not) by the scheduled refresh."""
        records = self._selected_records()
        if not records or self.services.telegram is None:
            return
        self.service.set_tracked([r.channel_id for r in records], tracked)
        names = ", ".join(dict.fromkeys(r.channel_name for r in records))
        if tracked:
            text = self.tr("Tracking %1: its views are refreshed with your channel.")
        else:
            text = self.tr("No longer tracking %1.")
        self._tell(text.replace("%1", names))
        self._update_telegram_actions()

    def _tell(self, text: str) -> None:
        """A message in the window's status bar (where the Telegram panel reports too)."""
        self.last_message = text
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(QUOTE_ID_ROLE) for index in rows]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for quote_id in ids:
            row = self.model.row_of(quote_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, flags)
                    self.table.scrollTo(index)
        self._update_actions()

    # --- editing ----------------------------------------------------------------------------

    def _niche_names(self) -> list[str]:
        return [n.name for n in self.service.niches()]

    def _default_niche(self) -> str | None:
        niche = self.service.niche(self.niche_id)
        return niche.name if niche else None

    def _changed(self) -> None:
        self.changed.emit()

    def open_form(self, record=None, title: str | None = None) -> QuoteForm:
        form = QuoteForm(
            self._niche_names(),
            self,
            record=record,
            default_niche=self._default_niche(),
            title=title,
        )
        return form

    def add_quote(self) -> QuoteForm:
        form = self.open_form()
        form.accepted.connect(lambda: self._push_add(form))
        form.open()
        return form

    def _push_add(self, form: QuoteForm, channel_id: int | None = None) -> None:
        draft = form.draft()
        if draft is not None:
            if channel_id is not None and draft.channel_id is None:
                # a duplicate stays with its channel while the name still names it
                draft = replace(draft, channel_id=channel_id)
            command = AddQuote(self.service, draft, self._changed)
            self.undo_stack.push(command)
            if command.record is not None:
                self.select_ids([command.record.id])

    def edit_selected(self) -> QuoteForm | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        record = self.model.row_at(self.model.row_of(ids[0])).record
        form = self.open_form(record, self.tr("Edit quote"))
        form.accepted.connect(lambda: self._push_edit(record, form))
        form.open()
        return form

    def _push_edit(self, record, form: QuoteForm) -> None:
        draft = form.draft()
        if draft is not None:
            self.undo_stack.push(EditQuote(self.service, record, draft, self._changed))
            self.select_ids([record.id])

    def duplicate_selected(self) -> QuoteForm | None:
        """Open the form filled with the selected quote dated today: a new price for the channel."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        record = self.model.row_at(self.model.row_of(ids[0])).record
        form = self.open_form(record, self.tr("Duplicate quote"))
        form.quoted_at.setDate(QDate.currentDate())
        form.accepted.connect(lambda: self._push_add(form, record.channel_id))
        form.open()
        return form

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = DeleteQuotes(self.service, ids, lambda: self._deleted_or_back(command))
            self.undo_stack.push(command)

    def _deleted_or_back(self, command: DeleteQuotes) -> None:
        """Re-read, then say what happened; quotes an undo puts back are selected again."""
        self._changed()
        if command.error is not None:
            return  # the command reported its own failure
        count = str(len(command.quote_ids))
        if command.deleted:
            shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self._tell(
                self.tr("Deleted %1 quote(s). Edit → Undo (%2) puts them back.")
                .replace("%1", count)
                .replace("%2", shortcut)
            )
        else:
            self.reload()  # the rows must exist before they can be selected
            self.select_ids(command.quote_ids)
            self._tell(self.tr("Restored %1 quote(s).").replace("%1", count))

    # --- import / export --------------------------------------------------------------------

    def _folder(self) -> str:
        return opt.LAST_FOLDER.read(self.services.settings) or str(Path.home())

    def import_file(self, path: str | None = None, encoding: str | None = None) -> None:
        if not path:
            path = self.services.dialogs.open_file(
                self,
                self.tr("Import price book"),
                self._folder(),
                self.tr(
                    "Spreadsheets (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel (*.xlsx);;"
                    "LibreOffice (*.ods)"
                ),
            )
        if not path:
            return
        opt.LAST_FOLDER.write(self.services.settings, str(Path(path).parent))
        self._last_import_path = path
        niche = self.service.niche(self.niche_id)
        storage = self.services.storage
        progress = self._progress(self.tr("Reading %1…").replace("%1", Path(path).name))

        remembered = import_memory.remembered(self.services.settings)
        window_note = self.tr("reach over %1 h").replace("%1", "{hours}")

        def work(report, cancelled):
            return read_preview(
                path,
                storage,
                niche.name if niche else None,
                niche.currency if niche else "RUB",
                progress=report,
                cancelled=cancelled,
                encoding=encoding,
                remembered=remembered,
                window_note=window_note,
            )

        self._run(work, progress, self._show_preview)

    def paste_quotes(self, text: str | None = None) -> None:
        """Quotes from text copied from a chat or a spreadsheet, through the import preview."""
        if text is None:
            from PySide6.QtGui import QGuiApplication

            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.services.dialogs.info(
                self,
                self.tr("Paste quotes"),
                self.tr(
                    "Copy a chat message with prices (“@channel — 1/24 1500₽, охват 3,2к”) or "
                    "cells of a spreadsheet, then paste again."
                ),
            )
            return
        niche = self.service.niche(self.niche_id)
        storage = self.services.storage
        progress = self._progress(self.tr("Reading pasted text…"))
        remembered = import_memory.remembered(self.services.settings)
        window_note = self.tr("reach over %1 h").replace("%1", "{hours}")

        def work(report, cancelled):
            return preview_from_text(
                text,
                storage,
                niche.name if niche else None,
                niche.currency if niche else "RUB",
                remembered=remembered,
                window_note=window_note,
            )

        self._run(work, progress, self._show_preview)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        if preview is None:
            return
        dialog = ImportPreviewDialog(preview, self)
        dialog.mapping_changed.connect(
            lambda mapping: import_memory.remember(
                self.services.settings, dialog.preview.headers, mapping
            )
        )
        dialog.accepted.connect(lambda: self.commit_import(dialog.preview))
        self.preview_dialog = dialog
        dialog.open()

    def commit_import(self, preview: ImportPreview) -> None:
        storage = self.services.storage
        progress = self._progress(
            self.tr("Importing %1 rows…").replace("%1", str(len(preview.accepted)))
        )

        def work(report, cancelled):
            return commit_preview(storage, preview, progress=report, cancelled=cancelled)

        def done(added: list[int]) -> None:
            self.last_import_added = len(added)
            if added:  # a cancelled import wrote nothing and is no step to undo
                self.undo_stack.push(
                    ImportQuotes(storage.quotes, added, preview.path.name, self._changed)
                )

        self._run(work, progress, done)

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    def _run(self, work, progress: QProgressDialog, on_done) -> None:
        task = Task(work, self)
        self._task = task

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(result) -> None:
            progress.reset()
            self._task = None
            on_done(result)

        def failed(error: Exception) -> None:
            progress.reset()
            self._task = None
            if isinstance(error, ImportFileError) and error.code == "encoding_unclear":
                self._ask_encoding()
                return
            self.services.dialogs.error(self, self.tr("Import failed"), self._error_text(error))

        task.progressed.connect(report)
        task.finished.connect(finished)
        task.failed.connect(failed)
        progress.canceled.connect(task.cancel)
        task.start()

    def _ask_encoding(self) -> None:
        """A file that is neither clean UTF-8 nor plausible Windows-1251: the user decides."""
        path = getattr(self, "_last_import_path", "")
        if path and self.services.dialogs.confirm(
            self,
            self.tr("Unclear text encoding"),
            self.tr(
                "“%1” is neither clean UTF-8 nor Windows-1251 text, so some letters may come "
                "out wrong. Read it as UTF-8 and mark the unreadable characters? Check the "
                "preview before importing; or save the file from your spreadsheet as "
                "“CSV UTF-8” and import that."
            ).replace("%1", Path(path).name),
        ):
            self.import_file(path, encoding="utf-8")

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ImportFileError):
            texts = {
                "empty": self.tr("The file is empty."),
                "too_big": self.tr("The file is too big to import (%1).").replace(
                    "%1", error.detail
                ),
                "too_many_rows": self.tr(
                    "The file has more than %1 rows; split it into smaller files."
                ).replace("%1", error.detail),
                "too_many_columns": self.tr("The file has too many columns (%1).").replace(
                    "%1", error.detail
                ),
                "cell_too_long": self.tr(
                    "A cell of the file is longer than any price book entry (line %1)."
                ).replace("%1", error.detail),
                "no_sheet": self.tr("The spreadsheet has no sheet to read."),
                "not_a_table": self.tr("The file is not a CSV, XLSX or ODS table."),
                "encoding_unclear": self.tr("The text encoding of the file is unclear."),
            }
            if error.code in texts:
                return texts[error.code]
            return self.tr("The file cannot be read as CSV, XLSX or ODS: %1").replace(
                "%1", error.detail
            )
        return str(error)

    def export_file(self, path: str | None = None) -> int:
        if not path:
            path = self.services.dialogs.save_file(
                self,
                self.tr("Export price book"),
                str(Path(self._folder()) / "price_book.xlsx"),
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return 0
        records = [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).record
            for r in range(self.proxy.rowCount())
        ]
        language = "ru" if self.tr("Channel") == "Канал" else "en"
        try:
            if path.lower().endswith(".csv"):
                count = export_csv(path, records, language)
            else:
                if not path.lower().endswith(".xlsx"):
                    path += ".xlsx"
                count = export_xlsx(path, records, language)
        except OSError as error:
            self.services.dialogs.error(self, self.tr("Export failed"), str(error))
            return 0
        opt.LAST_FOLDER.write(self.services.settings, str(Path(path).parent))
        return count

    # --- settings ---------------------------------------------------------------------------

    def save_state(self) -> None:
        header = self.table.horizontalHeader()
        widths = ",".join(str(header.sectionSize(i)) for i in range(header.count()))
        opt.PRICEBOOK_COLUMNS.write(self.services.settings, widths)
        opt.PRICEBOOK_SORT.write(
            self.services.settings, f"{self.proxy.sortColumn()},{self.proxy.sortOrder().value}"
        )

    def restore_state(self) -> None:
        header = self.table.horizontalHeader()
        widths = opt.PRICEBOOK_COLUMNS.read(self.services.settings)
        parts = [int(w) for w in widths.split(",") if w.strip().isdigit()] if widths else []
        if len(parts) == header.count():
            for i, width in enumerate(parts):
                header.resizeSection(i, max(30, width))
        else:
            for name, width in (
                ("channel", 170),
                ("niche", 130),
                ("format", 80),
                ("price", 80),
                ("currency", 60),
                ("reach", 70),
                ("reach_origin", 90),
                ("cpm", 90),
                ("date", 85),
                ("source", 130),
            ):
                header.resizeSection(COLUMN[name], width)
        column, _, order = opt.PRICEBOOK_SORT.read(self.services.settings).partition(",")
        try:
            self.table.sortByColumn(int(column), Qt.SortOrder(int(order)))
        except ValueError:
            self.table.sortByColumn(COLUMN["date"], Qt.SortOrder.DescendingOrder)


def _button_name(action: QAction, area: PriceBookArea) -> str:
    names = {
        id(area.add_action): "add_button",
        id(area.edit_action): "edit_button",
        id(area.duplicate_action): "duplicate_button",
        id(area.delete_action): "delete_button",
        id(area.import_action): "import_button",
        id(area.export_action): "export_button",
    }
    return names.get(id(action), "button")
