"""The *Niche* area: build the niche's list of competitors and fill in what the method needs.

Top: find competitors (Telegram's similar channels of the own channel or a price-book channel,
or a pasted list of links and @names) into a checklist with title, subscribers, reach at 24 h /
48 h and ERR; a tick makes the channel a tracked competitor of the niche. Middle: *Fetch reach
for the niche* reads every competitor that needs it in one background task, with progress, a
flood-wait countdown and Cancel (a new pass resumes with the rest). Bottom: *prices to collect*,
one row per competitor without a current quote, with the price it would have at the niche CPM;
typing a price there saves a quote. The widget calls :class:`application.niche.NicheService`
only; figures are computed in a worker thread. This module assembles the tab; the table models
and the reach pass live beside it.
"""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import SIGNAL, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from application.niche import DEFAULT_STALE_DAYS, CollectList, NicheService
from pricing.errors import InputError
from pricing.parsing import Format, parse_format
from tgclient.errors import TelegramError
from ui import formatting
from ui import settings as opt
from ui.input_messages import input_error_text
from ui.niche.models import CandidateModel, CollectModel
from ui.niche.reach_pass import NichePassMixin
from ui.tables import when_not_editing
from ui.telegram_texts import telegram_error_text
from ui.workers import run_task, when_task_ends

log = logging.getLogger(__name__)

#: Quotes older than this many days are stale: the list says to ask those competitors again.
STALE_DAYS = opt.Option("niche/stale_days", DEFAULT_STALE_DAYS)
NICHE_FORMAT = opt.Option("niche/format", "1/24")
FORMAT_CHOICES = ("1/24", "1/48", "2/48", "1/72", "forever")


class NicheArea(NichePassMixin, QWidget):
    """See the module docstring. ``changed`` fires after anything was stored."""

    changed = Signal()
    reloaded = Signal()  # the figures are on screen (after the worker delivered them)

    def __init__(self, services, niche_service: NicheService, parent=None):
        super().__init__(parent)
        self.setObjectName("nicheArea")
        self.services = services
        self.service = niche_service
        self.settings = services.settings
        self.niche_id: int | None = None
        self.last_message = ""
        self._task: asyncio.Task | None = None  # finding or pasting
        self._pass_task: asyncio.Task | None = None
        self._loading = None
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self._update_actions()

    # --- building ---

    def _init_widgets(self) -> None:
        self.intro = QLabel(
            self.tr(
                "The method asks for 30–50 close competitors with their price and reach. Find "
                "them through Telegram or paste a list, tick the real competitors, read their "
                "reach in one pass, then ask them for prices."
            )
        )
        self.intro.setWordWrap(True)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("nicheSource")
        # room for a channel's name with "(my channel)", which must be read whole
        self.source_combo.setMinimumContentsLength(30)
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.find_button = QPushButton(self.tr("Find similar channels"))
        self.find_button.setObjectName("findSimilarButton")
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("nichePaste")
        self.paste_edit.setPlaceholderText(
            self.tr("Paste links or @names, separated by spaces, commas or lines")
        )
        self.paste_edit.setMaximumHeight(40)
        self.paste_button = QPushButton(self.tr("Add from list"))
        self.paste_button.setObjectName("addPastedButton")

        self.model = CandidateModel(self)
        self.table = QTableView()
        self.table.setObjectName("nicheCandidates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.count_label.setObjectName("nicheCount")

        self.fetch_button = QPushButton(self.tr("Fetch reach for the niche"))
        self.fetch_button.setObjectName("fetchNicheReachButton")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelNicheReachButton")
        self.pass_label = QLabel()
        self.pass_label.setObjectName("nichePassStatus")
        self.pass_label.setWordWrap(True)
        self.progress_bar.hide()
        self.cancel_button.hide()

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("nicheFormat")
        self.format_combo.addItems(FORMAT_CHOICES)
        self.format_combo.setCurrentText(NICHE_FORMAT.read(self.settings))
        self.stale_spin = QSpinBox()
        self.stale_spin.setObjectName("nicheStaleDays")
        self.stale_spin.setRange(1, 3650)
        self.stale_spin.setValue(max(1, STALE_DAYS.read(self.settings)))
        self.stale_spin.setSuffix(self.tr(" days"))
        self.collect_label = QLabel()
        self.collect_label.setObjectName("nicheCollectSummary")
        self.collect_label.setWordWrap(True)
        self.collect_model = CollectModel(self)
        self.collect_table = QTableView()
        self.collect_table.setObjectName("nicheCollect")
        self.collect_table.setModel(self.collect_model)
        self.collect_table.verticalHeader().setVisible(False)
        self.collect_table.horizontalHeader().setStretchLastSection(True)
        self.collect_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.message = QLabel()
        self.message.setObjectName("nicheMessage")
        self.message.setWordWrap(True)

    def _init_layout(self) -> None:
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Competitors of")))
        find_row.addWidget(self.source_combo, 1)
        find_row.addWidget(self.find_button)
        find_row.addSpacing(16)
        find_row.addWidget(self.paste_edit, 3)
        find_row.addWidget(self.paste_button)

        pass_row = QHBoxLayout()
        pass_row.addWidget(self.count_label, 1)
        pass_row.addWidget(self.pass_label, 2)
        pass_row.addWidget(self.progress_bar)
        pass_row.addWidget(self.cancel_button)
        pass_row.addWidget(self.fetch_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(pass_row)

        collect_head = QHBoxLayout()
        title = QLabel(self.tr("<b>Prices to collect</b>"))
        collect_head.addWidget(title)
        collect_head.addSpacing(12)
        collect_head.addWidget(QLabel(self.tr("Format")))
        collect_head.addWidget(self.format_combo)
        collect_head.addSpacing(12)
        collect_head.addWidget(QLabel(self.tr("A quote is stale after")))
        collect_head.addWidget(self.stale_spin)
        collect_head.addStretch(1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(collect_head)
        bottom_layout.addWidget(self.collect_label)
        bottom_layout.addWidget(self.collect_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(find_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self.find_similar)
        self.paste_button.clicked.connect(self.add_pasted)
        self.paste_edit.textChanged.connect(self._update_actions)
        self.model.toggled.connect(self.set_competitor)
        self.fetch_button.clicked.connect(self.fetch_reach)
        self.cancel_button.clicked.connect(self.cancel_pass)
        self.collect_model.price_typed.connect(self.add_price)
        self.format_combo.currentTextChanged.connect(self._format_chosen)
        self.stale_spin.valueChanged.connect(self._stale_days_chosen)

    # --- the window's calls ---

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def reload(self) -> None:
        """Refill the sources at once; the checklist and the list of prices from a worker."""
        self._fill_sources()
        self._update_actions()
        niche_id = self.niche_id
        if niche_id is None:
            self.model.set_rows([], {})
            self.collect_model.set_listing(None)
            self.count_label.setText(self.tr("Choose a niche in the toolbar to build it."))
            self.collect_label.clear()
            self.reloaded.emit()
            return
        fmt = self.format()
        stale_days = self.stale_spin.value()
        service = self.service

        def work():
            return (
                service.candidates(niche_id),
                service.prices_to_collect(niche_id, fmt, stale_days),
                len(service.competitors(niche_id)),
                len(service.needing_reach(niche_id)),
            )

        if self._loading is not None:
            self._loading.cancel()
        if not self.model.rows:
            self.count_label.setText(self.tr("Reading the niche…"))
        self._loading = run_task(self, work, self._show, self._failed)

    def shutdown(self) -> None:
        for task in (self._task, self._pass_task):
            if task is not None and not task.done():
                task.cancel()

    def telegram_state_changed(self, *_args) -> None:
        """For the Telegram service's listeners: signing in or out, a task ending."""
        if shiboken6.isValid(self):
            self._update_actions()

    def format(self) -> Format:
        try:
            return parse_format(self.format_combo.currentText())
        except InputError:
            return parse_format("1/24")

    # --- showing ---

    def _show(self, result) -> None:
        self._loading = None
        rows, listing, competitors, needing = result
        names = {c.id: c.display_name for c in self.service.sources(self.niche_id)}
        self.model.set_rows(rows, names)
        self.table.resizeColumnsToContents()
        when_not_editing(self.collect_table, lambda: self._fill_collect(listing))
        self.count_label.setText(
            self.tr("%1 found, %2 ticked as competitors; %3 need their reach read.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(competitors))
            .replace("%3", str(needing))
        )
        self._needing = needing
        self._show_collect_summary(listing)
        self._update_actions()
        self.reloaded.emit()

    def _fill_collect(self, listing: CollectList) -> None:
        self.collect_model.set_listing(listing)
        self.collect_table.resizeColumnsToContents()

    def _show_collect_summary(self, listing: CollectList) -> None:
        if listing.niche_cpm is None:
            text = self.tr("No quotes of this format with a reach yet: the niche CPM is unknown.")
        else:
            text = (
                self.tr("Niche CPM %1 (mean, outliers left out): %2 competitors without a price")
                .replace("%1", formatting.money(listing.niche_cpm, listing.currency))
                .replace("%2", str(len(listing.rows) - len(listing.ask_again)))
            )
        if listing.ask_again:
            names = ", ".join(r.channel.display_name for r in listing.ask_again[:5])
            more = len(listing.ask_again) - 5
            if more > 0:
                names += " " + self.tr("and %1 more").replace("%1", str(more))
            text += "; " + self.tr("ask again (quote older than %1 days): %2").replace(
                "%1", str(self.stale_spin.value())
            ).replace("%2", names)
        self.collect_label.setText(text)

    def _failed(self, error: Exception) -> None:
        self._loading = None
        log.error("The niche could not be read", exc_info=error)
        self._tell(self.tr("The niche could not be read: %1").replace("%1", str(error)))
        self.reloaded.emit()

    def _fill_sources(self) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for channel in self.service.sources(self.niche_id):
            label = channel.display_name
            if channel.is_own:
                label = self.tr("%1 (my channel)").replace("%1", label)
            self.source_combo.addItem(label, channel.id)
        index = self.source_combo.findData(current)
        self.source_combo.setCurrentIndex(max(0, index))
        self.source_combo.blockSignals(False)

    def _tell(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    # --- enabling ---

    def _telegram_blocker(self) -> str | None:
        telegram = self.services.telegram
        if telegram is None:
            return self.tr("Telegram is not set up: sign in from the Telegram menu.")
        if not telegram.signed_in:
            return self.tr("Sign in to Telegram first (Telegram menu).")
        if self.niche_id is None:
            return self.tr("Choose a niche in the toolbar first.")
        if self.busy:
            return self.tr("Telegram is busy; wait for it to finish or cancel it.")
        return None

    @property
    def busy(self) -> bool:
        tasks = (self._task, self._pass_task)
        return any(t is not None and not t.done() for t in tasks) or bool(
            self.services.telegram is not None and self.services.telegram.busy
        )

    def _update_actions(self) -> None:
        blocker = self._telegram_blocker()
        find_blocker = blocker or (
            None if self.source_combo.count() else self.tr("Set your channel on My channel first.")
        )
        self.find_button.setEnabled(find_blocker is None)
        self.find_button.setToolTip(
            find_blocker or self.tr("Ask Telegram for channels similar to the chosen one")
        )
        needing = getattr(self, "_needing", 0)
        fetch_blocker = blocker or (
            None if needing else self.tr("Every ticked competitor has fresh data.")
        )
        self.fetch_button.setEnabled(fetch_blocker is None)
        self.fetch_button.setToolTip(
            fetch_blocker
            or self.tr(
                "Read the ticked competitors that have no fresh data: at most 3 requests each, "
                "one channel after another"
            )
        )
        pasting = bool(self.paste_edit.toPlainText().strip()) and self.niche_id is not None
        self.paste_button.setEnabled(pasting and not self.busy)

    # --- finding ---

    def _start(self, coroutine, done) -> bool:
        """Run ``coroutine`` on Telegram; ``done(result)`` when it succeeds, a message when not."""
        telegram = self.services.telegram
        task = telegram.start_task(coroutine)
        if task is None:
            self._tell(self.tr("Telegram is busy reading; try again when it finishes."))
            return False
        self._task = task

        def succeeded(result) -> None:
            self._task = None
            done(result)
            self._after_change()

        when_task_ends(task, self, succeeded, self._task_failed, self._task_cancelled)
        self._update_actions()
        return True

    def find_similar(self) -> None:
        channel_id = self.source_combo.currentData()
        if self._telegram_blocker() is not None or channel_id is None:
            return
        name = self.source_combo.currentText()
        if self._start(self.service.find_similar(self.niche_id, channel_id), self._found):
            self._tell(self.tr("Asking Telegram for channels similar to %1…").replace("%1", name))

    def _found(self, found) -> None:
        if found:
            self._tell(
                self.tr("Telegram named %1 similar channels; tick the real competitors.").replace(
                    "%1", str(len(found))
                )
            )
        else:
            self._tell(self.tr("Telegram knows no similar channels for this one."))

    def add_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        if self.niche_id is None or not text.strip():
            return
        try:
            if self.service.can_use_telegram():
                if self._start(self.service.add_pasted(self.niche_id, text), self._report_pasted):
                    self._tell(self.tr("Looking the channels up on Telegram…"))
                return
            result = self.service.add_pasted_offline(self.niche_id, text)
        except InputError as error:
            self._tell(str(error) if error.code != "channel_list_too_long" else self._too_long())
            return
        self._report_pasted(result)
        self._after_change()

    def _too_long(self) -> str:
        from pricing.channel_list import MAX_PASTED

        return self.tr("At most %1 channels at a time.").replace("%1", str(MAX_PASTED))

    def _report_pasted(self, result) -> None:
        text = self.tr("%1 channels added to the list.").replace("%1", str(len(result.found)))
        if result.problems:
            pieces = ", ".join(piece for piece, _error in result.problems[:5])
            text += " " + self.tr("Not channels, or not found: %1").replace("%1", pieces)
        else:
            self.paste_edit.clear()
        self._tell(text)

    def _task_cancelled(self) -> None:
        self._task = None
        self._tell(self.tr("Cancelled; what was read is kept."))
        self._after_change()

    def _task_failed(self, error: BaseException) -> None:
        """Tell the user why a task failed (``when_task_ends`` has logged an unexpected one)."""
        self._task = None
        if isinstance(error, TelegramError):
            self._tell(telegram_error_text(error))
        elif isinstance(error, InputError):
            self._tell(input_error_text(error, str(error)))
        else:
            self._tell(self.tr("It failed: %1").replace("%1", str(error)))
        self._after_change()

    def _after_change(self) -> None:
        self._update_actions()
        self.changed.emit()
        if not self.receivers(SIGNAL("changed()")):  # not mounted in a window: reload ourselves
            self.reload()

    # --- ticking ---

    def set_competitor(self, channel_id: int, ticked: bool) -> None:
        if self.niche_id is None:
            return
        channel = self.service.set_competitor(self.niche_id, channel_id, ticked)
        if ticked:
            text = self.tr("%1 is a competitor of the niche now, tracked with no price yet.")
        else:
            text = self.tr("%1 is no longer tracked as a competitor.")
        self._tell(text.replace("%1", channel.display_name))
        self._after_change()

    # --- prices ---

    def add_price(self, channel_id: int, text: str) -> None:
        if self.niche_id is None:
            return
        try:
            quote = self.service.add_price(self.niche_id, channel_id, self.format(), text)
        except InputError as error:
            self._tell(input_error_text(error, str(error)))
            return
        self._tell(
            self.tr("Saved: %1 asks %2 for %3.")
            .replace("%1", quote.channel_name)
            .replace("%2", formatting.money(quote.price, quote.currency))
            .replace("%3", self.format().label)
        )
        self._after_change()

    def _format_chosen(self, text: str) -> None:
        NICHE_FORMAT.write(self.settings, text)
        self.reload()

    def _stale_days_chosen(self, days: int) -> None:
        STALE_DAYS.write(self.settings, days)
        self.reload()
