"""The placements results table: one row per bought ad with what it brought.

Few rows (one per purchase), so a plain model sorted by a ``QSortFilterProxyModel`` on
:data:`SORT_ROLE` keys is enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from application.placements import VIEWS_TYPED, PlacementResult
from pricing.placements import JOINS_SNAPSHOTS, JOINS_TYPED
from ui import formatting
from ui.quote_model import format_text

COLUMNS = (
    "seller",
    "format",
    "posted",
    "price",
    "views",
    "paid_cpm",
    "quoted_cpm",
    "niche_cpm",
    "joins_24h",
    "joins_48h",
    "joins_7d",
    "cost_per_subscriber",
    "conversion",
    "return",
    "link",
)
COLUMN = {name: i for i, name in enumerate(COLUMNS)}
PLACEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_TEXT = {"seller", "format", "link"}
_CHEAPER = QColor(214, 240, 214)
_DEARER = QColor(255, 228, 196)
_MISSING = Decimal("-1e18")


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("PlacementTableModel", "Seller"),
        QCoreApplication.translate("PlacementTableModel", "Format"),
        QCoreApplication.translate("PlacementTableModel", "Posted"),
        QCoreApplication.translate("PlacementTableModel", "Price"),
        QCoreApplication.translate("PlacementTableModel", "Views"),
        QCoreApplication.translate("PlacementTableModel", "Paid CPM"),
        QCoreApplication.translate("PlacementTableModel", "Quoted CPM"),
        QCoreApplication.translate("PlacementTableModel", "Niche CPM"),
        QCoreApplication.translate("PlacementTableModel", "Joins 24 h"),
        QCoreApplication.translate("PlacementTableModel", "Joins 48 h"),
        QCoreApplication.translate("PlacementTableModel", "Joins 7 d"),
        QCoreApplication.translate("PlacementTableModel", "Per subscriber"),
        QCoreApplication.translate("PlacementTableModel", "Per 1000 views"),
        QCoreApplication.translate("PlacementTableModel", "Return"),
        QCoreApplication.translate("PlacementTableModel", "Invite link"),
    ]


def column_tips() -> dict[str, str]:
    return {
        "views": QCoreApplication.translate(
            "PlacementTableModel", "Views of the ad post at the format's window (* typed by hand)"
        ),
        "paid_cpm": QCoreApplication.translate(
            "PlacementTableModel",
            "What was actually paid per 1000 views: price ÷ measured views × 1000",
        ),
        "quoted_cpm": QCoreApplication.translate(
            "PlacementTableModel", "The seller's latest quote of this format in the price book"
        ),
        "niche_cpm": QCoreApplication.translate(
            "PlacementTableModel", "The niche's median CPM for this format"
        ),
        "joins_7d": QCoreApplication.translate(
            "PlacementTableModel",
            "Joins within 7 days of the post (* typed; ≈ from counter readings)",
        ),
        "cost_per_subscriber": QCoreApplication.translate(
            "PlacementTableModel",
            "Price ÷ joins within 7 days (joins so far while the week is not over)",
        ),
        "conversion": QCoreApplication.translate(
            "PlacementTableModel", "Subscribers gained per 1000 views of the ad post"
        ),
        "return": QCoreApplication.translate(
            "PlacementTableModel", "(joins × what a subscriber is worth − price) ÷ price"
        ),
    }


def joins_text(value: int | None, method: str) -> str:
    if value is None:
        return "—"
    mark = {JOINS_TYPED: "*", JOINS_SNAPSHOTS: "≈"}.get(method, "")
    return f"{mark}{formatting.number(value)}"


class PlacementTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PlacementResult] = []
        self._titles = column_titles()
        self._tips = column_tips()

    def set_rows(self, rows: Sequence[PlacementResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PlacementResult]:
        return list(self._rows)

    def row_of(self, placement_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.record.id == placement_id), -1)

    def result(self, placement_id: int) -> PlacementResult | None:
        row = self.row_of(placement_id)
        return self._rows[row] if row >= 0 else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(result, name)
        if role == PLACEMENT_ID_ROLE:
            return result.record.id
        if role == SORT_ROLE:
            return _sort_key(result, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in _TEXT:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and name == "paid_cpm":
            standard = result.niche.median if result.niche else result.quoted_cpm
            paid = result.figures.paid_cpm
            if paid is not None and standard is not None:
                return QBrush(_CHEAPER if paid <= standard else _DEARER)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "posted":
                return formatting.date_time(result.record.posted_at)
            if name == "link" and result.record.invite:
                return result.record.invite.link
            if name == "seller" and result.record.note:
                return result.record.note
        return None


def _money(value: Decimal | None, currency: str) -> str:
    return formatting.money(value, currency) if value is not None else "—"


def _text(result: PlacementResult, name: str) -> str:
    r, f = result.record, result.figures
    match name:
        case "seller":
            return r.seller_name
        case "format":
            return format_text(result.format.label)
        case "posted":
            return formatting.date(r.posted_at)
        case "price":
            return formatting.money(r.price, r.currency)
        case "views":
            if result.views is None:
                return "—"
            mark = "*" if result.views_method == VIEWS_TYPED else ""
            return f"{mark}{formatting.number(result.views)}"
        case "paid_cpm":
            return _money(f.paid_cpm, r.currency)
        case "quoted_cpm":
            return _money(result.quoted_cpm, r.currency)
        case "niche_cpm":
            return _money(result.niche.median if result.niche else None, r.currency)
        case "joins_24h":
            return joins_text(result.joins.joins_24h, result.joins.method)
        case "joins_48h":
            return joins_text(result.joins.joins_48h, result.joins.method)
        case "joins_7d":
            if result.joins.joins_7d is None and result.joins.total is not None:
                return QCoreApplication.translate("PlacementTableModel", "%1 so far").replace(
                    "%1", joins_text(result.joins.total, result.joins.method)
                )
            return joins_text(result.joins.joins_7d, result.joins.method)
        case "cost_per_subscriber":
            return _money(f.cost_per_subscriber, r.currency)
        case "conversion":
            value = f.joins_per_1000_views
            return formatting.number(value, 1) if value is not None else "—"
        case "return":
            value = f.return_on_spend
            if value is None:
                return "—"
            sign = "+" if value > 0 else ""
            return sign + formatting.percent(value * 100)
        case "link":
            if r.invite is None:
                return QCoreApplication.translate("PlacementTableModel", "none")
            return r.invite.link.removeprefix("https://")
    return ""


def _sort_key(result: PlacementResult, name: str):
    r, f = result.record, result.figures

    def amount(value) -> Decimal:
        return Decimal(value) if value is not None else _MISSING

    match name:
        case "seller":
            return r.seller_name.casefold()
        case "format":
            return f"{r.feed_hours or 10**6:07d}{r.top_hours:04d}"
        case "posted":
            return r.posted_at.timestamp()
        case "price":
            return float(r.price)
        case "views":
            return float(amount(result.views))
        case "paid_cpm":
            return float(amount(f.paid_cpm))
        case "quoted_cpm":
            return float(amount(result.quoted_cpm))
        case "niche_cpm":
            return float(amount(result.niche.median if result.niche else None))
        case "joins_24h":
            return float(amount(result.joins.joins_24h))
        case "joins_48h":
            return float(amount(result.joins.joins_48h))
        case "joins_7d":
            return float(amount(f.attributed_joins))
        case "cost_per_subscriber":
            return float(amount(f.cost_per_subscriber))
        case "conversion":
            return float(amount(f.joins_per_1000_views))
        case "return":
            return float(amount(f.return_on_spend))
    return r.invite.link if r.invite else ""
