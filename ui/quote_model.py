"""The price book table: a model over the service's rows and a filtering proxy.

Sorting is done by the source model on precomputed keys (one Python sort, not a Python call per
comparison), which keeps 10,000 quotes well under the 200 ms budget; the proxy only filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from application.pricebook import BookRow
from storage.records import QuoteSource, ReachOrigin
from ui import formatting

COLUMNS = (
    "channel",
    "niche",
    "format",
    "price",
    "currency",
    "reach",
    "reach_origin",
    "cpm",
    "date",
    "source",
    "note",
)
COLUMN = {name: i for i, name in enumerate(COLUMNS)}
QUOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OUTLIER_ROLE = Qt.ItemDataRole.UserRole + 3

_OUTLIER_BACKGROUND = QColor(255, 228, 196)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = {"price", "reach", "cpm"}


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("QuoteTableModel", "Channel"),
        QCoreApplication.translate("QuoteTableModel", "Niche"),
        QCoreApplication.translate("QuoteTableModel", "Format"),
        QCoreApplication.translate("QuoteTableModel", "Price"),
        QCoreApplication.translate("QuoteTableModel", "Currency"),
        QCoreApplication.translate("QuoteTableModel", "Reach"),
        QCoreApplication.translate("QuoteTableModel", "Reach origin"),
        QCoreApplication.translate("QuoteTableModel", "CPM"),
        QCoreApplication.translate("QuoteTableModel", "Date"),
        QCoreApplication.translate("QuoteTableModel", "Source"),
        QCoreApplication.translate("QuoteTableModel", "Note"),
    ]


def source_names() -> dict[QuoteSource, str]:
    return {
        QuoteSource.PRICE_LIST: QCoreApplication.translate("QuoteTableModel", "Admin's price list"),
        QuoteSource.CHAT: QCoreApplication.translate("QuoteTableModel", "Buy/sell chat"),
        QuoteSource.EXCHANGE: QCoreApplication.translate("QuoteTableModel", "Ad exchange"),
        QuoteSource.STATS_SITE: QCoreApplication.translate("QuoteTableModel", "Statistics site"),
        QuoteSource.OTHER: QCoreApplication.translate("QuoteTableModel", "Other"),
        QuoteSource.OWN_PURCHASE: QCoreApplication.translate("QuoteTableModel", "Own purchase"),
    }


def origin_names() -> dict[ReachOrigin, str]:
    return {
        ReachOrigin.TYPED: QCoreApplication.translate("QuoteTableModel", "typed"),
        ReachOrigin.FETCHED: QCoreApplication.translate("QuoteTableModel", "fetched"),
        ReachOrigin.ESTIMATED: QCoreApplication.translate("QuoteTableModel", "estimated"),
    }


def format_text(label: str) -> str:
    """A format label in the UI language ("1/∞" stays, "native" is translated)."""
    return label.replace("native", QCoreApplication.translate("QuoteTableModel", "native"))


def outlier_rule_text() -> str:
    """The one outlier rule, as the price book and the suggestion both apply it."""
    return QCoreApplication.translate(
        "QuoteTableModel",
        "Rule: a CPM below P25 − 1.5 × IQR or above P75 + 1.5 × IQR (IQR = P75 − P25) of the "
        "quotes it is compared with — same niche, currency and format, or the wider set the "
        "suggestion falls back to — judged when at least 4 quotes are compared.",
    )


def outlier_tooltip(row: BookRow) -> str:
    """Why a row is an outlier: its CPM, the limit it crosses and what it was compared with."""
    comparison = row.judged_by
    if comparison is None or row.cpm is None:
        return outlier_rule_text()
    above = row.cpm > comparison.upper_fence
    text = (
        QCoreApplication.translate(
            "QuoteTableModel",
            "Outlier: CPM %1 is above the upper limit %2 of the %3 quotes compared for %4.",
        )
        if above
        else QCoreApplication.translate(
            "QuoteTableModel",
            "Outlier: CPM %1 is below the lower limit %2 of the %3 quotes compared for %4.",
        )
    )
    limit = comparison.upper_fence if above else comparison.lower_fence
    text = (
        text.replace("%1", formatting.money(row.cpm, comparison.currency))
        .replace("%2", formatting.money(limit, comparison.currency))
        .replace("%3", str(comparison.count))
        .replace("%4", format_text(comparison.format_label))
    )
    return text + "\n" + outlier_rule_text()


class QuoteTableModel(QAbstractTableModel):
    """Read-only rows of the price book; edits go through the undo stack and the service."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BookRow] = []
        # display texts are made when a row is first painted: 10,000 rows, ~30 on screen
        self._display: list[tuple[str, ...] | None] = []
        self._titles = column_titles()
        self._sources = source_names()
        self._origins = origin_names()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[BookRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [None] * len(self._rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[BookRow]:
        return list(self._rows)

    def row_at(self, row: int) -> BookRow:
        return self._rows[row]

    def row_of(self, quote_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.record.id == quote_id), -1)

    def _text(self, row: int) -> tuple[str, ...]:
        texts = self._display[row]
        if texts is None:
            texts = self._display[row] = self._texts(self._rows[row])
        return texts

    def _texts(self, row: BookRow) -> tuple[str, ...]:
        r = row.record
        cpm = formatting.money(row.cpm, r.currency) if row.cpm is not None else "—"
        if row.outlier:
            cpm = f"⚠ {cpm}"
        return (
            r.channel_name,
            r.niche_name or "",
            format_text(row.format_label),
            formatting.number(r.price, 2 if r.price % 1 else 0),
            r.currency,
            formatting.number(r.reach) if r.reach else "—",
            self._origins.get(r.reach_origin, r.reach_origin.value),
            cpm,
            formatting.date(r.quoted_at),
            self._sources.get(r.source, r.source.value),
            r.note,
        )

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "cpm":
                return QCoreApplication.translate(
                    "QuoteTableModel", "Cost per thousand views: price / reach × 1000"
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        name = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)[column]
        if role == QUOTE_ID_ROLE:
            return self._rows[row].record.id
        if role == OUTLIER_ROLE:
            return self._rows[row].outlier
        if role == SORT_ROLE:
            return _sort_key(self._rows[row], name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in _NUMERIC:
            return int(_RIGHT.value)
        if self._rows[row].outlier:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_OUTLIER_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return outlier_tooltip(self._rows[row])
        if role == Qt.ItemDataRole.ToolTipRole and name == "note" and self._rows[row].record.note:
            return self._rows[row].record.note
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].record.id, i.column()) for i in old]
        self._sort_rows(column, order)
        self._sort = (column, order)
        position = {r.record.id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(position[qid], col) for qid, col in old_ids]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        name = COLUMNS[column]
        pairs = sorted(
            zip(self._rows, self._display, strict=True),
            key=lambda pair: _sort_key(pair[0], name),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [p[0] for p in pairs]
        self._display = [p[1] for p in pairs]


_MISSING = Decimal("-1")


def _sort_key(row: BookRow, name: str):
    r = row.record
    match name:
        case "channel":
            return r.channel_name.casefold()
        case "niche":
            return (r.niche_name or "").casefold()
        case "format":
            return (r.feed_hours or 10**6, r.top_hours, r.native)
        case "price":
            return r.price
        case "currency":
            return r.currency
        case "reach":
            return r.reach or 0
        case "reach_origin":
            return r.reach_origin.value
        case "cpm":
            return row.cpm if row.cpm is not None else _MISSING
        case "date":
            return r.quoted_at
        case "source":
            return r.source.value
        case _:
            return r.note.casefold()


class QuoteFilterProxy(QSortFilterProxyModel):
    """Filters by text, niche, format, source and date range; sorting is the source's job."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.niche_id: int | None = None
        self.format_label: str | None = None
        self.source: QuoteSource | None = None
        self.date_from: datetime | None = None
        self.date_to: datetime | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_filters(
        self,
        *,
        text: str | None = None,
        niche_id: int | type[...] | None = ...,
        format_label: str | type[...] | None = ...,
        source: QuoteSource | type[...] | None = ...,
        date_from: QDate | type[...] | None = ...,
        date_to: QDate | type[...] | None = ...,
    ) -> None:
        """Change any of the filters (arguments left out stay as they are)."""
        self.beginFilterChange()
        if text is not None:
            self.text = text.casefold().strip()
        if niche_id is not ...:
            self.niche_id = niche_id
        if format_label is not ...:
            self.format_label = format_label
        if source is not ...:
            self.source = source
        if date_from is not ...:
            self.date_from = _start_of(date_from) if date_from else None
        if date_to is not ...:
            self.date_to = _end_of(date_to) if date_to else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row)
        r = row.record
        if self.niche_id is not None and r.niche_id != self.niche_id:
            return False
        if self.format_label is not None and row.format_label != self.format_label:
            return False
        if self.source is not None and r.source != self.source:
            return False
        if self.date_from is not None and r.quoted_at < self.date_from:
            return False
        if self.date_to is not None and r.quoted_at > self.date_to:
            return False
        if self.text:
            haystack = f"{r.channel_name}\n{r.niche_name or ''}\n{r.note}".casefold()
            return self.text in haystack
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.sourceModel().sort(column, order)

    def sortColumn(self) -> int:  # the header shows the indicator where the source sorted
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order


def _start_of(day: QDate) -> datetime:
    """Local midnight starting ``day``: the table and the form show quotes by local day."""
    return datetime(day.year(), day.month(), day.day()).astimezone()


def _end_of(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), 23, 59, 59, 999999).astimezone()
