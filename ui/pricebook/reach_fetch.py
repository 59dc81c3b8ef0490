"""The price book's Telegram side: fetching a quote's reach (one undoable step) and tracking
a competitor so the scheduled refresh reads it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tgclient.errors import TelegramError
from ui.commands import SetQuotesReach
from ui.telegram_texts import telegram_error_text
from ui.texts import reach_method_text
from ui.workers import when_task_ends

if TYPE_CHECKING:  # the reach maths (numpy) loads when a reach is first fetched
    from application.reach import QuoteReach

translate = QCoreApplication.translate  # the texts belong to the price book area's catalogue


class ReachFetchMixin:
    """Part of :class:`ui.pricebook.area.PriceBookArea` (its ``fetch_action``, ``fetch_button``,
    ``track_action``, selection, undo stack and status messages)."""

    def telegram_state_changed(self, _state: str = "") -> None:
        """Slot for the Telegram panel: signing in or out enables or disables the fetch."""
        self._update_telegram_actions()

    def _fetch_blocker(self, records) -> str | None:
        """Why "Fetch reach" cannot run now (None when it can)."""
        telegram = self.services.telegram
        if telegram is None:
            return translate("PriceBookArea", "Needs Telegram, which the demo does not connect.")
        if not telegram.signed_in:
            return translate(
                "PriceBookArea", "Sign in to Telegram first (menu Telegram → Sign in…)."
            )
        if self.fetching:
            return translate(
                "PriceBookArea", "Telegram is busy reading; try again when it finishes."
            )
        if not records:
            return translate("PriceBookArea", "Select a quote first.")
        if not any(self.reach_service.can_fetch_quote(r) for r in records):
            return translate(
                "PriceBookArea", "The channel has no @username or Telegram id to look it up by."
            )
        return None

    def _update_telegram_actions(self) -> None:
        records = self._selected_records()
        blocker = self._fetch_blocker(records)
        self.fetch_action.setEnabled(blocker is None)
        tip = blocker or translate(
            "PriceBookArea",
            "Read the channel's recent posts and subscribers from Telegram and fill the "
            "quote's reach at its format's window.",
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
                translate("PriceBookArea", "Needs Telegram, which the demo does not connect.")
            )
        else:
            self.track_action.setEnabled(bool(channel_ids))
            self.track_action.setToolTip(
                translate(
                    "PriceBookArea",
                    "Refresh this channel's views with your own channel on the schedule.",
                )
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
            self._tell(
                translate("PriceBookArea", "Telegram is busy reading; try again when it finishes.")
            )
            return
        self._fetch_task = task
        when_task_ends(
            task, self, self._fetch_done, self._fetch_failed, self._fetch_cancelled
        )  # nothing when the window closed while Telegram was read
        self._tell(translate("PriceBookArea", "Fetching reach from Telegram…"))
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
            self._tell(
                translate("PriceBookArea", "Fetching the reach failed: %1").replace(
                    "%1", str(error)
                )
            )
        self._update_telegram_actions()

    def _fetch_cancelled(self) -> None:
        self._fetch_task = None
        self._tell(
            translate(
                "PriceBookArea", "Fetching the reach was cancelled; the quotes are unchanged."
            )
        )
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
            translate("PriceBookArea", "Reach fetched for %1 of %2 quotes.")
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
                translate(
                    "PriceBookArea",
                    "Too little data for the reach of %1 at %2 h: no recent post is that old yet. "
                    "The quote is unchanged.",
                )
                .replace("%1", name)
                .replace("%2", str(figure.window))
            )
        return (
            translate("PriceBookArea", "Reach of %1 at %2 h: %3 views (%4), saved as fetched.")
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
            text = translate(
                "PriceBookArea", "Tracking %1: its views are refreshed with your channel."
            )
        else:
            text = translate("PriceBookArea", "No longer tracking %1.")
        self._tell(text.replace("%1", names))
        self._update_telegram_actions()
