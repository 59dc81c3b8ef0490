"""The main window."""

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pricing import InputError, Quote, niche_summary
from ui.services import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services):
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("ChannelRate"))
        quotes = services.storage.quotes.list()
        table = QTableWidget(len(quotes), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Price"), self.tr("Reach"), "CPM"]
        )
        usable = []
        for row, q in enumerate(quotes):
            table.setItem(row, 0, QTableWidgetItem(q.channel_name))
            table.setItem(row, 1, QTableWidgetItem(f"{q.price} {q.currency}"))
            table.setItem(row, 2, QTableWidgetItem(str(q.reach or "")))
            if q.reach:
                quote = Quote(q.price, q.reach, q.top_hours, q.feed_hours, q.currency)
                usable.append(quote)
                table.setItem(row, 3, QTableWidgetItem(f"{quote.cpm:.0f}"))
        try:
            summary = niche_summary(usable)
            text = self.tr("Niche mean CPM: %1 (%2 quotes)").replace(
                "%1", f"{summary.mean_cpm:.0f}"
            )
            text = text.replace("%2", str(summary.count))
        except InputError as error:
            text = str(error)
        self.niche_label = QLabel(text)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.niche_label)
        layout.addWidget(table)
        self.setCentralWidget(central)
        self.statusBar().showMessage(services.database_label)
