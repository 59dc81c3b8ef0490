"""The *Placements* area ("Закупы"): ads the user bought and what each one really brought.

A table of placements with the CPM actually paid against the seller's quote and the niche, joins
through each placement's invite link at 24 h / 48 h / 7 days, cost per subscriber, conversion
and return; a summary of the selected one; three charts (joins over time, cost per subscriber by
seller, paid CPM against the niche). Add, edit, delete, links and typed joins go on the window's
undo stack. *Create invite link* makes the link on Telegram and copies it for the seller; a link
made elsewhere can be pasted. *Add to price book* turns a measured placement into a quote.

Figures are computed by ``application.placements.PlacementService`` in a worker thread. This
module assembles the tab and keeps the table and its selection; the parts live beside it.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from application.placements import PlacementResult, PlacementService
from ui.area import show_status
from ui.placement_model import COLUMN, PLACEMENT_ID_ROLE, SORT_ROLE, PlacementTableModel
from ui.placements.charts import PlacementChartsMixin
from ui.placements.edits import PlacementEditsMixin
from ui.placements.summary import summary_text
from ui.placements.telegram import PlacementTelegramMixin
from ui.services import Services
from ui.tables import set_up_record_table
from ui.workers import run_task

log = logging.getLogger(__name__)


class PlacementsArea(PlacementChartsMixin, PlacementEditsMixin, PlacementTelegramMixin, QWidget):
    """Emits ``changed`` after any write so other areas (the price book) re-read."""

    changed = Signal()
    loaded = Signal()  # the table and charts show fresh figures

    def __init__(
        self,
        services: Services,
        service: PlacementService,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("placementsArea")
        self.services = services
        self.service = service
        self.undo_stack = undo_stack or QUndoStack(self)
        self.niche_id: int | None = None
        self.last_message = ""
        self.charts: dict[str, object] = {}
        self._generation = 0
        self._telegram_task: asyncio.Task | None = None
        self._pending_select: list[int] = []

        self.model = PlacementTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("placementsTable")
        self.table.setModel(self.proxy)
        header = set_up_record_table(self.table)
        self.table.sortByColumn(COLUMN["posted"], Qt.SortOrder.DescendingOrder)
        for name, width in (
            ("seller", 112),
            ("format", 50),
            ("posted", 82),
            ("price", 70),
            ("views", 62),
            ("paid_cpm", 76),
            ("quoted_cpm", 84),
            ("niche_cpm", 78),
            ("joins_24h", 70),
            ("joins_48h", 70),
            ("joins_7d", 84),
            ("cost_per_subscriber", 100),
            ("conversion", 98),
            ("return", 60),
        ):
            header.resizeSection(COLUMN[name], width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self._init_actions()
        self.summary = QLabel()
        self.summary.setObjectName("placementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_hint = QLabel(
            self.tr(
                "No placements yet. Record an ad you bought with “Add placement…”: the seller's "
                "channel, the price and the link to the ad post. Give it its own invite link to "
                "count who joined through it."
            )
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()

        self.chart_row = QWidget()
        self.chart_row.setObjectName("placementCharts")
        self.chart_layout = QHBoxLayout(self.chart_row)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty_hint)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.chart_row)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._update_actions()

    def _init_actions(self) -> None:
        def action(text: str, slot, name: str) -> QAction:
            item = QAction(text, self)
            item.setObjectName(name)
            item.triggered.connect(slot)
            return item

        self.add_action = action(self.tr("Add placement…"), self.add_placement, "addPlacement")
        self.edit_action = action(self.tr("Edit…"), self.edit_selected, "editPlacement")
        self.delete_action = action(self.tr("Delete"), self.delete_selected, "deletePlacement")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.create_link_action = action(
            self.tr("Create invite link"), self.create_invite, "createInvite"
        )
        self.paste_link_action = action(
            self.tr("Paste invite link…"), self.paste_invite, "pasteInvite"
        )
        self.copy_link_action = action(self.tr("Copy link"), self.copy_invite, "copyInvite")
        self.joins_action = action(self.tr("Type joins…"), self.type_joins, "typeJoins")
        self.pricebook_action = action(
            self.tr("Add to price book"), self.add_to_pricebook, "addToPriceBook"
        )
        self.refresh_action = action(self.tr("Refresh joins"), self.refresh_joins, "refreshJoins")
        for item in (
            self.edit_action,
            self.delete_action,
            self.create_link_action,
            self.paste_link_action,
            self.copy_link_action,
            self.joins_action,
            self.pricebook_action,
        ):
            self.table.addAction(item)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for item in (
            self.add_action,
            self.edit_action,
            self.delete_action,
            None,
            self.create_link_action,
            self.paste_link_action,
            self.joins_action,
            self.pricebook_action,
            None,
            self.refresh_action,
        ):
            if item is None:
                self.buttons.addSpacing(12)
                continue
            button = QPushButton(item.text())
            button.setObjectName(item.objectName() + "Button")
            button.clicked.connect(item.trigger)
            self.buttons.addWidget(button)
            self.action_buttons[item.objectName()] = button
        self.buttons.addStretch(1)

    # --- data -------------------------------------------------------------------------------

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def shutdown(self) -> None:
        """Telegram work runs on: an invite link half made must still be saved when it ends."""

    def reload(self) -> None:
        """Work the figures out in a worker; the table and charts fill when they arrive."""
        self._generation += 1
        generation, niche_id = self._generation, self.niche_id
        if not self._pending_select:
            self._pending_select = self.selected_ids()
        if not self.model.rowCount():
            self.summary.setText(self.tr("Working out the figures…"))
        run_task(
            self,
            lambda: self.service.results(niche_id),
            lambda results: self._show(generation, results),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        log.error("Placement figures failed", exc_info=(type(error), error, error.__traceback__))
        self._tell(
            self.tr("The placement figures could not be worked out: %1").replace("%1", str(error))
        )

    def _show(self, generation: int, results: list[PlacementResult]) -> None:
        if generation != self._generation:  # a newer reload is on its way
            return
        first = not self.model.rowCount()
        self.model.set_rows(results)
        self.empty_hint.setVisible(not results)
        if first and results:  # fit the columns to the language's headers and the figures
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            header.resizeSection(COLUMN["seller"], min(header.sectionSize(COLUMN["seller"]), 150))
        self.select_ids(self._pending_select)
        self._pending_select = []
        from charts.canvas import after_first_paint

        # now if the window is on screen; on a cold start once it has shown its numbers
        after_first_paint(self, self.draw_charts)
        self._selection_changed()
        self.loaded.emit()

    def selected_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return [index.data(PLACEMENT_ID_ROLE) for index in rows]

    def selected_results(self) -> list[PlacementResult]:
        found = (self.model.result(i) for i in self.selected_ids())
        return [r for r in found if r is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for placement_id in ids:
            row = self.model.row_of(placement_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, flags)
                self.table.scrollTo(index)
        if not ids and self.proxy.rowCount():
            selection.select(self.proxy.index(0, 0), flags)
        self._update_actions()

    def _selection_changed(self) -> None:
        self._update_actions()
        results = self.selected_results()
        self.summary.setText(self.summary_text(results[0]) if len(results) == 1 else "")

    # --- texts ------------------------------------------------------------------------------

    def summary_text(self, result: PlacementResult) -> str:
        """One placement in sentences: paid CPM against quote and niche, joins, costs."""
        return summary_text(result)

    # --- actions ----------------------------------------------------------------------------

    def _blocker(self, result: PlacementResult | None) -> str | None:
        """Why *Create invite link* cannot run (a sentence), None when it can."""
        if result is None:
            return self.tr("Select a placement first.")
        if self.busy:
            return self.tr("Telegram is busy reading; try again when it finishes.")
        code = self.service.invite_blocker(result.record)
        return {
            None: None,
            "no_telegram": self.tr(
                "Needs Telegram, which the demo does not connect. Paste a link made elsewhere."
            ),
            "signed_out": self.tr("Sign in to Telegram first (menu Telegram → Sign in…)."),
            "no_promoted": self.tr("Choose the promoted channel (your channel) in the placement."),
            "promoted_unknown": self.tr(
                "Your channel is not linked to Telegram yet: choose it under My channel."
            ),
        }.get(code, code)

    def _update_actions(self) -> None:
        results = self.selected_results()
        one = results[0] if len(results) == 1 else None
        self.edit_action.setEnabled(one is not None)
        self.delete_action.setEnabled(bool(results))
        blocker = self._blocker(one)
        self.create_link_action.setEnabled(blocker is None)
        self.create_link_action.setToolTip(
            blocker
            or self.tr(
                "Make a new invite link of your channel named after this placement, and copy "
                "it to give to the seller."
            )
        )
        self.paste_link_action.setEnabled(one is not None)
        self.copy_link_action.setEnabled(one is not None and one.record.invite is not None)
        self.joins_action.setEnabled(one is not None)
        can_quote = one is not None and one.can_add_to_pricebook
        self.pricebook_action.setEnabled(can_quote)
        self.pricebook_action.setToolTip(
            self.tr(
                "Save what you paid and the measured views as a quote (source “own purchase”), "
                "so the niche statistics learn from it."
            )
            if can_quote
            else self.tr("Needs the ad post's views (measured or typed).")
        )
        telegram = self.services.telegram
        refresh_ok = telegram is not None and telegram.signed_in and not self.busy
        self.refresh_action.setEnabled(refresh_ok)
        self.refresh_action.setToolTip(
            self.tr("Read every invite link's joins and the young ad posts' views now.")
            if refresh_ok
            else self.tr("Needs Telegram signed in; joins are also read after each refresh.")
        )
        for item in (
            self.edit_action,
            self.delete_action,
            self.create_link_action,
            self.paste_link_action,
            self.joins_action,
            self.pricebook_action,
            self.refresh_action,
        ):
            button = self.action_buttons.get(item.objectName())
            if button is not None:
                button.setEnabled(item.isEnabled())
                button.setToolTip(item.toolTip())

    def telegram_state_changed(self, _state: str = "") -> None:
        self._update_actions()

    def _changed(self) -> None:
        self.changed.emit()

    def _tell(self, text: str) -> None:
        self.last_message = text
        show_status(self, text)
