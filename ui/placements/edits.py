"""The placements' edits, each one undoable step on the window's stack: add, edit, delete, an
invite link pasted or copied, joins typed, and a measured placement added to the price book."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from application.placements import InviteLinkError, normalise_invite_link
from pricing.errors import InputError
from ui import formatting
from ui.commands import AddQuote
from ui.placement_commands import (
    AddPlacement,
    DeletePlacements,
    EditPlacement,
    SetInviteLink,
    SetTypedJoins,
)
from ui.placement_form import PlacementForm, ValueDialog

translate = QCoreApplication.translate  # the texts belong to the placements area's catalogue


class PlacementEditsMixin:
    """Part of :class:`ui.placements.area.PlacementsArea` (its service, selection and undo
    stack)."""

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
        form = self.open_form(record, translate("PlacementsArea", "Edit placement"))
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
            translate("PlacementsArea", "Invite link for %1").replace("%1", record.seller_name),
            translate("PlacementsArea", "Invite link"),
            normalise_invite_link,
            lambda _error: translate(
                "PlacementsArea", "Not an invite link: paste one such as t.me/+AbCdEf123"
            ),
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
            self._tell(
                translate("PlacementsArea", "This link already belongs to another placement.")
            )

    def copy_invite(self) -> None:
        results = self.selected_results()
        if len(results) == 1 and results[0].record.invite is not None:
            QGuiApplication.clipboard().setText(results[0].record.invite.link)
            self._tell(
                translate(
                    "PlacementsArea", "Invite link copied: give it to the seller for the ad post."
                )
            )

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
            translate("PlacementsArea", "Joins through %1").replace("%1", record.seller_name),
            translate("PlacementsArea", "Joins"),
            parse,
            lambda _error: translate("PlacementsArea", "Joins must be a whole number, 0 or more"),
            self,
            text="" if record.typed_joins is None else str(record.typed_joins),
            placeholder=translate(
                "PlacementsArea", "subscribers who came from this ad; empty to clear"
            ),
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
            self._tell(translate("PlacementsArea", "This placement is already in the price book."))
            return
        draft = self.service.quote_draft(placement_id)
        if draft is None:
            return
        command = AddQuote(self.service.pricebook, draft, self._changed)
        self.undo_stack.push(command)
        if command.record is not None:
            self._tell(
                translate(
                    "PlacementsArea", "Added to the price book as an own purchase: %1 for %2 views."
                )
                .replace("%1", formatting.money(draft.price, draft.currency))
                .replace("%2", formatting.number(draft.reach))
            )
