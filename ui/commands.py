"""Undoable edits of the price book. Each command writes through the service and tells the
window to re-read; undoing a delete puts the quote back under its old id, and undoing an import
takes out exactly the quotes it added.

A write that fails (the database is locked, the disk is full, the row changed meanwhile) is
reported in the window's status bar and the command leaves the undo history: the stack must not
offer to undo a step that never happened, nor redo one that cannot be.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from application.pricebook import PriceBookService
from storage.records import QuoteDraft, QuoteRecord
from storage.repositories import QuoteRepository
from ui.storage_messages import storage_error_text

log = logging.getLogger(__name__)

Report = Callable[[str], None]


def show_in_status_bar(text: str) -> None:
    """Where a failed undo or redo is reported unless the window passes its own ``failed``."""
    window = QApplication.activeWindow()
    candidates = [window] if window is not None else []
    candidates += QApplication.topLevelWidgets()
    for widget in candidates:
        if hasattr(widget, "statusBar"):
            widget.statusBar().showMessage(text, 30000)
            return


class QuoteCommand(QUndoCommand):
    """A price-book command whose redo and undo report a failure instead of raising."""

    def __init__(self, text: str, changed: Callable[[], None], failed: Report | None):
        super().__init__(text)
        self.changed = changed
        self.failed = failed or show_in_status_bar
        self.error: Exception | None = None

    def redo(self) -> None:
        self._attempt(self.do, QCoreApplication.translate("Commands", "Could not do “%1”: %2"))

    def undo(self) -> None:
        self._attempt(
            self.take_back, QCoreApplication.translate("Commands", "Could not undo “%1”: %2")
        )

    def do(self) -> None:
        raise NotImplementedError

    def take_back(self) -> None:
        raise NotImplementedError

    def _attempt(self, step: Callable[[], None], message: str) -> None:
        try:
            step()
        except Exception as error:  # any write error: report it, never leave the stack lying
            log.exception("%s failed", self.text())
            self.error = error
            # Qt drops an obsolete command from the stack right after this redo/undo returns.
            self.setObsolete(True)
            self.failed(message.replace("%1", self.text()).replace("%2", storage_error_text(error)))
        self.changed()


class AddQuote(QuoteCommand):
    def __init__(
        self,
        service: PriceBookService,
        draft: QuoteDraft,
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        text = QCoreApplication.translate("Commands", "Add quote for %1")
        super().__init__(text.replace("%1", draft.channel), changed, failed)
        self.service, self.draft = service, draft
        self.record: QuoteRecord | None = None

    def do(self) -> None:
        if self.record is None:
            self.record = self.service.add(self.draft)
        else:
            self.record = self.service.restore(self.record)

    def take_back(self) -> None:
        if self.record is not None:
            self.record = self.service.delete(self.record.id) or self.record


class EditQuote(QuoteCommand):
    def __init__(
        self,
        service: PriceBookService,
        before: QuoteRecord,
        after: QuoteDraft,
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        text = QCoreApplication.translate("Commands", "Edit quote for %1")
        super().__init__(text.replace("%1", before.channel_name), changed, failed)
        if after.channel_id is None:
            # the quote's channel, unless the user typed another one (the repository compares)
            after = replace(after, channel_id=before.channel_id)
        self.service, self.before, self.after = service, before, after

    def do(self) -> None:
        self.service.update(self.before.id, self.after)

    def take_back(self) -> None:
        self.service.update(self.before.id, self.before.as_draft())


class DeleteQuotes(QuoteCommand):
    """Deleting quotes as one step: one transaction, however many quotes."""

    def __init__(
        self,
        service: PriceBookService,
        quote_ids: list[int],
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        text = QCoreApplication.translate("Commands", "Delete quotes (%1)")
        super().__init__(text.replace("%1", str(len(quote_ids))), changed, failed)
        self.quotes: QuoteRepository = service.storage.quotes
        self.quote_ids = list(quote_ids)
        self.records: list[QuoteRecord] = []
        self.deleted = False  # whether the quotes are gone now (after redo) or back (after undo)

    def do(self) -> None:
        self.records = self.quotes.delete_many(self.quote_ids)
        self.deleted = True

    def take_back(self) -> None:
        self.quotes.restore_many(self.records)
        self.deleted = False


class ImportQuotes(QuoteCommand):
    """An import already written (in a worker, see ``PriceBookArea.commit_import``) as one step.

    Undo deletes the imported quotes; redo puts them back under the same ids, so later commands
    on the stack (an edit of an imported quote) still find them.
    """

    def __init__(
        self,
        quotes: QuoteRepository,
        quote_ids: list[int],
        file_name: str,
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        text = QCoreApplication.translate("Commands", "Import from %2 (quotes: %1)")
        text = text.replace("%1", str(len(quote_ids))).replace("%2", file_name)
        super().__init__(text, changed, failed)
        self.quotes, self.quote_ids = quotes, list(quote_ids)
        self.records: list[QuoteRecord] = []

    def do(self) -> None:
        if self.records:  # the first redo is the import itself, already written
            self.quote_ids = self.quotes.restore_many(self.records)
            self.records = []

    def take_back(self) -> None:
        self.records = self.quotes.delete_many(self.quote_ids)


class SetQuotesReach(QuoteCommand):
    """Quotes' reach filled from Telegram as one step; undo puts back what each quote had."""

    def __init__(
        self,
        service: PriceBookService,
        changes: list[tuple[QuoteRecord, QuoteDraft]],
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        if len(changes) == 1:
            text = QCoreApplication.translate("Commands", "Fetch reach for %1").replace(
                "%1", changes[0][0].channel_name
            )
        else:
            text = QCoreApplication.translate("Commands", "Fetch reach (quotes: %1)").replace(
                "%1", str(len(changes))
            )
        super().__init__(text, changed, failed)
        self.service = service
        self.changes = [
            (
                before,
                after
                if after.channel_id is not None
                else replace(after, channel_id=before.channel_id),
            )
            for before, after in changes
        ]

    def do(self) -> None:
        with self.service.storage.db.atomic():
            for before, after in self.changes:
                self.service.update(before.id, after)

    def take_back(self) -> None:
        with self.service.storage.db.atomic():
            for before, _after in self.changes:
                self.service.update(before.id, before.as_draft())
