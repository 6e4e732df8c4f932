#!/usr/bin/env python3
"""One-time import of data v1 from ../shared/data into assets/data/*.csv.

The committed CSV files are the source of truth; this script records how
they were first produced (issue 2) and is not part of the build. Re-running
it overwrites hand edits, so later additions are made in the CSV files.
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "data")
OUT = os.path.join(HERE, "..", "assets", "data")

REGIONS = {
    "northern-midlands-mountains": "VN-03 VN-04 VN-53 VN-09 VN-07 VN-69 VN-68 VN-54 VN-02 VN-06 VN-01 VN-71 VN-05 VN-14",
    "red-river-delta": "VN-HN VN-HP VN-13 VN-70 VN-56 VN-61 VN-66 VN-20 VN-63 VN-67 VN-18",
    "north-central-coast": "VN-21 VN-22 VN-23 VN-24 VN-25 VN-26 VN-DN VN-27 VN-29 VN-31 VN-32 VN-34 VN-36 VN-40",
    "central-highlands": "VN-28 VN-30 VN-33 VN-72 VN-35",
    "southeast": "VN-SG VN-39 VN-43 VN-57 VN-58 VN-37",
    "mekong-delta": "VN-CT VN-41 VN-46 VN-50 VN-51 VN-49 VN-45 VN-44 VN-47 VN-73 VN-52 VN-55 VN-59",
}
REGION_OF = {code: region for region, codes in REGIONS.items() for code in codes.split()}

# Names where the ISO table's spelling is not the one the app shows.
NAME_VI_FIX = {"VN-47": "Kiên Giang", "VN-26": "Thừa Thiên Huế", "VN-43": "Bà Rịa – Vũng Tàu", "VN-SG": "TP. Hồ Chí Minh"}
NAME_EN_FIX = {"VN-SG": "Ho Chi Minh City", "VN-43": "Ba Ria – Vung Tau", "VN-26": "Thua Thien Hue"}
SLUG_FIX = {"VN-SG": "ho-chi-minh"}

SOURCES = [
    # id, url prefix as in shared/data, title, publisher, published
    ("mic-dti-2022", "https://dti.gov.vn/xep-hang-2022", "Báo cáo xếp hạng Đánh giá mức độ chuyển đổi số năm 2022", "Bộ Thông tin và Truyền thông", "", "https://dti.gov.vn/xep-hang-2022"),
    ("mic-dti-home-2021", "https://dti.gov.vn/ ", "Tổng thể xếp hạng chỉ số chuyển đổi số cấp tỉnh (DTI 2021)", "Bộ Thông tin và Truyền thông", "", "https://dti.gov.vn/"),
    ("mic-dti-home-2021", "https://dti.gov.vn/", "", "", "", ""),
    ("baohaiduong-dti-2020", "https://tab.baohaiduong.vn/", "Hải Dương xếp thứ 14 về chỉ số chuyển đổi số năm 2020", "Báo Hải Dương", "", None),
    ("uongbi-dti-2020", "http://uongbi.gov.vn/", "Quảng Ninh đứng thứ 4 bảng xếp hạng chuyển đổi số năm 2020", "Cổng thông tin điện tử TP Uông Bí", "", None),
    ("dangcongsan-bacninh-dti-2020", "https://en.dangcongsan.vn/", "Bac Ninh's provincial digital transformation index ranked third nationwide", "Communist Party of Vietnam Online Newspaper", "", None),
    ("vietjo-dti-2020", "https://www.viet-jo.com/", "DTI 2020: 地方別のトップ10 (provincial top 10 and bottom 3)", "VIETJO ベトナムニュース", "2021-10-21", None),
    ("baothanhhoa-dti-2020", "https://baothanhhoa.vn/", "Động lực thúc đẩy chuyển đổi số", "Báo Thanh Hóa", "", None),
    ("daidoanket-thanhhoa-dti-2021", "https://daidoanket.vn/", "Thanh Hóa tăng 3 bậc trên bảng xếp hạng chuyển đổi số năm 2021", "Báo Đại Đoàn Kết", "", None),
    ("thoibaotaichinh-dti-2021", "https://thoibaotaichinhvietnam.vn/", "Da Nang, Finance Ministry top digital transformation index", "Thời báo Tài chính Việt Nam", "", None),
    ("travinh-dti-2022", "https://travinh.gov.vn/", "Đánh giá mức độ chuyển đổi số năm 2022: Trà Vinh xếp hạng 25/63 tỉnh, thành phố", "Cổng thông tin điện tử tỉnh Trà Vinh", "", None),
    ("tuoitrethudo-quangninh-dti-2022", "https://tacnghiep.tuoitrethudo.vn/", "Quảng Ninh xếp thứ 3 bảng xếp hạng DTI năm 2022", "Báo Tuổi trẻ Thủ đô", "", None),
    ("kinhdoanhvatiepthi-dti-2022", "https://kinhdoanhvatiepthi.vn/", "Xếp hạng đánh giá chuyển đổi số của các bộ, ngành, địa phương", "Kinh doanh và Tiếp thị", "", None),
    ("baomoi-danang-dti-2023", "https://baomoi.net.vn/da-nang", "Đà Nẵng tiếp tục dẫn đầu cả nước về chuyển đổi số", "Báo Mới", "", None),
    ("baomoi-quangngai-dti-2023", "https://baomoi.net.vn/quang-ngai", "Quảng Ngãi tăng 5 bậc trong đánh giá chuyển đổi số", "Báo Mới", "", None),
    ("nguoihanoi-dti-2023", "https://nguoihanoi.vn/", "Hà Nội xếp thứ 6 về chỉ số chuyển đổi số cấp tỉnh", "Người Hà Nội", "", None),
    ("laodong-thanhhoa-dti-2023", "https://news.laodong.vn/", "Thanh Hóa thăng hạng về chuyển đổi số", "Lao Động", "", None),
    ("baodanang-dti-2024", "https://demo1022.hasontech.vn/", "DTI 2024: Da Nang results before and after the merger (reprint of Đà Nẵng newspaper)", "Báo Đà Nẵng (reprint)", "", None),
]

INDICATORS = [
    ("dti-score", "Chỉ số chuyển đổi số (DTI) – điểm", "Digital Transformation Index (DTI) – score", "score", "higher", "overall",
     "Điểm tổng hợp DTI cấp tỉnh do Bộ Thông tin và Truyền thông công bố, thang 0–1.",
     "Provincial DTI composite score published by the Ministry of Information and Communications, on a 0–1 scale."),
    ("dti-rank", "Chỉ số chuyển đổi số (DTI) – thứ hạng", "Digital Transformation Index (DTI) – rank", "rank", "lower", "overall",
     "Thứ hạng DTI cấp tỉnh trong 63 tỉnh, thành phố; hạng 1 là cao nhất.",
     "Provincial DTI rank among the 63 provinces; rank 1 is the best."),
]
for pid, vi, en in (("government", "Chính quyền số", "Digital government"),
                    ("economy", "Kinh tế số", "Digital economy"),
                    ("society", "Xã hội số", "Digital society")):
    INDICATORS.append((f"dti-{pid}-score", f"{vi} – điểm", f"{en} – score", "score", "higher", pid,
                       f"Điểm trụ cột {vi.lower()} của DTI cấp tỉnh, thang 0–1.",
                       f"Score of the DTI {en.lower()} pillar, on a 0–1 scale."))
    INDICATORS.append((f"dti-{pid}-rank", f"{vi} – thứ hạng", f"{en} – rank", "rank", "lower", pid,
                       f"Thứ hạng trụ cột {vi.lower()} của DTI trong 63 tỉnh, thành phố; hạng 1 là cao nhất.",
                       f"Rank of the DTI {en.lower()} pillar among the 63 provinces; rank 1 is the best."))

METRIC = {"dti_value": "dti-score", "dti_rank": "dti-rank",
          "cqs_value": "dti-government-score", "cqs_rank": "dti-government-rank",
          "kts_value": "dti-economy-score", "kts_rank": "dti-economy-rank",
          "xhs_value": "dti-society-score", "xhs_rank": "dti-society-rank"}


def ascii_fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def source_id(raw):
    for sid, prefix, *_ in SOURCES:
        if raw.startswith(prefix):
            return sid
    sys.exit(f"no source for {raw!r}")


def source_url(raw):
    return raw.split(" ")[0]


def read(name):
    with open(os.path.join(SHARED, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def number(value, unit):
    return str(int(float(value))) if unit == "rank" else f"{float(value):.4f}"


def main():
    provinces = []
    for row in read("iso3166_2_vn_63.csv"):
        code = row["iso_3166_2"]
        vi = NAME_VI_FIX.get(code, row["name_pycountry"]).replace("Thừa Thiên-Huế", "Thừa Thiên Huế")
        en = NAME_EN_FIX.get(code, ascii_fold(vi))
        slug = SLUG_FIX.get(code, slugify(vi.replace("TP. ", "")))
        provinces.append((code, slug, vi, en, REGION_OF[code]))
    assert len(provinces) == 63 and len({p[1] for p in provinces}) == 63
    write("provinces.csv", ["code", "slug", "name_vi", "name_en", "region"], sorted(provinces, key=lambda p: p[1]))
    write("indicators.csv", ["id", "name_vi", "name_en", "unit", "better", "pillar", "description_vi", "description_en"], INDICATORS)

    unit_of = {i[0]: i[3] for i in INDICATORS}
    obs, used = [], {}

    def add(indicator, code, year, value, raw_source, quote):
        sid = source_id(raw_source)
        used.setdefault(sid, source_url(raw_source))
        obs.append((indicator, code, year, number(value, unit_of[indicator]), sid, quote))

    for row in read("dti_2022_rank_63.csv"):
        add("dti-rank", row["iso_3166_2_helper_mapped"], "2022", row["dti_rank"], row["source"],
            f"{row['dti_rank']} {row['province_as_printed']}")
    for row in read("dti_2021_top17_with_pillars.csv"):
        for key, prefix in (("dti", "dti"), ("cqs", "dti-government"), ("kts", "dti-economy"), ("xhs", "dti-society")):
            printed = row[f"as_printed_{key}"]
            rank_col = "dti_rank" if key == "dti" else f"{key}_rank"
            value_col = "dti_value" if key == "dti" else f"{key}_value"
            prefix = "dti" if key == "dti" else prefix
            add(f"{prefix}-rank", row["iso_3166_2_helper_mapped"], "2021", row[rank_col], row["source"], f"{row['province_as_printed']} {printed}")
            add(f"{prefix}-score", row["iso_3166_2_helper_mapped"], "2021", row[value_col], row["source"], f"{row['province_as_printed']} {printed}")
    for row in read("dti_point_facts.csv"):
        code, metric = row["iso_3166_2_helper_mapped"], row["metric"]
        if row["ranking_group"] != "63" or not code or metric not in METRIC:
            continue
        if row["source"].startswith("004_"):
            continue  # the article does not say which year had which rank
        add(METRIC[metric], code, row["year"], row["value"], row["source"], row["quote_or_note"])

    obs.sort(key=lambda o: (o[0], o[2], o[1], o[4]))
    write("observations.csv", ["indicator", "province", "year", "value", "source", "quote"], obs)

    sources = []
    for sid, _prefix, title, publisher, published, url in SOURCES:
        if sid in used and title:
            sources.append((sid, title, publisher, published, url or used[sid]))
    write("sources.csv", ["id", "title", "publisher", "published", "url"], sources)
    print(f"{len(provinces)} provinces, {len(INDICATORS)} indicators, {len(sources)} sources, {len(obs)} observations")


if __name__ == "__main__":
    main()
