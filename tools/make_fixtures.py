#!/usr/bin/env python3
"""Writes the import test fixtures in tests/fixtures/ (committed; rerun to remake them):

- dti-2023-synthetic.xlsx: a DTI-like 2023 table of the 63 provinces as an official
  spreadsheet has it (a row number, the province's name as printed, a score, a rank).
  SYNTHETIC test data: the provinces whose DTI 2023 rank is published keep that rank;
  the others get the remaining ranks in alphabetical order, and scores fall with rank.
  It is never shipped and says nothing about any province.
- broken.csv: a table whose every row has a problem a person makes.

The XLSX is written by hand (zipfile + SpreadsheetML with inline strings), so no
spreadsheet package is needed.
"""
import csv
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "tests", "fixtures")


def provinces():
    with open(os.path.join(ROOT, "assets", "data", "provinces.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def published_ranks_2023():
    ranks = {}
    for name in ("dti.csv", "dti_campaign_2.csv"):
        with open(os.path.join(ROOT, "assets", "data", "observations", name), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["indicator"] == "dti-rank" and r["year"] == "2023" and r["group"] == "63" and r["kind"] == "actual":
                    ranks.setdefault(r["area"], int(r["value"]))
    return ranks


def column(ix):
    return chr(ord("A") + ix)


def cell(ref, value):
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def write_xlsx(path, sheet_name, rows):
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for n, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{column(i)}{n}", v) for i, v in enumerate(row))
        sheet.append(f'<row r="{n}">{cells}</row>')
    sheet.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, text)


def main():
    os.makedirs(OUT, exist_ok=True)
    everyone = provinces()
    published = published_ranks_2023()
    by_code = {p["code"]: p for p in everyone}
    taken = set(published.values())
    free = iter(r for r in range(1, 64) if r not in taken)
    ranks = dict(published)
    for p in sorted(everyone, key=lambda p: p["slug"]):
        if p["code"] not in ranks:
            ranks[p["code"]] = next(free)
    rows = [["STT", "Tỉnh, thành phố", "Điểm DTI", "Xếp hạng DTI"]]
    for n, (code, rank) in enumerate(sorted(ranks.items(), key=lambda kv: kv[1]), start=1):
        name = by_code[code]["name_vi"]
        printed = name if n % 3 else f"Tỉnh {name}"  # as some official tables print it
        rows.append([n, printed, round(0.80 - rank * 0.005, 4), rank])
    write_xlsx(os.path.join(OUT, "dti-2023-synthetic.xlsx"), "DTI 2023", rows)
    with open(os.path.join(OUT, "broken.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("Tỉnh;Xếp hạng DTI 2023\nHải Dương;mười ba\nHà Nội;99\nHai Duongg;5\n;7\n")
    print(f"wrote {len(rows) - 1} rows to dti-2023-synthetic.xlsx and broken.csv")


if __name__ == "__main__":
    main()
