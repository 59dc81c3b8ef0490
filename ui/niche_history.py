"""The niche over time, shown under the *History* area: the niche's CPM by month for a format
(mean and P25–P75) with the own price's CPM on the same axes, a sentence on how the market
moved, and each competitor's price change since its previous quote (highlighted).

A section of its own: :func:`attach_to_history` puts it under whatever the History area shows,
so the area's own chart stays its own. Figures come from
:class:`application.niche.NicheService`, computed in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from application.niche import ChangeRow, NicheService, NicheTrend
from pricing.errors import InputError
from pricing.parsing import Format, parse_format
from ui import formatting
from ui.chart_texts import chart_number
from ui.niche.area import FORMAT_CHOICES, NICHE_FORMAT
from ui.workers import run_task

log = logging.getLogger(__name__)

PRICE_UP = QColor("#fdd0a2")
PRICE_DOWN = QColor("#c6dbef")


def month_label(month) -> str:
    """ "янв. 25" / "Jan 25": the month in the UI language."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yy")


def trend_sentence(trend: NicheTrend) -> str:
    """ "Niche 1/24 CPM +12 % over 3 months (₽450 → ₽504)." and the own price's CPM."""
    label = trend.format.label
    change = trend.change
    if not trend.months:
        return QCoreApplication.translate(
            "NicheTrend", "No %1 quotes with a reach yet: the niche's CPM cannot be followed."
        ).replace("%1", label)
    if change is None:
        text = QCoreApplication.translate(
            "NicheTrend", "Only one month of %1 quotes: not enough to say how the market moved."
        ).replace("%1", label)
    else:
        sign = "+" if change.percent > 0 else ("−" if change.percent < 0 else "±")
        text = (
            QCoreApplication.translate("NicheTrend", "Niche %1 CPM %2 % over %3 months (%4 → %5).")
            .replace("%1", label)
            .replace("%2", f"{sign}{abs(change.percent)}")
            .replace("%3", str(change.months))
            .replace("%4", formatting.money(change.start.mean, trend.currency))
            .replace("%5", formatting.money(change.end.mean, trend.currency))
        )
    own = [value for _month, value in trend.own if value is not None]
    if own:
        text += " " + QCoreApplication.translate("NicheTrend", "Your price's CPM: %1.").replace(
            "%1", formatting.money(own[-1], trend.currency)
        )
    elif trend.own_reach is None:
        text += " " + QCoreApplication.translate(
            "NicheTrend", "Your own CPM needs your reach (My channel)."
        )
    return text


class PriceChangeModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ChangeRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Channel"), self.tr("Format"), self.tr("Before"), self.tr("Now"),
                self.tr("Change")]  # fmt: skip

    def set_rows(self, rows: list[ChangeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        change = row.change
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and change.percent:
            return QBrush(PRICE_UP if change.percent > 0 else PRICE_DOWN)
        if role == Qt.ItemDataRole.FontRole and column == 4 and change.percent:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Quoted %1, then %2")
                .replace("%1", formatting.date(change.previous_at))
                .replace("%2", formatting.date(change.quoted_at))
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.channel_name
        if column == 1:
            return row.format_label
        if column == 2:
            return formatting.money(change.previous_price, row.currency)
        if column == 3:
            return formatting.money(change.price, row.currency)
        sign = "+" if change.percent > 0 else ""
        return f"{sign}{formatting.percent(change.percent)}"


class NicheTrendSection(QWidget):
    """See the module docstring. ``niche_of()`` gives the window's chosen niche."""

    reloaded = Signal()

    def __init__(
        self, services, niche_service: NicheService, niche_of: Callable[[], int | None], parent=None
    ):
        super().__init__(parent)
        self.setObjectName("nicheTrendSection")
        self.services = services
        self.service = niche_service
        self.niche_of = niche_of
        self.trend: NicheTrend | None = None
        self._loading = None
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("nicheTrendFormat")
        self.format_combo.addItems(FORMAT_CHOICES)
        self.format_combo.setCurrentText(NICHE_FORMAT.read(services.settings))
        self.sentence = QLabel()
        self.sentence.setObjectName("nicheTrendSentence")
        self.sentence.setWordWrap(True)
        self.chart = None
        self.chart_holder = QVBoxLayout()
        self.changes = PriceChangeModel(self)
        self.changes_table = QTableView()
        self.changes_table.setObjectName("nichePriceChanges")
        self.changes_table.setModel(self.changes)
        self.changes_table.verticalHeader().setVisible(False)
        self.changes_table.horizontalHeader().setStretchLastSection(True)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>The niche over time</b>")))
        head.addSpacing(12)
        head.addWidget(QLabel(self.tr("Format")))
        head.addWidget(self.format_combo)
        head.addWidget(self.sentence, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.chart_holder, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Price changes since the previous quote")))
        right_layout.addWidget(self.changes_table, 1)
        body = QSplitter()
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        self.format_combo.currentTextChanged.connect(lambda _t: self.reload())

    def format(self) -> Format:
        try:
            return parse_format(self.format_combo.currentText())
        except InputError:
            return parse_format("1/24")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def reload_if_visible(self, *_args) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        niche_id = self.niche_of()
        fmt = self.format()
        service = self.service

        def work():
            return service.trend(niche_id, fmt), service.price_changes(niche_id)

        if self._loading is not None:
            self._loading.cancel()
        self._loading = run_task(self, work, self._show, self._failed)

    def _show(self, result) -> None:
        self._loading = None
        self.trend, changes = result
        self.sentence.setText(trend_sentence(self.trend))
        self.changes.set_rows(changes)
        self.changes_table.resizeColumnsToContents()
        self._draw()
        self.reloaded.emit()

    def _failed(self, error: Exception) -> None:
        self._loading = None
        log.error("The niche trend could not be computed", exc_info=error)
        self.sentence.setText(str(error))
        self.reloaded.emit()

    def _draw(self) -> None:
        from charts.niche_trend import NicheTrendText, plot_niche_trend

        if self.chart is None:
            from charts.canvas import ChartView

            self.chart = ChartView(
                lambda: self.services.dialogs.save_chart(self, "niche_cpm.png"), self
            )
            self.chart_holder.addWidget(self.chart)
        trend = self.trend
        text = NicheTrendText(
            title=self.tr("Niche CPM by month, %1").replace("%1", "{format}"),
            cpm_axis=self.tr("CPM, %1").replace("%1", "{currency}"),
            mean=self.tr("Niche mean"),
            band=self.tr("P25–P75"),
            own=self.tr("Your price's CPM"),
            no_data=self.tr("No quotes of this format with a reach yet"),
        )
        self.drawn = self.chart.plot(
            plot_niche_trend,
            self.chart.ax,
            trend.months,
            trend.own,
            currency=formatting.symbol(trend.currency),
            format_label=trend.format.label,
            text=text,
            month_label=month_label,
            number=chart_number,
        )


def attach_to_history(area: QWidget, section: QWidget) -> None:
    """Put ``section`` under the History area's own contents, in a vertical splitter."""
    layout = area.layout()
    upper = QWidget()
    upper_layout = QBoxLayout(layout.direction(), upper)
    upper_layout.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            upper_layout.addWidget(item.widget())
        elif item.layout() is not None:
            upper_layout.addLayout(item.layout())
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setObjectName("historyNicheSplitter")
    splitter.addWidget(upper)
    splitter.addWidget(section)
    splitter.setSizes([380, 340])
    layout.addWidget(splitter)
    area.niche_section = section
