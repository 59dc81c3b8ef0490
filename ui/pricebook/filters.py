"""The price book's filter bar: search text, format, source and an optional date range."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from storage.records import QuoteSource
from ui import formatting
from ui.fields import COMMON_FORMATS
from ui.quote_model import format_text, source_names

translate = QCoreApplication.translate  # the texts belong to the price book area's catalogue


class QuoteFilterBar(QWidget):
    """Emits ``changed`` when a filter changes (the search text after a short pause)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("PriceBookArea", "Search channel, niche or note"))
        self.search.setClearButtonEnabled(True)
        self.format_filter = QComboBox()
        self.source_filter = QComboBox()
        self.source_filter.addItem(translate("PriceBookArea", "All sources"), None)
        for source, name in source_names().items():
            self.source_filter.addItem(name, source.value)
        self.use_dates = QCheckBox(translate("PriceBookArea", "Dates"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-6))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_format())  # as the table shows dates
            edit.setEnabled(False)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.format_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.source_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.changed.emit())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the table as a bare row did
        layout.addWidget(self.search, 3)
        layout.addWidget(QLabel(translate("PriceBookArea", "Format")))
        layout.addWidget(self.format_filter, 1)
        layout.addWidget(QLabel(translate("PriceBookArea", "Source")))
        layout.addWidget(self.source_filter, 1)
        layout.addWidget(self.use_dates)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)

    def fill_formats(self, labels: set[str]) -> None:
        """Offer the formats the quotes have (common ones first), keeping the one chosen."""
        current = self.format_filter.currentData()
        ordered = sorted(
            labels, key=lambda lb: (COMMON_FORMATS.index(lb) if lb in COMMON_FORMATS else 99, lb)
        )
        self.format_filter.blockSignals(True)
        self.format_filter.clear()
        self.format_filter.addItem(translate("PriceBookArea", "All formats"), None)
        for label in ordered:
            self.format_filter.addItem(format_text(label), label)
        self.format_filter.setCurrentIndex(max(0, self.format_filter.findData(current)))
        self.format_filter.blockSignals(False)

    def values(self) -> dict:
        """The filters as keyword arguments of ``QuoteFilterProxy.set_filters``."""
        source = self.source_filter.currentData()
        dates = self.use_dates.isChecked()
        return {
            "text": self.search.text(),
            "format_label": self.format_filter.currentData(),
            "source": QuoteSource(source) if source else None,
            "date_from": self.date_from.date() if dates else None,
            "date_to": self.date_to.date() if dates else None,
        }

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()
