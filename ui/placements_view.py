"""The *Placements* area ("Закупы"): ads the user bought and what each one really brought.

A table of placements with the CPM actually paid against the seller's quote and the niche, joins
through each placement's invite link at 24 h / 48 h / 7 days, cost per subscriber, conversion
and return; a summary of the selected one; three charts (joins over time, cost per subscriber by
seller, paid CPM against the niche). Add, edit, delete, links and typed joins go on the window's
undo stack. *Create invite link* makes the link on Telegram and copies it for the seller; a link
made elsewhere can be pasted. *Add to price book* turns a measured placement into a quote.

Figures are computed by ``application.placements.PlacementService`` in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
from statistics import mean

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from application.placements import (
    VIEWS_TYPED,
    InviteLinkError,
    PlacementResult,
    PlacementService,
    normalise_invite_link,
)
from pricing.errors import InputError
from pricing.placements import JOINS_EXACT, JOINS_SNAPSHOTS, JOINS_TYPED
from tgclient.errors import TelegramError
from ui import formatting
from ui.chart_texts import placement_chart_text
from ui.commands import AddQuote
from ui.placement_commands import (
    AddPlacement,
    DeletePlacements,
    EditPlacement,
    SetInviteLink,
    SetTypedJoins,
)
from ui.placement_form import PlacementForm, ValueDialog
from ui.placement_model import COLUMN, PLACEMENT_ID_ROLE, SORT_ROLE, PlacementTableModel
from ui.services import Services
from ui.telegram_texts import telegram_error_text
from ui.texts import reach_method_text
from ui.workers import run_task

log = logging.getLogger(__name__)


def window_labels() -> dict[int, str]:
    return {
        24: QCoreApplication.translate("PlacementCharts", "24 h"),
        48: QCoreApplication.translate("PlacementCharts", "48 h"),
        168: QCoreApplication.translate("PlacementCharts", "7 days"),
    }


class PlacementsArea(QWidget):
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
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["posted"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
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
        self.draw_charts()
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
        r, f = result.record, result.figures

        def money(value) -> str:
            return formatting.money(value, r.currency)

        parts = []
        if f.paid_cpm is not None:
            text = self.tr("<b>Paid CPM %1</b> (%2 views, %3)").replace("%1", money(f.paid_cpm))
            text = text.replace("%2", formatting.number(result.views)).replace(
                "%3", self._views_method(result)
            )
            if result.quoted_cpm is not None:
                text += " · " + self.tr("seller's quote %1").replace("%1", money(result.quoted_cpm))
            if result.niche is not None:
                niche = self.tr("niche median %1 (P25–P75 %2–%3)")
                niche = niche.replace("%1", money(result.niche.median))
                niche = niche.replace("%2", money(result.niche.p25))
                niche = niche.replace("%3", money(result.niche.p75))
                text += " · " + niche
            parts.append(text)
        else:
            parts.append(
                self.tr("No views of the ad post yet: add its link and refresh, or type them.")
            )
        joins = result.joins
        if joins.total is None:
            parts.append(self.tr("No joins counted: create or paste an invite link, or type them."))
        else:
            text = self.tr("Joins: %1 in 24 h, %2 in 48 h, %3 in 7 days (%4)")
            for key, value in (("%1", joins.joins_24h), ("%2", joins.joins_48h)):
                text = text.replace(key, formatting.number(value) if value is not None else "—")
            week = (
                formatting.number(joins.joins_7d)
                if joins.joins_7d is not None
                else self.tr("%1 so far").replace("%1", formatting.number(joins.total))
            )
            parts.append(text.replace("%3", week).replace("%4", self._joins_method(joins.method)))
        if f.cost_per_subscriber is not None:
            text = self.tr("<b>%1 per subscriber</b>").replace("%1", money(f.cost_per_subscriber))
            if f.joins_per_1000_views is not None:
                text += " · " + self.tr("%1 joins per 1000 views").replace(
                    "%1", formatting.number(f.joins_per_1000_views, 1)
                )
            if f.return_on_spend is not None:
                text += " · " + self.tr("return %1 at %2 a subscriber").replace(
                    "%1", formatting.percent(f.return_on_spend * 100)
                ).replace("%2", money(r.subscriber_value))
            parts.append(text)
        return "<br>".join(parts)

    def _views_method(self, result: PlacementResult) -> str:
        if result.views_method == VIEWS_TYPED:
            return self.tr("typed")
        from application.pricebook import OwnReach

        return reach_method_text(OwnReach(result.views or 0, result.views_method))

    def _joins_method(self, method: str) -> str:
        return {
            JOINS_EXACT: self.tr("from the link's join dates"),
            JOINS_SNAPSHOTS: self.tr("from the link's counter readings"),
            JOINS_TYPED: self.tr("typed"),
        }.get(method, method)

    # --- charts -----------------------------------------------------------------------------

    def _chart(self, key: str):
        view = self.charts.get(key)
        if view is None:
            from charts.canvas import ChartView

            view = ChartView(lambda: self.services.dialogs.save_chart(self), self.chart_row)
            self.chart_layout.addWidget(view, 1)
            self.charts[key] = view
        return view

    def draw_charts(self) -> dict:
        """Draw the three charts from the table's rows; returns what each plotted."""
        from charts.placements import (
            CpmBar,
            JoinSeries,
            plot_cost_per_subscriber,
            plot_joins_over_time,
            plot_paid_cpm_vs_niche,
        )
        from ui.chart_texts import chart_number

        results = sorted(self.model.rows(), key=lambda r: r.record.posted_at)
        text, number = placement_chart_text(), chart_number
        drawn = {}
        joins = self._chart("joins")
        drawn["joins"] = plot_joins_over_time(
            joins.ax,
            [JoinSeries(r.record.seller_name, r.join_curve) for r in results if r.join_curve],
            text=text,
            number=number,
            window_labels=window_labels(),
        )
        currency = results[0].record.currency if results else "RUB"
        same = [r for r in results if r.record.currency == currency]
        by_seller: dict[str, list] = {}
        for r in same:
            if r.figures.cost_per_subscriber is not None:
                by_seller.setdefault(r.record.seller_name, []).append(r.figures.cost_per_subscriber)
        cost = self._chart("cost")
        drawn["cost"] = plot_cost_per_subscriber(
            cost.ax,
            [(name, mean(values)) for name, values in by_seller.items()],
            currency=formatting.symbol(currency),
            text=text,
            number=number,
        )
        measured = [r for r in same if r.figures.paid_cpm is not None]
        niche = next((r.niche for r in measured if r.niche is not None), None)
        cpm = self._chart("cpm")
        drawn["cpm"] = plot_paid_cpm_vs_niche(
            cpm.ax,
            [CpmBar(r.record.seller_name, r.figures.paid_cpm, r.quoted_cpm) for r in measured],
            niche=(niche.p25, niche.median, niche.p75) if niche else None,
            currency=formatting.symbol(currency),
            text=text,
            number=number,
        )
        for view in self.charts.values():
            view.redraw()
        return drawn

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
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)

    def open_form(self, record=None, title: str | None = None) -> PlacementForm:
        return PlacementForm(
            self.service.sellers(), self.service.own_channels(), self, record=record, title=title
        )

    def add_placement(self) -> PlacementForm:
        form = self.open_form()
        form.accepted.connect(lambda: self._push_add(form))
        form.open()
        return form

    def _push_add(self, form: PlacementForm) -> None:
        draft = form.draft()
        if draft is None:
            return
        command = AddPlacement(self.service, draft, self._changed)
        self.undo_stack.push(command)
        if command.record is not None:
            self._pending_select = [command.record.id]

    def edit_selected(self) -> PlacementForm | None:
        results = self.selected_results()
        if len(results) != 1:
            return None
        record = results[0].record
        form = self.open_form(record, self.tr("Edit placement"))
        form.accepted.connect(lambda: self._push_edit(record, form))
        form.open()
        return form

    def _push_edit(self, record, form: PlacementForm) -> None:
        draft = form.draft()
        if draft is not None:
            self._pending_select = [record.id]
            self.undo_stack.push(EditPlacement(self.service, record, draft, self._changed))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(DeletePlacements(self.service, ids, self._changed))

    def paste_invite(self) -> ValueDialog | None:
        results = self.selected_results()
        if len(results) != 1:
            return None
        record = results[0].record
        clipboard = QGuiApplication.clipboard().text().strip()
        try:
            suggested = normalise_invite_link(clipboard) if clipboard else ""
        except InputError:
            suggested = ""
        dialog = ValueDialog(
            self.tr("Invite link for %1").replace("%1", record.seller_name),
            self.tr("Invite link"),
            normalise_invite_link,
            lambda _error: self.tr("Not an invite link: paste one such as t.me/+AbCdEf123"),
            self,
            text=suggested or (record.invite.link if record.invite else ""),
            placeholder="https://t.me/+AbCdEf123",
        )
        dialog.accepted.connect(lambda: self._push_link(record, dialog.value()))
        dialog.open()
        return dialog

    def _push_link(self, record, link: str) -> None:
        command = SetInviteLink(self.service, record, link, self._changed)
        self._pending_select = [record.id]
        self.undo_stack.push(command)
        if isinstance(command.error, InviteLinkError) and command.error.code == "invite_taken":
            self._tell(self.tr("This link already belongs to another placement."))

    def copy_invite(self) -> None:
        results = self.selected_results()
        if len(results) == 1 and results[0].record.invite is not None:
            QGuiApplication.clipboard().setText(results[0].record.invite.link)
            self._tell(self.tr("Invite link copied: give it to the seller for the ad post."))

    def type_joins(self) -> ValueDialog | None:
        results = self.selected_results()
        if len(results) != 1:
            return None
        record = results[0].record

        def parse(text: str) -> int | None:
            cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
            if not cleaned:
                return None
            if not cleaned.isdigit():
                raise ValueError(text)
            return int(cleaned)

        dialog = ValueDialog(
            self.tr("Joins through %1").replace("%1", record.seller_name),
            self.tr("Joins"),
            parse,
            lambda _error: self.tr("Joins must be a whole number, 0 or more"),
            self,
            text="" if record.typed_joins is None else str(record.typed_joins),
            placeholder=self.tr("subscribers who came from this ad; empty to clear"),
        )
        dialog.accepted.connect(lambda: self._push_joins(record, dialog.value()))
        dialog.open()
        return dialog

    def _push_joins(self, record, joins: int | None) -> None:
        self._pending_select = [record.id]
        self.undo_stack.push(SetTypedJoins(self.service, record, joins, self._changed))

    def add_to_pricebook(self) -> None:
        results = self.selected_results()
        if len(results) != 1:
            return
        placement_id = results[0].record.id
        existing = self.service.pricebook_quote(placement_id)
        if existing is not None:
            self._tell(self.tr("This placement is already in the price book."))
            return
        draft = self.service.quote_draft(placement_id)
        if draft is None:
            return
        command = AddQuote(self.service.pricebook, draft, self._changed)
        self.undo_stack.push(command)
        if command.record is not None:
            self._tell(
                self.tr("Added to the price book as an own purchase: %1 for %2 views.")
                .replace("%1", formatting.money(draft.price, draft.currency))
                .replace("%2", formatting.number(draft.reach))
            )

    # --- Telegram ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._telegram_task is not None and not self._telegram_task.done()

    def _start(self, coroutine, done) -> bool:
        telegram = self.services.telegram
        if telegram is None:  # the actions are disabled then; nothing to run the work on
            coroutine.close()
            return False
        task = telegram.start_task(coroutine)
        if task is None:
            self._tell(self.tr("Telegram is busy reading; try again when it finishes."))
            return False
        self._telegram_task = task

        def finished(task: asyncio.Task) -> None:
            if not shiboken6.isValid(self):  # the window closed meanwhile
                return
            self._telegram_task = None
            if task.cancelled():
                self._tell(self.tr("Cancelled."))
            elif isinstance(task.exception(), TelegramError):
                self._tell(telegram_error_text(task.exception()))
            elif task.exception() is not None:
                log.error("Telegram work failed", exc_info=task.exception())
                self._tell(str(task.exception()))
            else:
                done(task.result())
            self._update_actions()

        task.add_done_callback(finished)
        self._update_actions()
        return True

    def create_invite(self) -> None:
        results = self.selected_results()
        if len(results) != 1 or self._blocker(results[0]) is not None:
            return
        record = results[0].record
        before = self.service.invite_bundle(record.id)

        def made(invite) -> None:
            QGuiApplication.clipboard().setText(invite.link)
            self._pending_select = [record.id]
            self.undo_stack.push(
                SetInviteLink(
                    self.service, record, invite.link, self._changed, made=invite, before=before
                )
            )
            self._tell(
                self.tr("Invite link %1 created and copied: give it to the seller.").replace(
                    "%1", invite.link
                )
            )

        if self._start(self.service.create_invite(record.id), made):
            self._tell(self.tr("Creating the invite link on Telegram…"))

    def refresh_joins(self) -> None:
        def done(report) -> None:
            self._changed()
            text = self.tr("Joins read for %1 links (%2 new), views of %3 ad posts.")
            text = text.replace("%1", str(report.links_read)).replace("%2", str(report.new_joins))
            self._tell(text.replace("%3", str(report.ad_posts_read)))

        if self.services.telegram is not None and self._start(self.service.refresh_joins(), done):
            self._tell(self.tr("Reading joins from Telegram…"))
