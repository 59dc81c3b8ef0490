"""Undoable edits of the price book. Each command writes through the service and tells the
window to re-read; undoing a delete puts the quote back under its old id, and undoing an import
takes out exactly the quotes it added."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from storage.pricebook import PriceBookService
from storage.records import QuoteDraft, QuoteRecord
from storage.repositories import QuoteRepository


class AddQuote(QUndoCommand):
    def __init__(self, service: PriceBookService, draft: QuoteDraft, changed: Callable[[], None]):
        super().__init__(
            QCoreApplication.translate("Commands", "Add quote for %1").replace("%1", draft.channel)
        )
        self.service, self.draft, self.changed = service, draft, changed
        self.record: QuoteRecord | None = None

    def redo(self) -> None:
        if self.record is None:
            self.record = self.service.add(self.draft)
        else:
            self.record = self.service.restore(self.record)
        self.changed()

    def undo(self) -> None:
        if self.record is not None:
            self.record = self.service.delete(self.record.id) or self.record
        self.changed()


class EditQuote(QUndoCommand):
    def __init__(
        self,
        service: PriceBookService,
        before: QuoteRecord,
        after: QuoteDraft,
        changed: Callable[[], None],
    ):
        super().__init__(
            QCoreApplication.translate("Commands", "Edit quote for %1").replace(
                "%1", before.channel_name
            )
        )
        self.service, self.before, self.after, self.changed = service, before, after, changed

    def redo(self) -> None:
        self.service.update(self.before.id, self.after)
        self.changed()

    def undo(self) -> None:
        self.service.update(self.before.id, self.before.as_draft())
        self.changed()


class DeleteQuotes(QUndoCommand):
    def __init__(
        self, service: PriceBookService, quote_ids: list[int], changed: Callable[[], None]
    ):
        text = QCoreApplication.translate("Commands", "Delete quotes (%1)")
        super().__init__(text.replace("%1", str(len(quote_ids))))
        self.service, self.quote_ids, self.changed = service, list(quote_ids), changed
        self.records: list[QuoteRecord] = []

    def redo(self) -> None:
        self.records = [r for r in (self.service.delete(i) for i in self.quote_ids) if r]
        self.changed()

    def undo(self) -> None:
        for record in self.records:
            self.service.restore(record)
        self.changed()


class ImportQuotes(QUndoCommand):
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
    ):
        text = QCoreApplication.translate("Commands", "Import from %2 (quotes: %1)")
        super().__init__(text.replace("%1", str(len(quote_ids))).replace("%2", file_name))
        self.quotes, self.quote_ids, self.changed = quotes, list(quote_ids), changed
        self.records: list[QuoteRecord] = []

    def redo(self) -> None:
        if self.records:  # the first redo is the import itself, already written
            self.quote_ids = self.quotes.restore_many(self.records)
            self.records = []
        self.changed()

    def undo(self) -> None:
        self.records = self.quotes.delete_many(self.quote_ids)
        self.changed()


class SetQuotesReach(QUndoCommand):
    """Quotes' reach filled from Telegram as one step; undo puts back what each quote had."""

    def __init__(
        self,
        service: PriceBookService,
        changes: list[tuple[QuoteRecord, QuoteDraft]],
        changed: Callable[[], None],
    ):
        if len(changes) == 1:
            text = QCoreApplication.translate("Commands", "Fetch reach for %1").replace(
                "%1", changes[0][0].channel_name
            )
        else:
            text = QCoreApplication.translate("Commands", "Fetch reach (quotes: %1)").replace(
                "%1", str(len(changes))
            )
        super().__init__(text)
        self.service, self.changes, self.changed = service, list(changes), changed

    def redo(self) -> None:
        for before, after in self.changes:
            self.service.update(before.id, after)
        self.changed()

    def undo(self) -> None:
        for before, _after in self.changes:
            self.service.update(before.id, before.as_draft())
        self.changed()
