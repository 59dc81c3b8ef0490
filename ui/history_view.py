"""The *History* area: one channel's price and CPM over time, from its dated quotes (offline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pricing.parsing import parse_format
from ui import formatting
from ui import settings as opt
from ui.chart_texts import chart_number
from ui.chart_texts import desk_chart_text as chart_text
from ui.services import Services

if TYPE_CHECKING:
    from application.pricebook import HistoryPoint


class HistoryArea(QWidget):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = services.pricebook
        self.niche_id: int | None = None
        self.chart = None
        self.channel_id: int | None = None
        self._dirty = True

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find channel"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.channels = QListWidget()
        self.channels.setObjectName("historyChannels")
        self.channels.currentItemChanged.connect(lambda *_: self._channel_chosen())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        channels_label = QLabel(self.tr("Channels with quotes (most first)"))
        channels_label.setWordWrap(True)
        left_layout.addWidget(channels_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.channels)

        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        # a channel quoted in several currencies: one chart per currency, chosen here
        self.currency = QComboBox()
        self.currency.setObjectName("historyCurrency")
        self.currency.currentIndexChanged.connect(lambda _i: self._currency_chosen())
        self.currency_label = QLabel(self.tr("Currency:"))
        self.currency_row = QWidget()
        currency_layout = QHBoxLayout(self.currency_row)
        currency_layout.setContentsMargins(0, 0, 0, 0)
        currency_layout.addWidget(self.currency_label)
        currency_layout.addWidget(self.currency)
        currency_layout.addStretch(1)
        self.currency_row.hide()
        self.chart_holder = QVBoxLayout()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.currency_row)
        right_layout.addWidget(self.summary)
        right_layout.addLayout(self.chart_holder, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 900])
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def shutdown(self) -> None:
        """Nothing runs past the window's life here (the figures drop with their widget)."""

    def reload(self) -> None:
        current = self.channel_id
        self.channels.blockSignals(True)
        self.channels.clear()
        for channel_id, name, count in self.service.channels_with_history(self.niche_id):
            item = QListWidgetItem(f"{name}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, channel_id)
            self.channels.addItem(item)
        self.channels.blockSignals(False)
        self._filter(self.search.text())
        row = next(
            (i for i in range(self.channels.count())
             if self.channels.item(i).data(Qt.ItemDataRole.UserRole) == current),
            0,
        )  # fmt: skip
        if self.channels.count():
            self.channels.setCurrentRow(row)
        self._channel_chosen()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.channels.count()):
            item = self.channels.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def show_channel(self, channel_id: int) -> None:
        for i in range(self.channels.count()):
            if self.channels.item(i).data(Qt.ItemDataRole.UserRole) == channel_id:
                self.channels.setCurrentRow(i)
                return

    def _channel_chosen(self) -> None:
        item = self.channels.currentItem()
        self.channel_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._fill_currencies()
        self._dirty = True
        self._draw_if_visible()

    def _fill_currencies(self) -> None:
        """The channel's currencies, latest quote's first; the box shows for two or more."""
        points = self.service.price_history(self.channel_id) if self.channel_id else []
        currencies = list(dict.fromkeys(p.currency for p in reversed(points)))
        kept = self.currency.currentText()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(currencies)
        if kept in currencies:
            self.currency.setCurrentText(kept)
        self.currency.blockSignals(False)
        self.currency_row.setVisible(len(currencies) > 1)

    def _currency_chosen(self) -> None:
        self._dirty = True
        self._draw_if_visible()

    def _draw_if_visible(self) -> None:
        if not self.isVisible():
            return  # drawn when shown
        if self.chart is not None:
            self.draw()
            return
        from charts.canvas import after_first_paint

        self._show_summary()  # the numbers now; the first chart (matplotlib behind it) once
        after_first_paint(self, self._draw_if_dirty, paint_first=True)  # they are on screen

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:  # once the area has shown its list and numbers
            from charts.canvas import after_first_paint

            after_first_paint(self, self._draw_if_dirty, paint_first=True)

    def _draw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.draw()

    def _ensure_chart(self) -> None:
        if self.chart is None:
            from charts.canvas import ChartView

            self.chart = ChartView(
                lambda: self.services.dialogs.save_chart(self, "history.png"),
                self,
                nrows=2,
                sharex=True,
            )
            self.chart_holder.addWidget(self.chart)

    def draw(self) -> dict:
        """The summary sentence and the chart of the chosen channel; returns what was plotted."""
        from charts.figures import plot_history

        name, currency, points = self._show_summary()
        niche_cpm = None
        if points:
            fmt = parse_format(points[-1].format_label)
            exclude = opt.SUGGESTION_EXCLUDE_OUTLIERS.read(self.services.settings)
            view = self.service.niche_view(self.niche_id, fmt, exclude_outliers=exclude)
            if view is not None and view.currency == currency:
                niche_cpm = view.summary.mean_cpm
        self._ensure_chart()
        drawn = self.chart.plot(
            plot_history,
            self.chart.axes[0],
            self.chart.axes[1],
            [p.quoted_at for p in points],
            [p.price for p in points],
            [p.cpm for p in points],
            channel=name,
            currency=formatting.symbol(currency),
            niche_cpm=niche_cpm,
            text=chart_text(),
            number=chart_number,
        )
        self._dirty = False
        return drawn

    def _show_summary(self) -> tuple[str, str, list[HistoryPoint]]:
        """The sentence over the chart; returns the channel's name, the currency charted and
        its quotes in that currency."""
        points = self.service.price_history(self.channel_id) if self.channel_id else []
        name = (
            self.channels.currentItem().text().rsplit("  (", 1)[0]
            if self.channels.currentItem()
            else ""
        )
        currencies = list(dict.fromkeys(p.currency for p in reversed(points)))
        currency = self.currency.currentText() or (currencies[0] if currencies else "RUB")
        if currency not in currencies:
            currency = currencies[0] if currencies else "RUB"
        others = [c for c in currencies if c != currency]
        points = [p for p in points if p.currency == currency]
        if points:
            first, last = points[0], points[-1]
            change = (last.price - first.price) / first.price * 100
            text = (
                self.tr("Quotes in %1: %2, from %3 to %4; price %5 → %6 (%7).")
                .replace("%1", currency)
                .replace("%2", str(len(points)))
                .replace("%3", formatting.date(first.quoted_at))
                .replace("%4", formatting.date(last.quoted_at))
                .replace("%5", formatting.money(first.price, currency))
                .replace("%6", formatting.money(last.price, currency))
                .replace("%7", ("+" if change >= 0 else "−") + formatting.percent(abs(change)))
            )
            if others:
                text += " " + self.tr(
                    "Also quoted in %1: choose the currency above to chart those quotes."
                ).replace("%1", ", ".join(others))
            self.summary.setText(text)
        elif self.channels.count() == 0:  # an empty price book: say where quotes come from
            self.summary.setText(
                self.tr(
                    "No quotes yet: add competitors' prices on “Price book” or import your "
                    "spreadsheet (File → Import); each channel's prices then show here over time."
                )
            )
        else:
            self.summary.setText(self.tr("Choose a channel to see its prices over time."))
        return name, currency, points
