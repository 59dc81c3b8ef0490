"""The placements' Telegram work: an invite link made for the seller (and copied), and the
joins and ad-post views read back; one task at a time, its end told in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from tgclient.errors import TelegramError
from ui.placement_commands import SetInviteLink
from ui.telegram_texts import telegram_error_text
from ui.workers import when_task_ends

translate = QCoreApplication.translate  # the texts belong to the placements area's catalogue


class PlacementTelegramMixin:
    """Part of :class:`ui.placements.area.PlacementsArea` (its ``_telegram_task``, actions and
    status messages)."""

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
            self._tell(
                translate("PlacementsArea", "Telegram is busy reading; try again when it finishes.")
            )
            return False
        self._telegram_task = task
        when_task_ends(  # nothing when the window closed meanwhile
            task,
            self,
            lambda result: self._telegram_ended(lambda: done(result)),
            self._telegram_failed,
            lambda: self._telegram_ended(
                lambda: self._tell(translate("PlacementsArea", "Cancelled."))
            ),
        )
        self._update_actions()
        return True

    def _telegram_ended(self, then) -> None:
        self._telegram_task = None
        then()
        self._update_actions()

    def _telegram_failed(self, error: BaseException) -> None:
        """Say why (``when_task_ends`` has logged an error that is not Telegram's)."""
        text = telegram_error_text(error) if isinstance(error, TelegramError) else str(error)
        self._telegram_ended(lambda: self._tell(text))

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
                translate(
                    "PlacementsArea", "Invite link %1 created and copied: give it to the seller."
                ).replace("%1", invite.link)
            )

        if self._start(self.service.create_invite(record.id), made):
            self._tell(translate("PlacementsArea", "Creating the invite link on Telegram…"))

    def refresh_joins(self) -> None:
        def done(report) -> None:
            self._changed()
            text = translate(
                "PlacementsArea", "Joins read for %1 links (%2 new), views of %3 ad posts."
            )
            text = text.replace("%1", str(report.links_read)).replace("%2", str(report.new_joins))
            self._tell(text.replace("%3", str(report.ad_posts_read)))

        if self.services.telegram is not None and self._start(self.service.refresh_joins(), done):
            self._tell(translate("PlacementsArea", "Reading joins from Telegram…"))
