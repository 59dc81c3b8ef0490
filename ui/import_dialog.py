"""The import preview: what each column of the file is, which rows will be imported and which
are rejected, and why.

The mapping step shows every column of the file with a drop-down of what it is (or "ignore"),
pre-filled from its header; changing one sorts the rows again at once. What is missing or
doubtful (no price column, two candidates for the price, numbers in a column left unused) is
said at the top. Nothing is written while this dialog is open; "Import" accepts it and the caller
commits.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pricing.paste import (
    BAD_PRICE,
    FORMAT_WITHOUT_PRICE,
    NO_CHANNEL,
    NO_PRICE,
    NOTHING_FOUND,
    TOO_LONG,
)
from storage.import_headers import (
    FORMAT_PRICE,
    IGNORE,
    ROLES,
    ColumnRole,
    header_currency,
    header_format,
)
from storage.importexport import ImportPreview, Problem, RejectedRow, rebuild_preview
from ui import formatting
from ui.quote_model import format_text
from ui.workers import run_task

# A re-sort of more rows than this runs in a worker, so the drop-down never freezes the window.
SORT_ON_UI_THREAD_ROWS = 2_000


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
        Problem.BAD_CHANNEL: QCoreApplication.translate("ImportDialog", "Channel name is too long"),
    }
    if row.problem == Problem.UNREADABLE_LINE:
        return line_problem_text(row.detail)
    return texts.get(row.problem, row.problem.value)


def line_problem_text(code: str) -> str:
    """Why a pasted line gave no quote."""
    texts = {
        NO_PRICE: QCoreApplication.translate("ImportDialog", "Channel without a price"),
        NO_CHANNEL: QCoreApplication.translate("ImportDialog", "Price without a channel"),
        BAD_PRICE: QCoreApplication.translate("ImportDialog", "Price is not a positive number"),
        FORMAT_WITHOUT_PRICE: QCoreApplication.translate("ImportDialog", "Format without a price"),
        NOTHING_FOUND: QCoreApplication.translate(
            "ImportDialog", "No channel, price or reach in this line"
        ),
        TOO_LONG: QCoreApplication.translate("ImportDialog", "Line is too long"),
    }
    return texts.get(code, code)


def role_names() -> dict[str, str]:
    """What a column can be, as the drop-down says it."""
    return {
        IGNORE: QCoreApplication.translate("ImportDialog", "— ignore —"),
        "channel": QCoreApplication.translate("ImportDialog", "Channel"),
        "price": QCoreApplication.translate("ImportDialog", "Price"),
        "reach": QCoreApplication.translate("ImportDialog", "Reach"),
        "format": QCoreApplication.translate("ImportDialog", "Format"),
        "date": QCoreApplication.translate("ImportDialog", "Date"),
        "niche": QCoreApplication.translate("ImportDialog", "Niche"),
        "currency": QCoreApplication.translate("ImportDialog", "Currency"),
        "source": QCoreApplication.translate("ImportDialog", "Source"),
        "note": QCoreApplication.translate("ImportDialog", "Note"),
        "reach_origin": QCoreApplication.translate("ImportDialog", "Reach origin"),
    }


def role_text(role: ColumnRole) -> str:
    if role.role == FORMAT_PRICE and role.format is not None:
        return QCoreApplication.translate("ImportDialog", "Price for %1").replace(
            "%1", format_text(role.format.label)
        )
    name = role_names().get(role.role, role.role)
    if role.role == "reach" and role.window_hours:
        return QCoreApplication.translate("ImportDialog", "Reach over %1 h").replace(
            "%1", str(role.window_hours)
        )
    return name


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
        draft.note,
    )


def _rejected_row(row: RejectedRow) -> tuple[str, ...]:
    # a pasted line's detail is the reason's code, already worded in the reason column
    detail = "" if row.problem == Problem.UNREADABLE_LINE else row.detail
    return (str(row.line), problem_text(row), detail, " | ".join(row.cells))


class ImportPreviewDialog(QDialog):
    """The preview of one file or paste; ``mapping_changed`` tells the caller to remember the
    user's column roles for the next file with the same headers."""

    mapping_changed = Signal(object)

    def __init__(self, preview: ImportPreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.mapping = preview.mapping  # as the drop-downs show it, maybe not yet sorted by
        self._resort = None
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(900, 600)
        self.warnings = QLabel()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060;"
            " border-radius: 3px; padding: 6px; }"
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.mapping_combos: list[QComboBox] = []
        self.mapping_area = self._mapping_panel(preview)
        self.accepted_view = QTableView()
        self.rejected_view = QTableView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.accepted_view, "")
        self.tabs.addTab(self.rejected_view, "")
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.summary)
        if self.mapping_area is not None:
            layout.addWidget(self.mapping_area)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self._show(preview)
        if not preview.accepted and preview.rejected:
            self.tabs.setCurrentIndex(1)

    # --- the mapping step -------------------------------------------------------------------

    def _mapping_panel(self, preview: ImportPreview) -> QScrollArea | None:
        if preview.table is None or not preview.headers:
            return None  # a chat paste has no columns to map
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(self.tr("Column")), 0, 0)
        grid.addWidget(QLabel(self.tr("Is")), 1, 0)
        grid.addWidget(QLabel(self.tr("Example")), 2, 0)
        sample = next(
            (
                row
                for row in preview.table.rows[:20]
                if sum(1 for c in row if c not in (None, "")) > 1
            ),
            preview.table.rows[0] if preview.table.rows else [],
        )
        for position, header in enumerate(preview.headers):
            title = QLabel(f"<b>{_escape(_short(header)) or '#' + str(position + 1)}</b>")
            title.setToolTip(header)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setObjectName(f"mappingCombo{position}")
            current = (
                preview.mapping.roles[position]
                if position < len(preview.mapping.roles)
                else ColumnRole()
            )
            money = header_currency(header)
            choices = [ColumnRole(IGNORE)] + [
                ColumnRole(role, currency=money if role == "price" else None) for role in ROLES
            ]
            if current.role == "reach" and current.window_hours:
                choices.insert(choices.index(ColumnRole("reach")), current)
            if current.role == FORMAT_PRICE:
                choices.insert(1, current)
            fmt = header_format(header)
            if fmt is not None and current.role != FORMAT_PRICE:
                choices.insert(1, ColumnRole(FORMAT_PRICE, format=fmt, currency=money))
            if current not in choices:  # remembered with another currency
                choices.append(current)
            for choice in choices:
                combo.addItem(role_text(choice), choice.key)
            combo.setCurrentIndex(choices.index(current))
            combo.currentIndexChanged.connect(
                lambda _i, p=position, c=combo: self._role_chosen(
                    p, ColumnRole.from_key(c.currentData())
                )
            )
            cell = sample[position] if position < len(sample) else None
            example = QLabel(_escape(_short(cell)))
            example.setStyleSheet("color: palette(mid);")
            grid.addWidget(title, 0, position + 1)
            grid.addWidget(combo, 1, position + 1)
            grid.addWidget(example, 2, position + 1)
            self.mapping_combos.append(combo)
        grid.setColumnStretch(len(preview.headers) + 1, 1)
        area = QScrollArea()
        area.setObjectName("mappingStep")
        area.setWidget(panel)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.StyledPanel)
        area.setFixedHeight(panel.sizeHint().height() + 24)
        return area

    def _role_chosen(self, position: int, role: ColumnRole) -> None:
        mapping = self.mapping.with_role(position, role)
        self.mapping = mapping
        # a role moved off another column: show that column as ignored now
        for other, combo in enumerate(self.mapping_combos):
            wanted = mapping.roles[other].key
            if combo.currentData() != wanted:
                combo.blockSignals(True)
                index = combo.findData(wanted)
                combo.setCurrentIndex(index if index >= 0 else 0)
                combo.blockSignals(False)
        self.mapping_changed.emit(mapping)
        if self._resort is not None:
            self._resort.cancel()  # an earlier choice still being sorted is out of date
            self._resort = None
        table = self.preview.table
        if table is None or len(table.rows) <= SORT_ON_UI_THREAD_ROWS:
            self._show(rebuild_preview(self.preview, mapping))
            return
        # thousands of rows: sorted in a worker, the dialog says so and cannot import meanwhile
        base = self.preview
        self.import_button.setEnabled(False)
        self.summary.setText(
            self.tr("Sorting %1 rows with the new columns…").replace("%1", str(len(table.rows)))
        )
        self._resort = run_task(
            self,
            lambda: rebuild_preview(base, mapping),
            self._resorted,
            lambda error: self.summary.setText(str(error)),
        )

    def _resorted(self, preview: ImportPreview | None) -> None:
        self._resort = None
        if preview is not None and preview.mapping == self.mapping:
            self._show(preview)

    # --- what the preview says --------------------------------------------------------------

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        accepted, rejected = len(preview.accepted), len(preview.rejected)
        name = preview.path.name or self.tr("Pasted text")
        self.summary.setText(
            self.tr("%1: %2 rows will be imported, %3 rows are rejected.")
            .replace("%1", name)
            .replace("%2", str(accepted))
            .replace("%3", str(rejected))
        )
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
                    self.tr("Note"),
                ],
                accepted,
                lambda i: _accepted_row(preview.accepted[i]),
                self,
            )
        )
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
        self.tabs.setTabText(0, self.tr("To import (%1)").replace("%1", str(accepted)))
        self.tabs.setTabText(1, self.tr("Rejected (%1)").replace("%1", str(rejected)))
        warnings = self.warning_lines(preview)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        notes = []
        if preview.ignored_headers:
            notes.append(
                self.tr("Columns not imported: %1").replace(
                    "%1", ", ".join(f"«{h}»" for h in preview.ignored_headers)
                )
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.import_button.setText(self.tr("Import %1 rows").replace("%1", str(accepted)))
        self.import_button.setEnabled(accepted > 0 and not preview.missing)

    def warning_lines(self, preview: ImportPreview) -> list[str]:
        """What the user must see before importing: missing, doubtful and unused columns."""
        names = role_names()
        lines = []
        asked = {role for role, _ in preview.mapping.ambiguous}
        missing = [m for m in preview.missing if m not in asked]
        if missing:
            lines.append(
                self.tr("No column is marked as %1. Columns found: %2. Choose it above.")
                .replace("%1", " / ".join(f"«{names[m]}»" for m in missing))
                .replace("%2", preview.found_headers)
            )
        for role, positions in preview.mapping.ambiguous:
            lines.append(
                self.tr("Which column is «%1»? It could be %2: choose one above.")
                .replace("%1", names.get(role, role))
                .replace("%2", ", ".join(f"«{preview.headers[p]}»" for p in positions))
            )
        for unused in preview.unused_numbers:
            lines.append(
                self.tr(
                    "Column «%1» holds numbers but is not imported: if it is the reach or the "
                    "price, choose that above, or there will be no CPM."
                ).replace("%1", unused.header or f"#{unused.position + 1}")
            )
        if preview.window_mismatches:
            lines.append(
                self.tr(
                    "%1 quotes have a reach counted over another window than their format's; "
                    "the window is written in their note."
                ).replace("%1", str(preview.window_mismatches))
            )
        return lines


def _escape(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(value: object) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= 24 else text[:23] + "…"


def _format_label(draft) -> str:
    from pricing.parsing import Format

    return Format(draft.top_hours, draft.feed_hours, draft.native).label
