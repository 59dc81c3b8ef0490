"""Writes the corpus files that cannot be typed as UTF-8 text: cp1251 and CR-only CSV, XLSX, ODS.

Run from the repository root: python tests/data/import/make_binary.py
"""

import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).parent


def cp1251_files() -> None:
    (HERE / "03_cp1251_semicolon.csv").write_bytes(
        (
            "Ссылка на канал;Тематика;Цена за пост;Средний охват поста;Дата прайса;Комментарий\r\n"
            "@sad_i_ogorod;Дача;1 200 руб.;2 900;10.11.2025;торг уместен\r\n"
            "@tomaty_pro;Дача;800 руб.;1 700;10.11.2025;\r\n"
            "@urozhai;Дача;1 500 руб.;3 300;11.11.2025;«скидка» на второй пост\r\n"
        ).encode("cp1251")
    )
    (HERE / "06_wide_cp1251_native.csv").write_bytes(
        (
            "Канал;Ниша;Охват 24ч;1/24;1/48;без удаления;натив\r\n"
            "@mama_i_malysh;Дети;4 100;1 600;2 000;;2 500\r\n"
            "@detskiy_sad;Дети;2 300;900;;2 000;\r\n"
        ).encode("cp1251")
    )
    (HERE / "10_cr_only_lines.csv").write_bytes(
        "Канал;Цена;Охват;Формат\r@old_mac_excel;1000;2000;1/24\r@second_row;1100;2100;1/24\r".encode()
    )


def xlsx_files() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Канал", "Цена, руб.", "Охват (24 ч)", "Формат", "Дата"])
    sheet.append(["@pets_world", 1900, 4200, "1/24", datetime(2025, 11, 3)])
    sheet.append(["@cats_daily", 1250.0, 2600.0, "1/24", date(2025, 11, 4)])
    sheet.append(["@dogs_life", "1 100", "2 400", "2/48", "05.11.2025"])
    book.save(HERE / "16_xlsx_numbers_dates.xlsx")

    book = Workbook()
    sheet = book.active
    sheet.title = "Прайс"
    sheet.append(["Канал", "Охват", "1/24", "2/48", "Навсегда", "Подписчики"])
    sheet.append(["@kino_news", 7300, 3000, 4200, 9000, 61000])
    sheet.append(["@serials_ru", 4100, 1700, None, None, 35000])
    book.save(HERE / "17_xlsx_wide.xlsx")

    book = Workbook()
    sheet = book.active
    sheet.append(["Мой прайс (обновлено 01.11)"])
    sheet.append([])
    sheet.append(["Название", "Стоимость", "Просмотры", "Формат"])
    sheet.append(["@moda_style", 2700, 5100, "1/24"])
    book.save(HERE / "18_xlsx_title_row.xlsx")

    # a sheet that claims the whole grid: A1:XFD1048576
    book = Workbook()
    sheet = book.active
    sheet.append(["Канал", "Цена", "Охват"])
    sheet.append(["@big_dimension", 1000, 2500])
    path = HERE / "19_xlsx_huge_dimension.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet_xml.index("<dimension ref=")
    end = sheet_xml.index("/>", start) + 2
    parts["xl/worksheets/sheet1.xml"] = (
        sheet_xml[:start] + '<dimension ref="A1:XFD1048576"/>' + sheet_xml[end:]
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def ods_files() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    def cell(value=None, repeat=1):
        if value is None:
            made = TableCell()
        elif isinstance(value, int | float):
            made = TableCell(valuetype="float", value=value)
            made.addElement(P(text=str(value)))
        elif isinstance(value, date):
            made = TableCell(valuetype="date", datevalue=value.isoformat())
            made.addElement(P(text=value.strftime("%d.%m.%Y")))
        else:
            made = TableCell(valuetype="string")
            made.addElement(P(text=value))
        if repeat > 1:
            made.setAttribute("numbercolumnsrepeated", repeat)
        return made

    def save(name, rows, tail=False):
        document = OpenDocumentSpreadsheet()
        table = Table(name="Лист1")
        for values in rows:
            row = TableRow()
            for value in values:
                row.addElement(cell(value))
            if tail:  # LibreOffice writes the empty rest of a row as one repeated cell
                row.addElement(cell(None, repeat=16370))
            table.addElement(row)
        if tail:
            empty = TableRow(numberrowsrepeated=1048500)
            empty.addElement(cell(None, repeat=16384))
            table.addElement(empty)
        document.spreadsheet.addElement(table)
        document.save(str(HERE / name))

    save(
        "20_ods_basic.ods",
        [
            ["Канал", "Цена, ₽", "Охват за 48ч", "Формат", "Дата"],
            ["@science_pop", 2100, 4800, "2/48", date(2025, 10, 20)],
            ["@space_news", 1600, 3500, "2/48", date(2025, 10, 21)],
        ],
    )
    save(
        "21_ods_wide_repeated.ods",
        [
            ["Канал", "Охват 24ч", "1/24", "Без удаления"],
            ["@history_facts", 3900, 1500, 3500],
            ["@archeology", 2100, 800, None],
        ],
        tail=True,
    )


if __name__ == "__main__":
    cp1251_files()
    xlsx_files()
    ods_files()
