"""How long the importer takes on hostile files and on big ones, in every format.

Run from the repository root:

    .venv/bin/python bench/bench_import_hostile.py

Each line is one file: its size, what the importer answered (a preview or its own error code) and
the seconds it took. Budget: every hostile file answered in < 5 s (the old importer took 313 s on
an XLSX claiming A1:XFD1048576 and 26 s on a header of a million commas). A 10,000-row sheet is
read and sorted in CSV, XLSX and ODS, and re-sorted after a column changes role (the mapping
step does that in a worker past 2,000 rows). Exits 1 when a hostile file misses the budget.
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_S = 5.0
NOW = datetime(2025, 12, 1, tzinfo=UTC)


def _patch_sheet(path: Path, change) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def hostile_files(folder: Path) -> list[Path]:
    from openpyxl import Workbook

    files = []
    commas = folder / "million_commas.csv"
    commas.write_text("Канал,Цена" + ",x" * 1_000_000 + "\n@one_two,100\n", encoding="utf-8")
    files.append(commas)
    field = folder / "huge_field.csv"
    field.write_text('Канал;Цена;Note\n@one_two;100;"' + "x" * 300_000 + '"\n', "utf-8")
    files.append(field)
    cr = folder / "cr_only.csv"
    cr.write_bytes(b"Channel;Price\r" + b"@one_two;100\r" * 50_000)
    files.append(cr)
    mojibake = folder / "one_bad_byte.csv"
    raw = bytearray(("Канал;Цена;Примечание\n" + "@kripto_x;100;Крипто\n" * 1141).encode())
    raw[60] = 0xFF
    mojibake.write_bytes(bytes(raw))
    files.append(mojibake)

    def book(name: str) -> Path:
        workbook = Workbook()
        workbook.active.append(["Канал", "Цена"])
        workbook.active.append(["@one_two", 100])
        path = folder / name
        workbook.save(path)
        return path

    dimension = book("xfd_dimension.xlsx")
    _patch_sheet(dimension, lambda xml: xml.replace(b'ref="A1:B2"', b'ref="A1:XFD1048576"'))
    files.append(dimension)
    far = book("far_row.xlsx")
    _patch_sheet(
        far,
        lambda xml: xml.replace(
            b"</sheetData>",
            b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
            b"</sheetData>",
        ),
    )
    files.append(far)
    bomb = book("note_bomb.xlsx")
    _patch_sheet(
        bomb,
        lambda xml: xml.replace(
            b"</sheetData>",
            b'<row r="3"><c r="A3" t="inlineStr"><is><t>'
            + b"x" * 200_000_000
            + b"</t></is></c></row></sheetData>",
        ),
    )
    files.append(bomb)
    broken = book("parse_error.xlsx")
    _patch_sheet(broken, lambda xml: b"<worksheet><sheetData><row><c")
    files.append(broken)
    return files


def big_files(folder: Path) -> list[Path]:
    from openpyxl import Workbook

    rows = [["Канал", "Цена, ₽", "Охват 24ч", "Формат", "Примечание"]] + [
        [f"@channel_{i:05d}", 1000 + i, 2000 + i, "1/24", "заметка"] for i in range(10_000)
    ]
    csv_path = folder / "big.csv"
    csv_path.write_text("\n".join(";".join(map(str, r)) for r in rows) + "\n", "utf-8")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(row)
    xlsx_path = folder / "big.xlsx"
    workbook.save(xlsx_path)
    ods_path = folder / "big.ods"
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="s">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(ods_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return [csv_path, xlsx_path, ods_path]


def main() -> int:
    from storage.import_headers import ColumnRole
    from storage.importexport import ImportFileError, read_preview, rebuild_preview

    slow = []
    with tempfile.TemporaryDirectory() as folder:
        for path in hostile_files(Path(folder)):
            started = time.perf_counter()
            try:
                preview = read_preview(path, now=NOW)
                answer = f"preview, {len(preview.accepted)} accepted"
            except ImportFileError as error:
                answer = f"ImportFileError({error.code})"
            seconds = time.perf_counter() - started
            slow += [path.name] if seconds > BUDGET_S else []
            size = path.stat().st_size
            print(f"{path.name:22} {size:>12,} B  {answer:32} {seconds:6.2f} s")
        for path in big_files(Path(folder)):
            started = time.perf_counter()
            preview = read_preview(path, now=NOW)
            read = time.perf_counter() - started
            started = time.perf_counter()
            rebuild_preview(preview, preview.mapping.with_role(4, ColumnRole("niche")))
            resort = time.perf_counter() - started
            print(
                f"{path.name:22} {len(preview.accepted):>7} rows  read+sort {read:5.2f} s, "
                f"re-sort after a change {resort:5.2f} s"
            )
    if slow:
        print("over budget:", ", ".join(slow))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
