"""The niche builder's two tables: the checklist of candidate competitors and the prices still
to collect, as Qt models over the rows :class:`application.niche.NicheService` returns."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from application.niche import CandidateRow, CollectList, CollectRow
from storage.repositories.niche_candidates import CandidateOrigin
from ui import formatting

CHANNEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_BRUSH = QColor("#fde0c5")
PRICE_COLUMN = 5


def _number(value) -> str:
    return formatting.number(value) if value is not None else "—"


class _RowsModel(QAbstractTableModel):
    """A table of ``rows`` under ``headers()``; subclasses give the column count and the cells."""

    column_count = 0

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class CandidateModel(_RowsModel):
    """The checklist. Column 0's check box is "a real competitor" (``toggled`` says which)."""

    toggled = Signal(int, bool)  # channel id, ticked
    column_count = 7

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CandidateRow] = []
        self.names: dict[int, str] = {}  # channel id → display name (for "found via")

    def headers(self) -> list[str]:
        return [
            self.tr("Competitor"),
            self.tr("Title"),
            self.tr("Subscribers"),
            self.tr("Reach 24 h"),
            self.tr("Reach 48 h"),
            self.tr("ERR"),
            self.tr("Found via"),
        ]

    def set_rows(self, rows: list[CandidateRow], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.names = list(rows), dict(names)
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        channel = row.channel
        if role == CHANNEL_ID_ROLE:
            return channel.id
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.competitor else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self.tr("Views of a post in 24 h for every 100 subscribers")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return channel.display_name
        if column == 1:
            return channel.title
        if column == 2:
            return _number(channel.subscribers)
        if column == 3:
            return _number(row.reach_24)
        if column == 4:
            return _number(row.reach_48)
        if column == 5:
            return formatting.percent(row.err, 1) if row.err is not None else "—"
        if row.candidate.origin == CandidateOrigin.PASTED:
            return self.tr("pasted list")
        via = self.names.get(row.candidate.found_via_id or -1)
        return self.tr("similar to %1").replace("%1", via) if via else self.tr("Telegram")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(self.rows[index.row()].channel.id, ticked)
        return True


class CollectModel(_RowsModel):
    """Prices to collect. The last column takes a typed price (``price_typed`` carries it)."""

    price_typed = Signal(int, str)  # channel id, text as typed
    column_count = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.listing: CollectList | None = None

    @property
    def rows(self) -> tuple[CollectRow, ...]:
        return self.listing.rows if self.listing else ()

    def headers(self) -> list[str]:
        return [
            self.tr("Channel"),
            self.tr("Reach"),
            self.tr("Price at niche CPM"),
            self.tr("Last quote"),
            self.tr("Status"),
            self.tr("Price asked (type it)"),
        ]

    def set_listing(self, listing: CollectList | None) -> None:
        self.beginResetModel()
        self.listing = listing
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PRICE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        currency = self.listing.currency
        if role == CHANNEL_ID_ROLE:
            return row.channel.id
        if role == Qt.ItemDataRole.BackgroundRole and row.stale:
            return QBrush(STALE_BRUSH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, PRICE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == PRICE_COLUMN:
            return self.tr("Type the price the admin asked, such as 2500 or 2 500 ₽")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if role == Qt.ItemDataRole.EditRole:
            return "" if column == PRICE_COLUMN else None
        if column == 0:
            return row.channel.display_name
        if column == 1:
            return _number(row.reach)
        if column == 2:
            return formatting.money(row.price_at_niche, currency) if row.price_at_niche else "—"
        if column == 3:
            last = row.last_quote
            if last is None:
                return "—"
            return (
                f"{formatting.money(last.price, last.currency)}, {formatting.date(last.quoted_at)}"
            )
        if column == 4:
            return self.tr("stale: ask again") if row.stale else self.tr("no price yet")
        return ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != PRICE_COLUMN:
            return False
        text = str(value or "").strip()
        if not text:
            return False
        self.price_typed.emit(self.rows[index.row()].channel.id, text)
        return True
