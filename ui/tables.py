"""How the app's tables of records look: whole rows selected, one line a row, resizable columns."""

from __future__ import annotations

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
