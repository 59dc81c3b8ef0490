"""The niche's one reach pass: every ticked competitor that needs it read from Telegram in one
background task, with progress, the flood-wait countdown and Cancel (a new pass resumes)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from application.niche import PassProgress, PassReport
from tgclient.errors import TelegramError
from ui.telegram_texts import format_wait, telegram_error_text
from ui.workers import when_task_ends

translate = QCoreApplication.translate  # the texts belong to the niche area's catalogue


class NichePassMixin:
    """Part of :class:`ui.niche.area.NicheArea` (its fetch and cancel buttons, progress bar and
    pass label)."""

    def fetch_reach(self) -> None:
        if self._telegram_blocker() is not None or self.niche_id is None:
            return
        telegram = self.services.telegram
        task = telegram.start_task(self.service.fetch_reach(self.niche_id, self._pass_progress))
        if task is None:
            self._tell(
                translate("NicheArea", "Telegram is busy reading; try again when it finishes.")
            )
            return
        self._pass_task = task
        telegram.flood_wait.connect(self._flood_wait)
        when_task_ends(task, self, self._pass_done, self._pass_failed, self._pass_cancelled)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.pass_label.setText(translate("NicheArea", "Reading the competitors…"))
        self._update_actions()

    @property
    def passing(self) -> bool:
        # until _pass_done has run: the task ends a moment before its done-callback says how
        return self._pass_task is not None

    def cancel_pass(self) -> None:
        if self.passing:
            self._pass_task.cancel()

    def _pass_progress(self, progress: PassProgress) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        if progress.channel:
            self.pass_label.setText(
                translate("NicheArea", "Reading %1 (%2 of %3)…")
                .replace("%1", progress.channel)
                .replace("%2", str(progress.done + 1))
                .replace("%3", str(progress.total))
            )

    def _flood_wait(self, seconds_left: int) -> None:
        if not shiboken6.isValid(self) or not self.passing:
            return
        if seconds_left:
            self.pass_label.setText(
                translate("NicheArea", "Telegram asks to wait: resuming in %1.").replace(
                    "%1", format_wait(seconds_left)
                )
            )

    def _pass_ended(self, text: str) -> None:
        """The pass is over (a deleted area's flood-wait slot is dropped by Qt itself)."""
        telegram = self.services.telegram
        if telegram is not None:
            telegram.flood_wait.disconnect(self._flood_wait)
        self._pass_task = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.pass_label.setText(text)
        self._after_change()

    def _pass_done(self, report: PassReport) -> None:
        self._pass_ended(self._pass_text(report))

    def _pass_cancelled(self) -> None:
        self._pass_ended(
            translate(
                "NicheArea",
                "Stopped. What was read is kept; “Fetch reach for the niche” goes on with "
                "the rest.",
            )
        )

    def _pass_failed(self, error: BaseException) -> None:
        if isinstance(error, TelegramError):
            self._pass_ended(telegram_error_text(error))
        else:
            self._pass_ended(translate("NicheArea", "It failed: %1").replace("%1", str(error)))

    def _pass_text(self, report: PassReport) -> str:
        text = (
            translate("NicheArea", "Reach read for %1 of %2 competitors.")
            .replace("%1", str(len(report.read)))
            .replace("%2", str(report.total))
        )
        if report.failed:
            name, error = report.failed[0]
            text += f" {name}: {telegram_error_text(error)}"
            if len(report.failed) > 1:
                text += " " + translate("NicheArea", "(and %1 more could not be read)").replace(
                    "%1", str(len(report.failed) - 1)
                )
        return text
