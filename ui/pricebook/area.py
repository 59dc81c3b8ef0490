"""The *Price book* area: competitors' quotes with filters, editing with undo, import and export.

With Telegram signed in, a quote's reach can be fetched from its channel's recent posts (one
undoable step) and a competitor can be tracked, so the scheduled refresh reads it too. This module
assembles the tab and keeps the table and its edits; the filter bar, the spreadsheets and the
Telegram side live beside it in this package.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import settings as opt
from ui.area import show_status
from ui.commands import AddQuote, DeleteQuotes, EditQuote
from ui.pricebook.filters import QuoteFilterBar
from ui.pricebook.reach_fetch import ReachFetchMixin
from ui.pricebook.transfer import ImportExportMixin
from ui.quote_model import COLUMN, QUOTE_ID_ROLE, QuoteFilterProxy, QuoteTableModel
from ui.services import Services
from ui.tables import set_up_record_table
from ui.workers import Task

if TYPE_CHECKING:  # the form is imported when first opened: the price book is built at every start
    from ui.quote_form import QuoteForm


class PriceBookArea(ImportExportMixin, ReachFetchMixin, QWidget):
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
        set_up_record_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        # filters
        self.filter_bar = QuoteFilterBar()
        self.filter_bar.changed.connect(self._apply_filters)
        bar = self.filter_bar  # its widgets by their old names, for the window and the tests
        self.search, self.use_dates = bar.search, bar.use_dates
        self.format_filter, self.source_filter = bar.format_filter, bar.source_filter
        self.date_from, self.date_to = bar.date_from, bar.date_to

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
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # --- data -------------------------------------------------------------------------------

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def shutdown(self) -> None:
        """A reach fetch runs on: the quotes it reads are stored even when the window closed."""

    def reload(self) -> None:
        """Re-read the quotes; the table shows those of the chosen niche."""
        selected = self.selected_ids()
        self.proxy.niche_id = self.niche_id  # applied by the model reset below: one filter pass
        self.model.set_rows(self.service.rows())
        self.filter_bar.fill_formats({row.format_label for row in self.model.rows()})
        self._update_count()
        self.select_ids(selected)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(**self.filter_bar.values())
        self._update_count()

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

    def _selected_records(self):
        return [self.model.row_at(self.model.row_of(i)).record for i in self.selected_ids()]

    def _tell(self, text: str) -> None:
        """A message in the window's status bar (where the Telegram panel reports too)."""
        self.last_message = text
        show_status(self, text)

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
        from ui.quote_form import QuoteForm

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
