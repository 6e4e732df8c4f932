#!/usr/bin/env python3
"""Merges the second research round (../shared/data/dti_campaign_2.csv) into
assets/data/observations/dti_campaign_2.csv and adds its sources to sources.csv (issue 13).

The committed CSV files stay the source of truth; this script records how the rows were
chosen. Run it once; `cargo test` then checks every row (the build refuses a file that
does not load). Left out, and why, is printed and listed in docs/data.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from import_data import DTI_PARTS, OUT, SHARED  # noqa: E402

COMPILATION = "https://huggingface.co/datasets/letrinhan/vn-dti-provincial"
HA_TINH = "https://baohatinh.vn/ha-tinh-ra-mat-cong-thong-tin-dien-tu-thuc-hien-nghi-quyet-so-57-post291826.html"
QUANG_BINH = "https://quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/1650536704935/1700119887797"
HA_GIANG = "http://tothethao.com/bong-da_ha-giang-phan-dau-vao-nhom-20-tinh-dan-dau-ve-chuyen-doi-so-765073.html"

# (id, kind, title, publisher, published, url). No stored copy of the two press and
# portal pages shows their headline: "(không rõ tiêu đề)" rather than a made-up title.
SOURCES = {
    COMPILATION: ("hf-letrinhan-vn-dti-provincial", "compilation", "Bộ dữ liệu DTI cấp tỉnh do letrinhan tổng hợp",
                  "Hugging Face – tổng hợp của bên thứ ba", "", COMPILATION),
    HA_TINH: ("baohatinh-ha-tinh-ra-mat-cong-thong-tin", "press", "(không rõ tiêu đề)", "Báo Hà Tĩnh", "", HA_TINH),
    QUANG_BINH: ("quangbinh-dti-2022", "provincial", "(không rõ tiêu đề)", "Cổng thông tin điện tử tỉnh Quảng Bình",
                 "2023-11-16", QUANG_BINH),
}
NOTES = {
    COMPILATION: "secondary: third-party compilation, used where no publisher's figure is at hand",
    HA_TINH: "year not printed: DTI 2023 inferred (published May 2025 for 63 provinces; up 12 places from the official 2022 rank 37)",
    QUANG_BINH: "the page says 'Năm 2023' but is dated 2023-11-16, before DTI 2023 was published; rank 46 equals the official DTI 2022 table: DTI 2022",
}
INFERRED_YEAR = {HA_TINH, QUANG_BINH}
# Rows whose rank another source, which prints its year, gives to another area.
CONTRADICTED = {
    ("dti-awareness-rank", "VN-23", "2023"): "rank 1 in digital awareness is Đà Nẵng's in DTI 2023 (Báo Mới, year printed); this page's year is inferred",
}


def indicator_of(metric):
    base, kind = metric.rsplit("_", 1)
    return f"{DTI_PARTS[base][0]}-{'score' if kind == 'value' else 'rank'}"


def main():
    with open(os.path.join(SHARED, "dti_campaign_2.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out, left_out = [], []
    for r in rows:
        url = r["source_url"]
        if r["metric"] == "dti_points_1000_scale":
            left_out.append((r, "a score on the 1,000-point scale: not the 0–1 DTI score, and not converted"))
            continue
        if url == HA_GIANG:
            left_out.append((r, "the year is a guess from the context of a low-quality mirror page (the research says: verify before use)"))
            continue
        iid = indicator_of(r["metric"])
        if (iid, r["iso_3166_2"], r["dti_year"]) in CONTRADICTED:
            left_out.append((r, CONTRADICTED[(iid, r["iso_3166_2"], r["dti_year"])]))
            continue
        group = r["ranking_group"] if iid.endswith("-rank") else ""
        quote = " ".join(r["quote"].split())
        out.append((iid, r["iso_3166_2"], r["dti_year"], "", "actual", r["value"], r["value_as_printed"], group, "",
                    SOURCES[url][0], quote, NOTES[url], "inferred" if url in INFERRED_YEAR else ""))
    out.sort(key=lambda o: (o[0], o[2], o[1], o[9]))
    header = ["indicator", "area", "year", "part", "kind", "value", "printed", "group", "tie", "source", "quote", "note", "year_basis"]
    with open(os.path.join(OUT, "observations", "dti_campaign_2.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(out)
    path = os.path.join(OUT, "sources.csv")
    with open(path, encoding="utf-8") as f:
        sources = list(csv.reader(f))
    known = {s[0] for s in sources[1:]}
    added = [list(s) + [""] for s in SOURCES.values() if s[0] not in known]
    order = {"official": 0, "provincial": 1, "press": 2, "article": 3, "compilation": 4}
    body = sorted(sources[1:] + added, key=lambda s: (order[s[1]], s[0]))
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(sources[0])
        w.writerows(body)
    print(f"{len(out)} rows written, {len(added)} sources added")
    for r, why in left_out:
        print(f"left out: {r['iso_3166_2']} {r['dti_year']} {r['metric']} {r['value_as_printed']}: {why}")


if __name__ == "__main__":
    main()
