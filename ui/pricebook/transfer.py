"""The price book's spreadsheets: import of CSV/XLSX/ODS files and pasted text through the
preview dialog (read and written in a worker, one undoable step), and export of what is shown.

The preview dialog, the paste reader and the import memory are imported when first used: the
price book is built at every start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from storage.importexport import (
    ImportFileError,
    ImportPreview,
    commit_preview,
    export_csv,
    export_xlsx,
    read_preview,
)
from ui import settings as opt
from ui.workers import Task

translate = QCoreApplication.translate  # the texts belong to the price book area's catalogue


class ImportExportMixin:
    """Part of :class:`ui.pricebook.area.PriceBookArea` (its services, niche, table and undo
    stack)."""

    def _folder(self) -> str:
        return opt.LAST_FOLDER.read(self.services.settings) or str(Path.home())

    def import_file(self, path: str | None = None, encoding: str | None = None) -> None:
        if not path:
            path = self.services.dialogs.open_file(
                self,
                translate("PriceBookArea", "Import price book"),
                self._folder(),
                translate(
                    "PriceBookArea",
                    "Spreadsheets (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel (*.xlsx);;"
                    "LibreOffice (*.ods)",
                ),
            )
        if not path:
            return
        opt.LAST_FOLDER.write(self.services.settings, str(Path(path).parent))
        self._last_import_path = path
        storage = self.services.storage
        progress = self._progress(
            translate("PriceBookArea", "Reading %1…").replace("%1", Path(path).name)
        )
        inputs = self._preview_inputs()

        def work(report, cancelled):
            return read_preview(
                path, storage, **inputs, progress=report, cancelled=cancelled, encoding=encoding
            )

        self._run(work, progress, self._show_preview)

    def paste_quotes(self, text: str | None = None) -> None:
        """Quotes from text copied from a chat or a spreadsheet, through the import preview."""
        if text is None:
            from PySide6.QtGui import QGuiApplication

            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.services.dialogs.info(
                self,
                translate("PriceBookArea", "Paste quotes"),
                translate(
                    "PriceBookArea",
                    "Copy a chat message with prices (“@channel — 1/24 1500₽, охват 3,2к”) or "
                    "cells of a spreadsheet, then paste again.",
                ),
            )
            return
        storage = self.services.storage
        progress = self._progress(translate("PriceBookArea", "Reading pasted text…"))
        from storage.import_paste import preview_from_text

        inputs = self._preview_inputs()

        def work(report, cancelled):
            return preview_from_text(text, storage, **inputs)

        self._run(work, progress, self._show_preview)

    def _preview_inputs(self) -> dict:
        """What a file and a paste are read with alike: the niche the quotes go to (its name and
        currency), the columns the user matched before, the note for a reach's window."""
        from ui import import_memory

        niche = self.service.niche(self.niche_id)
        return {
            "default_niche": niche.name if niche else None,
            "default_currency": niche.currency if niche else "RUB",
            "remembered": import_memory.remembered(self.services.settings),
            "window_note": translate("PriceBookArea", "reach over %1 h").replace("%1", "{hours}"),
        }

    def _show_preview(self, preview: ImportPreview | None) -> None:
        if preview is None:
            return
        from ui import import_memory
        from ui.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(preview, self)
        dialog.mapping_changed.connect(
            lambda mapping: import_memory.remember(
                self.services.settings, dialog.preview.headers, mapping
            )
        )
        dialog.accepted.connect(lambda: self.commit_import(dialog.preview))
        self.preview_dialog = dialog
        dialog.open()

    def commit_import(self, preview: ImportPreview) -> None:
        storage = self.services.storage
        progress = self._progress(
            translate("PriceBookArea", "Importing %1 rows…").replace(
                "%1", str(len(preview.accepted))
            )
        )

        def work(report, cancelled):
            return commit_preview(storage, preview, progress=report, cancelled=cancelled)

        from ui.commands import ImportQuotes

        def done(added: list[int]) -> None:
            self.last_import_added = len(added)
            if added:  # a cancelled import wrote nothing and is no step to undo
                self.undo_stack.push(
                    ImportQuotes(storage.quotes, added, preview.path.name, self._changed)
                )

        self._run(work, progress, done)

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, translate("PriceBookArea", "Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    def _run(self, work, progress: QProgressDialog, on_done) -> None:
        task = Task(work, self)
        self._task = task

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(result) -> None:
            progress.reset()
            self._task = None
            on_done(result)

        def failed(error: Exception) -> None:
            progress.reset()
            self._task = None
            if isinstance(error, ImportFileError) and error.code == "encoding_unclear":
                self._ask_encoding()
                return
            self.services.dialogs.error(
                self, translate("PriceBookArea", "Import failed"), self._error_text(error)
            )

        task.progressed.connect(report)
        task.finished.connect(finished)
        task.failed.connect(failed)
        progress.canceled.connect(task.cancel)
        task.start()

    def _ask_encoding(self) -> None:
        """A file that is neither clean UTF-8 nor plausible Windows-1251: the user decides."""
        path = getattr(self, "_last_import_path", "")
        if path and self.services.dialogs.confirm(
            self,
            translate("PriceBookArea", "Unclear text encoding"),
            translate(
                "PriceBookArea",
                "“%1” is neither clean UTF-8 nor Windows-1251 text, so some letters may come "
                "out wrong. Read it as UTF-8 and mark the unreadable characters? Check the "
                "preview before importing; or save the file from your spreadsheet as "
                "“CSV UTF-8” and import that.",
            ).replace("%1", Path(path).name),
        ):
            self.import_file(path, encoding="utf-8")

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ImportFileError):
            texts = {
                "empty": translate("PriceBookArea", "The file is empty."),
                "too_big": translate(
                    "PriceBookArea", "The file is too big to import (%1)."
                ).replace("%1", error.detail),
                "too_many_rows": translate(
                    "PriceBookArea", "The file has more than %1 rows; split it into smaller files."
                ).replace("%1", error.detail),
                "too_many_columns": translate(
                    "PriceBookArea", "The file has too many columns (%1)."
                ).replace("%1", error.detail),
                "cell_too_long": translate(
                    "PriceBookArea",
                    "A cell of the file is longer than any price book entry (line %1).",
                ).replace("%1", error.detail),
                "no_sheet": translate("PriceBookArea", "The spreadsheet has no sheet to read."),
                "not_a_table": translate(
                    "PriceBookArea", "The file is not a CSV, XLSX or ODS table."
                ),
                "encoding_unclear": translate(
                    "PriceBookArea", "The text encoding of the file is unclear."
                ),
            }
            if error.code in texts:
                return texts[error.code]
            return translate(
                "PriceBookArea", "The file cannot be read as CSV, XLSX or ODS: %1"
            ).replace("%1", error.detail)
        return str(error)

    def export_file(self, path: str | None = None) -> int:
        if not path:
            path = self.services.dialogs.save_file(
                self,
                translate("PriceBookArea", "Export price book"),
                str(Path(self._folder()) / "price_book.xlsx"),
                translate("PriceBookArea", "Excel (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return 0
        records = [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).record
            for r in range(self.proxy.rowCount())
        ]
        language = "ru" if translate("PriceBookArea", "Channel") == "Канал" else "en"
        try:
            if path.lower().endswith(".csv"):
                count = export_csv(path, records, language)
            else:
                if not path.lower().endswith(".xlsx"):
                    path += ".xlsx"
                count = export_xlsx(path, records, language)
        except OSError as error:
            self.services.dialogs.error(
                self, translate("PriceBookArea", "Export failed"), str(error)
            )
            return 0
        opt.LAST_FOLDER.write(self.services.settings, str(Path(path).parent))
        return count
