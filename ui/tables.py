"""How the app's tables behave: the record tables' look (whole rows selected, one line a row,
resizable columns), and reloads that wait for the cell the user is typing in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: Row height of the record tables, in pixels: one line of text with a little air.
ROW_HEIGHT = 24


def set_up_record_table(table: QTableView) -> QHeaderView:
    """Give ``table`` the record tables' look; returns its header for the columns' widths."""
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return header


def when_not_editing(view: QAbstractItemView, refill: Callable[[], None]) -> None:
    """Run ``refill`` (which resets the view's model) now, or once the cell the user is typing in
    is committed or left: a reload landing mid-edit would close the editor and drop the text.

    Only the latest refill waits; it runs on the next loop turn after the editor closes, so a
    commit (which may start a reload of its own) is handled first.
    """
    if view.state() != QAbstractItemView.State.EditingState:
        view.waiting_refill = None  # type: ignore[attr-defined]
        refill()
        return
    if not getattr(view, "hears_editors_close", False):
        view.itemDelegate().closeEditor.connect(lambda *_: _refill_after_edit(view))
        view.hears_editors_close = True  # type: ignore[attr-defined]
    view.waiting_refill = refill  # type: ignore[attr-defined]


def refill_waiting(view: QAbstractItemView) -> bool:
    """Whether a refill is waiting for the cell being edited (it runs on the loop turn after
    the editor closes)."""
    return getattr(view, "waiting_refill", None) is not None


def _refill_after_edit(view: QAbstractItemView) -> None:
    def run() -> None:
        refill = getattr(view, "waiting_refill", None)
        if refill is not None:
            when_not_editing(view, refill)  # waits again if the user moved on to another cell

    QTimer.singleShot(0, view, run)
