"""Undoable edits of placements, on the window's one undo stack next to the price book's.

Built on :class:`ui.commands.QuoteCommand`: a write that fails is reported in the status bar and
the step leaves the undo history. Undoing a delete puts the placement back under its old id
with its invite link and every join read for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from storage.placement_records import (
    InviteBundle,
    InviteRecord,
    PlacementBundle,
    PlacementDraft,
    PlacementRecord,
)
from ui.commands import QuoteCommand, Report


class AddPlacement(QuoteCommand):
    def __init__(self, service, draft: PlacementDraft, changed: Callable[[], None], failed=None):
        text = QCoreApplication.translate("PlacementCommands", "Add placement in %1")
        super().__init__(text.replace("%1", draft.seller), changed, failed)
        self.service, self.draft = service, draft
        self.record: PlacementRecord | None = None
        self.bundle: PlacementBundle | None = None

    def do(self) -> None:
        if self.bundle is None:
            self.record = self.service.add(self.draft)
        else:
            self.record = self.service.restore(self.bundle)

    def take_back(self) -> None:
        if self.record is not None:
            self.bundle = self.service.delete(self.record.id) or self.bundle


class EditPlacement(QuoteCommand):
    def __init__(
        self,
        service,
        before: PlacementRecord,
        after: PlacementDraft,
        changed: Callable[[], None],
        failed: Report | None = None,
    ):
        text = QCoreApplication.translate("PlacementCommands", "Edit placement in %1")
        super().__init__(text.replace("%1", before.seller_name), changed, failed)
        if after.seller_id is None:
            from dataclasses import replace

            after = replace(after, seller_id=before.seller_id)
        self.service, self.before, self.after = service, before, after

    def do(self) -> None:
        self.service.update(self.before.id, self.after)

    def take_back(self) -> None:
        self.service.update(self.before.id, self.before.as_draft())


class DeletePlacements(QuoteCommand):
    """Deleting placements as one step; undo restores them with links and joins."""

    def __init__(self, service, placement_ids: list[int], changed, failed=None):
        text = QCoreApplication.translate("PlacementCommands", "Delete placements (%1)")
        super().__init__(text.replace("%1", str(len(placement_ids))), changed, failed)
        self.service, self.placement_ids = service, list(placement_ids)
        self.bundles: list[PlacementBundle] = []

    def do(self) -> None:
        with self.service.storage.db.atomic():
            found = (self.service.delete(i) for i in self.placement_ids)
            self.bundles = [b for b in found if b is not None]

    def take_back(self) -> None:
        with self.service.storage.db.atomic():
            for bundle in self.bundles:
                self.service.restore(bundle)


class SetInviteLink(QuoteCommand):
    """A placement's invite link pasted (or made on Telegram, already stored: ``made``).

    Joins read for the link it replaces stop counting; undo puts that link back with them.
    """

    def __init__(
        self,
        service,
        record: PlacementRecord,
        link: str,
        changed,
        failed=None,
        *,
        made: InviteRecord | None = None,
        before: InviteBundle | None = None,
    ):
        text = QCoreApplication.translate("PlacementCommands", "Invite link for %1")
        super().__init__(text.replace("%1", record.seller_name), changed, failed)
        self.service, self.record, self.link = service, record, link
        self.before: InviteBundle | None = (
            before if made is not None else service.invite_bundle(record.id)
        )
        self.after: InviteBundle | None = InviteBundle(made) if made is not None else None

    def do(self) -> None:
        if self.after is None:
            self.after = InviteBundle(self.service.paste_invite(self.record.id, self.link))
        else:
            self.service.restore_invite(self.record.id, self.after)

    def take_back(self) -> None:
        self.service.restore_invite(self.record.id, self.before)


class SetTypedJoins(QuoteCommand):
    def __init__(self, service, record: PlacementRecord, joins: int | None, changed, failed=None):
        text = QCoreApplication.translate("PlacementCommands", "Joins for %1")
        super().__init__(text.replace("%1", record.seller_name), changed, failed)
        self.service, self.record, self.joins = service, record, joins

    def do(self) -> None:
        self.service.set_typed_joins(self.record.id, self.joins)

    def take_back(self) -> None:
        self.service.set_typed_joins(self.record.id, self.record.typed_joins)
