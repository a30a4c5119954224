"""The allocation tables' downloads read by software that is not ours: each XLSX opened with
openpyxl (as Excel-compatible tools read it) holds the same cells as the CSV beside it, with
numbers as numbers."""
import csv
import io

import openpyxl
import pytest

from probe import Client

TABLES = ["per-ordning-2027", "per-region-2027", "per-partnerskap-2027-rekom", "innstilling-2027-rekom"]


@pytest.mark.parametrize("name", TABLES)
def test_xlsx_opens_in_openpyxl_with_the_csv_cells(server, name):
    forum = Client(server.port).login("forum@demo.no")
    status, headers, text = forum.get(f"/samarbeidsforum/2027/eksport/{name}.csv")
    assert status == 200 and headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    status, headers, _ = forum.get(f"/samarbeidsforum/2027/eksport/{name}.xlsx")
    assert status == 200
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    book = openpyxl.load_workbook(io.BytesIO(forum.last_body))
    sheet = book.worksheets[0]
    cells = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert len(cells) == len(rows)
    # A share is a percentage in the CSV ("85,71") and a fraction shown as one in the XLSX.
    shares = [header.startswith("Andel") for header in rows[0]]
    numbers = 0
    for xlsx_row, csv_row in zip(cells, rows):
        assert len([c for c in xlsx_row if c is not None]) <= len(csv_row)
        for value, text, share in zip(xlsx_row, csv_row, shares):
            if isinstance(value, (int, float)):
                numbers += 1
                expected = float(text.replace(",", ".")) / (100 if share else 1)
                assert abs(value - expected) < 0.0005, f"{name}: {value} ≠ {text}"
            else:
                assert (value or "") == text, f"{name}: {value!r} ≠ {text!r}"
    assert numbers > 0, f"{name}: no numeric cells"
    forum.close()
