"""The import preview: which rows will be imported and which are rejected, and why.

Nothing is written while this dialog is open; "Import" accepts it and the caller commits.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from storage.importexport import ImportPreview, Problem, RejectedRow
from ui import formatting
from ui.quote_model import format_text


def problem_text(row: RejectedRow) -> str:
    texts = {
        Problem.NO_CHANNEL: QCoreApplication.translate("ImportDialog", "No channel"),
        Problem.NO_PRICE: QCoreApplication.translate("ImportDialog", "No price"),
        Problem.BAD_PRICE: QCoreApplication.translate(
            "ImportDialog", "Price is not a positive number"
        ),
        Problem.BAD_CURRENCY: QCoreApplication.translate(
            "ImportDialog", "Unknown or conflicting currency"
        ),
        Problem.BAD_FORMAT: QCoreApplication.translate(
            "ImportDialog", "Format is not like 1/24, 2/48 or forever"
        ),
        Problem.BAD_REACH: QCoreApplication.translate(
            "ImportDialog", "Reach is not a whole number of views"
        ),
        Problem.BAD_DATE: QCoreApplication.translate("ImportDialog", "Date is not like 31.12.2025"),
        Problem.FUTURE_DATE: QCoreApplication.translate("ImportDialog", "Date is in the future"),
        Problem.DUPLICATE_IN_FILE: QCoreApplication.translate(
            "ImportDialog", "Same row appears earlier in the file"
        ),
        Problem.ALREADY_IMPORTED: QCoreApplication.translate(
            "ImportDialog", "Already in the price book"
        ),
    }
    return texts.get(row.problem, row.problem.value)


class _ListModel(QAbstractTableModel):
    """Rows made by ``make_row(i)`` when first shown: a preview of 10,000 lines opens at once."""

    def __init__(self, headers: list[str], count: int, make_row, parent=None):
        super().__init__(parent)
        self._headers, self._count, self._make_row = headers, count, make_row
        self._cache: dict[int, tuple[str, ...]] = {}

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._cache.get(index.row())
            if row is None:
                row = self._cache[index.row()] = self._make_row(index.row())
            return row[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _accepted_row(row) -> tuple[str, ...]:
    draft = row.draft
    return (
        str(row.line),
        draft.channel,
        draft.niche or "",
        format_text(_format_label(draft)),
        formatting.money(draft.price, draft.currency),
        formatting.number(draft.reach) if draft.reach else "—",
        formatting.date(draft.quoted_at),
    )


def _rejected_row(row: RejectedRow) -> tuple[str, ...]:
    return (str(row.line), problem_text(row), row.detail, " | ".join(row.cells))


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(820, 520)
        accepted, rejected = len(preview.accepted), len(preview.rejected)
        self.summary = QLabel(
            self.tr("%1: %2 rows will be imported, %3 rows are rejected.")
            .replace("%1", preview.path.name)
            .replace("%2", str(accepted))
            .replace("%3", str(rejected))
        )
        self.summary.setWordWrap(True)
        self.accepted_view = QTableView()
        self.accepted_view.setModel(
            _ListModel(
                [
                    self.tr("Line"),
                    self.tr("Channel"),
                    self.tr("Niche"),
                    self.tr("Format"),
                    self.tr("Price"),
                    self.tr("Reach"),
                    self.tr("Date"),
                ],
                accepted,
                lambda i: _accepted_row(preview.accepted[i]),
                self,
            )
        )
        self.rejected_view = QTableView()
        self.rejected_view.setModel(
            _ListModel(
                [self.tr("Line"), self.tr("Reason"), self.tr("Value"), self.tr("Row")],
                rejected,
                lambda i: _rejected_row(preview.rejected[i]),
                self,
            )
        )
        for view in (self.accepted_view, self.rejected_view):
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setResizeContentsPrecision(50)  # measure 50 rows, not all
            view.resizeColumnsToContents()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.accepted_view, self.tr("To import (%1)").replace("%1", str(accepted)))
        self.tabs.addTab(self.rejected_view, self.tr("Rejected (%1)").replace("%1", str(rejected)))
        if not accepted and rejected:
            self.tabs.setCurrentIndex(1)
        notes = []
        if preview.ignored_headers:
            notes.append(
                self.tr("Columns not used: %1").replace("%1", ", ".join(preview.ignored_headers))
            )
        self.notes = QLabel("\n".join(notes))
        self.notes.setVisible(bool(notes))

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import %1 rows").replace("%1", str(accepted)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(accepted > 0)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)


def _format_label(draft) -> str:
    from pricing.parsing import Format

    return Format(draft.top_hours, draft.feed_hours, draft.native).label
