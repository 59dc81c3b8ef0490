"""The *Vetting* area: an ad buyer checks a channel's quoted price and the realness of its views.

Paste a link, a price and a format, pick the niche, press Check. With Telegram signed in the
channel's recent posts, views and subscribers are fetched first (an asyncio task on the qasync
loop, with progress and Cancel); otherwise, or when Telegram fails, the stored data is used and
the screen says so. The numbers come from ``application.vetting.VettingService``; the rules of a
check (what the form means, when Add saves, what the buttons may do) from
``application.vetting_session.VettingSession``. This area assembles the parts and runs the work:
the form (:mod:`ui.vetting.form`), the *Price* box (:mod:`ui.vetting.verdict`), the *Are the views
real?* box (:mod:`ui.vetting.quality`) and the charts (:mod:`ui.vetting.charts`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from application.vetting import VettingInputError, VettingResult, VettingService
from application.vetting_session import CheckState, VettingSession
from pricing import InputError
from ui import settings as opt
from ui.services import Services
from ui.vetting.charts import VettingCharts
from ui.vetting.form import VettingForm, failure_text, source_text
from ui.vetting.quality import QualityBox
from ui.vetting.verdict import VerdictBox
from ui.workers import run_task, when_task_ends

log = logging.getLogger(__name__)


class VettingArea(QWidget):
    """Check a quote. ``checked(result)`` after each check, ``saved(record)`` after Add."""

    checked = Signal(object)
    saved = Signal(object)
    changed = Signal()

    def __init__(self, services: Services, vetting: VettingService, parent=None):
        super().__init__(parent)
        self.setObjectName("vetting")
        self.services = services
        self.vetting = vetting
        self.session = VettingSession(vetting)
        self._task: asyncio.Future | None = None  # the Telegram fetch
        self._evaluating = None  # the worker computing the result (ui.workers.Task)
        self._init_parts()
        self._init_layout()
        self._connect_signals()
        self.form.fill_niches(services.pricebook.niches())
        self._show_result()

    def _init_parts(self) -> None:
        self.form = VettingForm()
        self.verdict = VerdictBox()
        self.quality = QualityBox()
        self.chart_views = VettingCharts(lambda: self.services.dialogs.save_chart(self))
        # the controls by the names a user knows them (the demo and the tests reach them here)
        form, verdict, quality = self.form, self.verdict, self.quality
        self.channel, self.price, self.format, self.niche = (
            form.channel,
            form.price,
            form.format,
            form.niche,
        )
        self.channel_field, self.price_field, self.format_field = (
            form.channel_field,
            form.price_field,
            form.format_field,
        )
        self.check_button, self.cancel_button = form.check_button, form.cancel_button
        self.progress, self.status = form.progress, form.status
        self.channel_label, self.reach_label = verdict.channel_label, verdict.reach_label
        self.required_label, self.cpm_label = verdict.required_label, verdict.cpm_label
        self.verdict_label, self.thresholds_label = verdict.verdict_label, verdict.thresholds_label
        self.conclusion_label = verdict.conclusion_label
        self.add_button, self.saved_label = verdict.add_button, verdict.saved_label
        self.track_check = verdict.track_check
        self.risk_label, self.signals_label = quality.risk_label, quality.signals_label
        self.charts = self.chart_views.charts

    def _init_layout(self) -> None:
        boxes = QHBoxLayout()
        boxes.addWidget(self.verdict, 2)
        boxes.addWidget(self.quality, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(boxes, 2)
        layout.addWidget(self.chart_views, 3)

    def _connect_signals(self) -> None:
        self.form.check_requested.connect(self.check)
        self.form.cancel_requested.connect(self.cancel)
        self.form.edited.connect(self._update_add)
        self.verdict.add_clicked.connect(self.add_to_pricebook)
        self.verdict.track_clicked.connect(self.set_tracked)

    # --- the window's calls (every area has them) -------------------------------------------

    def reload(self) -> None:
        self.form.fill_niches(self.services.pricebook.niches())
        self._update_add()  # the checked niche may be gone

    def set_niche(self, niche_id: int | None) -> None:
        self.form.set_niche(niche_id)

    def shutdown(self) -> None:
        """Cancel a running fetch and drop a result being computed (the window is closing)."""
        self.session.shutdown()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self._evaluating is not None:
            self._evaluating.cancel()
            self._evaluating = None

    # --- checking ---------------------------------------------------------------------------

    @property
    def result(self) -> VettingResult | None:
        return self.session.result

    @property
    def busy(self) -> bool:
        """A fetch or the computation of the result is running."""
        return self.session.busy

    def prefill(self, channel: str, price: str, fmt: str) -> None:
        """Fill the form and check (the demo shows a worked example)."""
        self.form.fill(channel, price, fmt)
        self.check()

    def check(self) -> None:
        """Validate, then fetch (when Telegram is available) and show the result.

        Wrong input clears the previous result, so Add cannot save a quote the form no longer
        shows.
        """
        if not self.session.can_check:
            return
        self.status.clear()
        self.form.clear_errors()
        exclude = bool(opt.SUGGESTION_EXCLUDE_OUTLIERS.read(self.services.settings))
        try:
            state = self.session.start(
                self.form.values(), exclude_outliers=exclude, can_wait=_loop_running()
            )
        except VettingInputError as error:
            self.form.show_input_error(error)
            self._show_result()
            return
        except InputError as error:
            self.status.setText(str(error))
            self._show_result()
            return
        if state is CheckState.FETCHING:
            self._start_fetch()
        else:
            self._evaluate()

    def cancel(self) -> None:
        """Stop the fetch; what was stored so far stays and the stored data is shown."""
        if self.session.can_cancel and self._task is not None and not self._task.done():
            self._task.cancel()

    def _start_fetch(self) -> None:
        self.form.show_state(CheckState.FETCHING, self.session.request.channel)
        self._watch_fetch(asyncio.ensure_future(self.session.fetch(self.form.show_progress)))
        self._update_add()  # nothing to save while the new result is on its way

    def _watch_fetch(self, task: asyncio.Future) -> None:
        """Evaluate what is stored once the fetch ends, however it ends (nothing once closing)."""
        self._task = task
        when_task_ends(
            task,
            self,
            self._fetch_done,
            self._fetch_failed,
            self._fetch_cancelled,
            closing=lambda: self.session.closed,
            what="the vetting check",
        )

    def _fetch_done(self, _nothing) -> None:
        self._task = None
        self.session.fetch_done()
        self._evaluate()

    def _fetch_failed(self, error: BaseException) -> None:
        """A Telegram error leaves the stored data to show; any other (logged) fails the check."""
        self._task = None
        if self.session.fetch_failed(error):
            self._evaluate()
        else:
            self._check_failed(error)

    def _fetch_cancelled(self) -> None:
        self._task = None
        self.session.fetch_cancelled()
        self._evaluate()

    def _evaluate(self) -> None:
        """Compute the result in a worker thread (it reads every stored post); "computing…"."""
        self.form.show_state(CheckState.EVALUATING)
        self._evaluating = run_task(
            self, self.session.evaluation(), self._evaluated, self._evaluation_failed
        )
        self._update_add()  # nothing to save while the new result is on its way

    def _evaluated(self, result: VettingResult) -> None:
        self._evaluating = None
        asked_telegram = self.session.evaluated(result)
        self.form.show_state(self.session.state)
        self._show_result()
        if asked_telegram:
            self.changed.emit()  # the fetch may have stored posts and subscribers

    def _evaluation_failed(self, error: Exception) -> None:
        self._evaluating = None
        log.error("The vetting check failed", exc_info=(type(error), error, error.__traceback__))
        self.session.fail(error)
        self._check_failed(error)

    def _check_failed(self, error: BaseException) -> None:
        self.form.show_state(self.session.state)
        self._show_result()
        self.status.setText(failure_text(error))

    # --- showing ----------------------------------------------------------------------------

    def _show_result(self) -> None:
        """Show the session's result (none: an empty panel that says what to do)."""
        result = self.session.result
        if result is None:
            self.verdict.clear()
            self.quality.clear()
        else:
            self.status.setText(source_text(result))
            self.verdict.show_result(result)
            self.quality.show_result(result, self.vetting.can_fetch())
        self._update_add()
        self.chart_views.show_result(result)
        if result is not None:
            self.checked.emit(result)

    def draw_charts(self) -> dict:
        """Draw both charts from the current result; returns what each plotted."""
        return self.chart_views.draw()

    # --- saving and tracking ----------------------------------------------------------------

    def _update_add(self) -> None:
        """Add only for a result the form still shows and the price book does not hold."""
        self.verdict.show_add(self.session.add_state(self.form.values()), self.session.saved_quote)
        self.verdict.show_tracking(self.session.tracking())

    def add_to_pricebook(self) -> None:
        try:
            record = self.session.add(self.form.values())
        except (InputError, ValueError) as error:
            self.verdict.show_save_error(str(error))
            return
        self._update_add()
        if record is not None:
            self.saved.emit(record)
            self.changed.emit()

    def set_tracked(self, tracked: bool) -> None:
        """Mark the checked channel as tracked (or not) by the scheduled refresh."""
        if self.session.set_tracked(tracked):
            self.verdict.show_tracking(self.session.tracking())


def _loop_running() -> bool:
    with contextlib.suppress(RuntimeError):
        return asyncio.get_event_loop().is_running()
    return False
