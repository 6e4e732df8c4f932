#!/usr/bin/env python3
"""Imports the third research round (complete publisher tables) into assets/data/.

Usage:  python3 tools/import_round3.py [ROUND3_DIR]
        ROUND3_DIR defaults to <repo>/../shared/data/round3

Python 3 standard library only. Deterministic: the same inputs give byte-identical outputs,
and the script can be run again (it replaces the rows it added before instead of adding them
twice). It reads

    ROUND3_DIR/dti_campaign_3.csv, pci_vcci_2005_2019.csv, papi_2011_2024.csv,
    context_gso_population_area_income.csv
    assets/data/provinces.csv, units_2025.csv, indicators.csv, sources.csv

and writes

    assets/data/tables/{dti,pci,papi,gso}.csv   one row per value of a publisher's table:
        indicator,area,year,value,printed,group,source,row,note
    assets/data/tables/derived_ranks.csv      ranks the loader derives from a complete score table
    assets/data/tables/method_breaks.csv      where an index changed its method
    assets/data/tables/missing.csv            province-years the publishers left out
    assets/data/former_units.csv              Hà Tây (PCI 2005–2008)
    assets/data/sources.csv                   + one source per publisher table x copy, and three new
                                              last columns copy_repo,copy_path,copy_commit
                                              (empty for the rows that were there before)
    assets/data/indicators.csv                + the new PCI, PAPI and GSO indicator ids

Areas: `VN-xx` (pre-2025 province, from the round-3 `iso_3166_2`/`geo_code`), `2025:<slug>`
(a post-2025 unit; the 34 printed names of the DTI 2024 34-unit table are matched to
units_2025.csv name_vi after folding diacritics and the "TP." prefix: each must match exactly one
unit), `former:ha-tay` (Hà Tây, no code).

Which DTI rows (dti_campaign_3.csv) are taken: only the publisher's tables copied by
Tuan04-D/opendx — the 63-province `dti_index` of 2022, 2023 and 2024 (frontend/public/*_map.json),
the complete 34-unit table of 2024 (dti_from_web.ipynb: rank, score, 8 main indices), and the
top/bottom-five rows of 2022 (data_processing.ipynb) and 2023 (dti_from_web.ipynb). Left out:
  - letrinhan/* (Hugging Face: vn-dti-provincial, vn-ict-provincial, vn-par-master,
    vn-sipas-provincial): a third party's compilation (secondary), and only the first rows of its
    viewer were read (not a table); the DTI 2020 part is already in observations/dti_campaign_2.csv;
  - datkai/news_vietnamnet: one sentence of a word-segmented news dataset (secondary, not a table);
  - press pages (baobariavungtau, baomoi, dantoctongiao, doanhnghieptiepthi, baogialai,
    petrotimes, thuonghieucongluan): single facts from articles, not tables; the press facts
    belong in observations/ (and mostly are there already).

Every value is checked: finite, within its unit's range (score 0–1, points 0–100, points10 0–10,
amount >= 0, rank 1..group), (indicator, area, year, source) unique. Any failure stops the script
before anything is written. Then it prints a coverage table and these checks (exit status 1 if
one fails, and nothing is written):
  - DTI 2023 and 2024 63-province means equal the published provincial averages 0.6783, 0.6961;
  - each 34-unit DTI 2024 score equals the mean of its former provinces' 2024 scores (±0.0001);
  - PCI printed ranks equal the competition ranking of the printed scores, every year with ranks;
  - DTI printed ranks (2022/2023 top/bottom five, 2024 34 units) equal the score order.
"""
import argparse
import collections
import csv
import io
import math
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "assets", "data")
TABLES = os.path.join(DATA, "tables")
DEFAULT_ROUND3 = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "round3"))

TABLE_COLUMNS = ["indicator", "area", "year", "value", "printed", "group", "source", "row", "note"]
SOURCE_NEW_COLUMNS = ["copy_repo", "copy_path", "copy_commit"]
HA_TAY = "former:ha-tay"


class Fail(Exception):
    pass


def fail(msg):
    raise Fail(msg)


# ---------------------------------------------------------------------------------------------
# Indicator mappings

PCI_IDS = {
    "PCI_score": "pci-score",
    "PCI_rank": "pci-rank",
    "PCI_sub_entry_costs": "pci-entry-costs",
    "PCI_sub_land_access": "pci-land-access",
    "PCI_sub_transparency": "pci-transparency",
    "PCI_sub_time_costs": "pci-time-costs",
    "PCI_sub_informal_charges": "pci-informal-charges",
    "PCI_sub_policy_bias_equal_competition": "pci-fair-competition",
    "PCI_sub_proactivity": "pci-proactivity",
    "PCI_sub_business_support_services": "pci-business-support",
    "PCI_sub_labor_training": "pci-labour-training",
    "PCI_sub_legal_institutions": "pci-legal-institutions",
    "PCI_sub_law_and_order": "pci-law-and-order",
    "PCI_sub_soe_bias": "pci-soe-bias",
    "PCI_sub_implementation_of_central_policy": "pci-central-policy",
}
PAPI_IDS = {
    "PAPI_total_unweighted": "papi-total",
    "PAPI_total_weighted": "papi-total-weighted",
    "PAPI_d1_participation": "papi-participation",
    "PAPI_d2_transparency": "papi-transparency",
    "PAPI_d3_vertical_accountability": "papi-accountability",
    "PAPI_d4_control_of_corruption": "papi-corruption-control",
    "PAPI_d5_public_admin_procedures": "papi-procedures",
    "PAPI_d6_public_service_delivery": "papi-service-delivery",
    "PAPI_d7_environmental_governance": "papi-environment",
    "PAPI_d8_e_governance": "papi-egov",
    "PAPI_d8_sub_access_to_egov_portals": "papi-egov-portals",
    "PAPI_d8_sub_access_to_internet": "papi-egov-internet",
    "PAPI_d8_sub_e_responsiveness": "papi-egov-responsiveness",
}
GSO_IDS = {
    "GSO_area": "gso-area",
    "GSO_average_population": "gso-population",
    "GSO_population_density": "gso-density",
    "GSO_monthly_income_per_capita": "gso-income",
}
# DTI column of the copy -> (indicator id, column header as the table prints it)
DTI_IDS = {
    "dti_index": ("dti-score", "PDTI / Bộ chỉ số dành cho cấp Tỉnh"),
    "dti_rank": ("dti-rank", "Xếp hạng DTI"),
    "nhan_thuc_so_value": ("dti-awareness-score", "Chỉ số Nhận thức số"),
    "the_che_so_value": ("dti-institutions-score", "Chỉ số Thể chế số"),
    "ha_tang_so_value": ("dti-infrastructure-score", "Chỉ số Hạ tầng số"),
    "nhan_luc_so_value": ("dti-human-resources-score", "Chỉ số Nhân lực số"),
    "an_toan_thong_tin_mang_value": ("dti-cybersecurity-score", "Chỉ số An toàn thông tin mạng"),
    "hoat_dong_chinh_quyen_so_value": ("dti-government-activity-score", "Chỉ số Hoạt động chính quyền số"),
    "hoat_dong_kinh_te_so_value": ("dti-economy-activity-score", "Chỉ số Hoạt động kinh tế số"),
    "hoat_dong_xa_hoi_so_value": ("dti-society-activity-score", "Chỉ số Hoạt động xã hội số"),
}

# ---------------------------------------------------------------------------------------------
# New indicators (appended to indicators.csv)

PUB_PCI_VI, PUB_PCI_EN = "VCCI và USAID", "VCCI and USAID"
PUB_PAPI_VI, PUB_PAPI_EN = "CECODES, VFF-CRT, RTA và UNDP", "CECODES, VFF-CRT, RTA and UNDP"
PCI_BREAK_VI, PCI_BREAK_EN = "PCI đổi phương pháp từ năm 2017.", "PCI changed its method in 2017."
PAPI_BREAK_VI = "PAPI có 8 lĩnh vực từ năm 2018 (trước đó 6)."
PAPI_BREAK_EN = "PAPI has 8 dimensions from 2018 (6 before)."


def _pci_sub(iid, vi, en, when_vi, when_en, extra_vi="", extra_en=""):
    return (iid, f"PCI – {vi}", f"PCI – {en}", "points10", "higher", "competitiveness",
            f"Chỉ số thành phần PCI “{vi}” ({when_vi}) do {PUB_PCI_VI} công bố, thang 0–10{extra_vi}. {PCI_BREAK_VI}",
            f"PCI sub-index “{en}” ({when_en}), published by {PUB_PCI_EN}, on a 0–10 scale{extra_en}. {PCI_BREAK_EN}")


def _papi_dim(iid, vi, en, when_vi="", when_en="", extra_vi="", extra_en=""):
    w_vi = f" ({when_vi})" if when_vi else ""
    w_en = f" ({when_en})" if when_en else ""
    return (iid, f"PAPI – {vi}", f"PAPI – {en}", "points10", "higher", "governance",
            f"Lĩnh vực “{vi}”{w_vi} của PAPI do {PUB_PAPI_VI} công bố, thang 1–10 điểm.{extra_vi} {PAPI_BREAK_VI}",
            f"PAPI dimension “{en}”{w_en}, published by {PUB_PAPI_EN}, on a 1–10 scale.{extra_en} {PAPI_BREAK_EN}")


def _papi_sub(iid, vi, en, when_vi, when_en):
    return (iid, f"PAPI – {vi}", f"PAPI – {en}", "points10", "higher", "governance",
            f"Chỉ số nội dung thành phần “{vi}” của lĩnh vực Quản trị điện tử (PAPI) do {PUB_PAPI_VI} công bố "
            f"({when_vi}); thang khoảng 0,33–3,33 điểm (không phải 0–10). {PAPI_BREAK_VI}",
            f"Sub-dimension “{en}” of PAPI's e-governance dimension, published by {PUB_PAPI_EN} ({when_en}); "
            f"its scale is about 0.33–3.33 points (not 0–10). {PAPI_BREAK_EN}")


def _gso(iid, vi, en, better, desc_vi, desc_en):
    return (iid, vi, en, "amount", better, "context", desc_vi, desc_en)


NEW_INDICATORS = [
    _pci_sub("pci-law-and-order", "Thiết chế pháp lý và an ninh trật tự", "Law and order",
             "từ năm 2017, thay cho “Thiết chế pháp lý”", "from 2017, replacing “Legal institutions”"),
    _pci_sub("pci-soe-bias", "Ưu đãi đối với doanh nghiệp nhà nước", "Bias towards state-owned enterprises",
             "2005–2008", "2005–2008",
             "; như mọi chỉ số thành phần PCI, điểm cao hơn là tốt hơn",
             "; as for every PCI sub-index, a higher score is better"),
    _pci_sub("pci-central-policy", "Thực hiện chính sách của Trung ương", "Implementation of central policy",
             "chỉ năm 2005", "2005 only"),
    ("papi-total", "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) – tổng điểm",
     "Provincial Governance and Public Administration Performance Index (PAPI) – total score",
     "points", "higher", "governance",
     f"Tổng điểm PAPI không trọng số (tổng điểm các lĩnh vực) do {PUB_PAPI_VI} công bố: thang 6–60 điểm "
     f"đến năm 2017, 8–80 điểm từ năm 2018. {PAPI_BREAK_VI}",
     f"Unweighted PAPI total (the sum of the dimension scores), published by {PUB_PAPI_EN}: 6–60 points "
     f"until 2017, 8–80 points from 2018. {PAPI_BREAK_EN}"),
    ("papi-total-weighted", "PAPI – tổng điểm có trọng số", "PAPI – weighted total score",
     "points", "higher", "governance",
     f"Chỉ số PAPI tổng hợp có trọng số do {PUB_PAPI_VI} công bố (bảng chỉ số năm 2019 ghi thang 10–80 điểm; "
     f"tổng điểm không trọng số: 6–60 điểm đến năm 2017, 8–80 điểm từ năm 2018). {PAPI_BREAK_VI}",
     f"Weighted PAPI composite, published by {PUB_PAPI_EN} (the 2019 indicator table gives a 10–80 point "
     f"scale; the unweighted total is 6–60 points until 2017, 8–80 from 2018). {PAPI_BREAK_EN}"),
    _papi_dim("papi-participation", "Tham gia của người dân ở cấp cơ sở", "Participation at local levels"),
    _papi_dim("papi-transparency", "Công khai, minh bạch trong việc ra quyết định",
              "Transparency in local decision-making"),
    _papi_dim("papi-accountability", "Trách nhiệm giải trình với người dân", "Vertical accountability towards citizens"),
    _papi_dim("papi-corruption-control", "Kiểm soát tham nhũng trong khu vực công",
              "Control of corruption in the public sector"),
    _papi_dim("papi-procedures", "Thủ tục hành chính công", "Public administrative procedures"),
    _papi_dim("papi-service-delivery", "Cung ứng dịch vụ công", "Public service delivery"),
    _papi_dim("papi-environment", "Quản trị môi trường", "Environmental governance", "từ năm 2018", "from 2018"),
    _papi_dim("papi-egov", "Quản trị điện tử", "E-governance", "từ năm 2018", "from 2018",
              " Năm 2018 lĩnh vực này chỉ gồm 2 chỉ số nội dung thành phần (từ năm 2019: 3), không so sánh trực tiếp "
              "được với các năm sau.",
              " In 2018 it has only 2 sub-dimensions (3 from 2019): not directly comparable with later years."),
    _papi_sub("papi-egov-portals", "Sử dụng cổng thông tin điện tử của chính quyền địa phương",
              "Use of local government e-portals", "từ năm 2018", "from 2018"),
    _papi_sub("papi-egov-internet", "Tiếp cận và sử dụng Internet tại địa phương",
              "Access to and use of the internet", "từ năm 2018", "from 2018"),
    _papi_sub("papi-egov-responsiveness", "Phúc đáp của chính quyền qua cổng thông tin điện tử",
              "E-responsiveness of local governments", "từ năm 2019", "from 2019"),
    _gso("gso-area", "Diện tích (km²)", "Area (km²)", "neither",
         "Diện tích của tỉnh (km²), số liệu của Tổng cục Thống kê.",
         "Area of the province (km²), figures of the General Statistics Office (GSO)."),
    _gso("gso-population", "Dân số trung bình (nghìn người)", "Average population (thousand people)", "neither",
         "Dân số trung bình của tỉnh (nghìn người), số liệu của Tổng cục Thống kê; số liệu năm 2020 là sơ bộ.",
         "Average population of the province (thousand people), figures of the General Statistics Office (GSO); "
         "the 2020 figures are preliminary."),
    _gso("gso-density", "Mật độ dân số (người/km²)", "Population density (people per km²)", "neither",
         "Mật độ dân số của tỉnh (người/km²), số liệu của Tổng cục Thống kê.",
         "Population density of the province (people per km²), figures of the General Statistics Office (GSO)."),
    _gso("gso-income", "Thu nhập bình quân đầu người một tháng (nghìn đồng)", "Monthly income per head (thousand VND)",
         "higher",
         "Thu nhập bình quân đầu người một tháng theo giá hiện hành (nghìn đồng), số liệu của Tổng cục Thống kê "
         "từ Khảo sát mức sống dân cư.",
         "Monthly income per head at current prices (thousand VND), figures of the General Statistics Office (GSO) "
         "from the Household Living Standards Survey."),
]
INDICATOR_COLUMNS = ["id", "name_vi", "name_en", "unit", "better", "pillar", "description_vi", "description_en"]

# ---------------------------------------------------------------------------------------------
# Sources

OPENDX = "Tuan04-D/opendx"
MIC = "Bộ Thông tin và Truyền thông"
MOST = "Bộ Khoa học và Công nghệ"  # published DTI 2024 on 2025-10-21 (MIC had merged into it)
# copy file of opendx -> (source id, year, title, publisher, published, url)
DTI_COPIES = {
    ("frontend/public/dti_2022_map.json", "2022"): (
        "mic-dti-2022-table", "Bảng xếp hạng DTI cấp tỉnh năm 2022", MIC, "", "https://dti.gov.vn/xep-hang-2022"),
    ("backend/backend/app/data_collector/data_processing.ipynb", "2022"): (
        "mic-dti-2022-table-notebook", "Bảng xếp hạng DTI cấp tỉnh năm 2022", MIC, "", "https://dti.gov.vn/xep-hang-2022"),
    ("frontend/public/dti_2023_map.json", "2023"): (
        "mic-dti-2023-table", "Bảng xếp hạng DTI cấp tỉnh năm 2023", MIC, "", "https://dti.gov.vn/xep-hang-2023-all"),
    ("backend/backend/app/data_collector/dti_from_web.ipynb", "2023"): (
        "mic-dti-2023-table-notebook", "Bảng xếp hạng DTI cấp tỉnh năm 2023", MIC, "",
        "https://dti.gov.vn/xep-hang-2023-all"),
    ("frontend/public/dti_2024_63_tinh_map.json", "2024"): (
        "mic-dti-2024-63-table", "Bảng xếp hạng DTI cấp tỉnh năm 2024 (63 tỉnh, thành phố)", MOST,
        "2025-10-21", "https://dti.gov.vn/xep-hang-2024-63-tinh"),
    ("backend/backend/app/data_collector/dti_from_web.ipynb", "2024"): (
        "mic-dti-2024-34-table", "Bảng xếp hạng DTI cấp tỉnh năm 2024 (34 tỉnh, thành phố)", MOST,
        "2025-10-21", "https://dti.gov.vn/xep-hang-2024"),
}
# 63-province score tables from which the loader derives ranks
DERIVED_RANK_SOURCES = {"2022": "mic-dti-2022-table", "2023": "mic-dti-2023-table", "2024": "mic-dti-2024-63-table"}

PAPI_TITLE = "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI)"
PAPI_PUBLISHER = "CECODES, VFF-CRT, RTA và UNDP"


def papi_source(path, year):
    if path == "Data/PAPI/PAPI 2011-2019.xlsx":
        return "papi-2011-2019-table", f"{PAPI_TITLE} 2011–2019 – điểm các tỉnh"
    if path == "Data/PAPI/2019_PAPI_Provincial_indicators2019_VIE_ENG.xlsx":
        return "papi-2019-indicators-table", f"{PAPI_TITLE} 2019 – bảng chỉ số, điểm các tỉnh"
    m = re.fullmatch(r"data/csv/(20\d\d)\.csv", path)
    if m and m.group(1) == year and year >= "2020":
        return f"papi-{year}-table", f"{PAPI_TITLE} {year} – điểm các tỉnh"
    fail(f"papi: unexpected copy file {path!r} for {year}")


def gso_source(path):
    if path == "Data/Covariates/gso_covariates.xlsx":
        return ("gso-covariates-table",
                "Diện tích, dân số, mật độ dân số và thu nhập bình quân đầu người một tháng các tỉnh (2010, 2015, 2016)")
    if path == "gso/vietnam-2020-average-population-by-province.csv":
        return "gso-population-2020-table", "Dân số trung bình phân theo tỉnh năm 2020 (sơ bộ)"
    fail(f"gso: unexpected copy file {path!r}")


# ---------------------------------------------------------------------------------------------
# Missing province-years (PAPI), from round3/PANELS.md

UNKNOWN_VI = "không có trong bảng công bố; chưa rõ lý do"
UNKNOWN_EN = "not in the published table; reason not known"
PAPI_2018_VI = ("bảng công bố để trống lĩnh vực công khai, minh bạch và kiểm soát tham nhũng nên không có tổng "
                "điểm; chưa rõ lý do")
PAPI_2018_EN = ("the published workbook leaves the transparency and corruption-control dimensions blank, so there is "
                "no total; reason not known")
THITRUONGBIZ = "Có 2 tỉnh là Bắc Ninh, Bắc Giang - không đưa vào đánh giá do dữ liệu khảo sát không chính xác"
PAPI_2022_VI = f"nhóm công bố không đưa vào đánh giá: “{THITRUONGBIZ}” (thitruongbiz.vn)"
PAPI_2022_EN = f"excluded by the publishers as the survey data were not accurate (thitruongbiz.vn: “{THITRUONGBIZ}”)"
PAPI_MISSING = [
    ("2014", "Bắc Giang", UNKNOWN_VI, UNKNOWN_EN), ("2014", "Đồng Tháp", UNKNOWN_VI, UNKNOWN_EN),
    ("2018", "Quảng Ninh", PAPI_2018_VI, PAPI_2018_EN), ("2018", "Đồng Tháp", PAPI_2018_VI, PAPI_2018_EN),
    ("2021", "Quảng Ninh", UNKNOWN_VI, UNKNOWN_EN), ("2021", "Bắc Giang", UNKNOWN_VI, UNKNOWN_EN),
    ("2021", "Bắc Ninh", UNKNOWN_VI, UNKNOWN_EN),
    ("2022", "Bắc Giang", PAPI_2022_VI, PAPI_2022_EN), ("2022", "Bắc Ninh", PAPI_2022_VI, PAPI_2022_EN),
    ("2023", "Quảng Ninh", UNKNOWN_VI, UNKNOWN_EN), ("2023", "Bình Dương", UNKNOWN_VI, UNKNOWN_EN),
    ("2024", "Tiền Giang", UNKNOWN_VI, UNKNOWN_EN), ("2024", "Vĩnh Phúc", UNKNOWN_VI, UNKNOWN_EN),
]

# ---------------------------------------------------------------------------------------------
# Helpers


def fold(name):
    """Lower-case ASCII form of a Vietnamese name: no diacritics, no "TP."/"Thành phố" prefix."""
    s = name.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.lower().strip()
    s = re.sub(r"^(tp\.?|thanh pho)\s*", "", s)
    s = re.sub(r"[\s\-–]+", " ", s)
    return s.strip()


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def one_line(text):
    return " ".join(text.split())


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


DECIMAL = re.compile(r"-?\d+(\.\d+)?")

UNIT_RANGE = {"score": (0.0, 1.0), "points": (0.0, 100.0), "points10": (0.0, 10.0), "amount": (0.0, math.inf)}


# ---------------------------------------------------------------------------------------------
# Building the rows


class Builder:
    def __init__(self, round3):
        self.round3 = round3
        self.provinces = read_csv(os.path.join(DATA, "provinces.csv"))
        self.units = read_csv(os.path.join(DATA, "units_2025.csv"))
        self.codes = {p["code"] for p in self.provinces}
        self.code_by_fold = {fold(p["name_vi"]): p["code"] for p in self.provinces}
        self.name_by_code = {p["code"]: p["name_vi"] for p in self.provinces}
        self.tables = {"dti": [], "pci": [], "papi": [], "gso": []}
        self.sources = {}  # id -> row dict
        self.skipped = collections.Counter()

    # -- sources ---------------------------------------------------------------------------
    def add_source(self, sid, title, publisher, published, url, repo, path, commit):
        if not re.fullmatch(r"[0-9a-f]{40}", commit):
            fail(f"source {sid}: commit {commit!r} is not 40 hex digits")
        if re.match(r"(https?://|www\.)", title) or "/" in title.split(" ")[0]:
            fail(f"source {sid}: title looks like an address: {title!r}")
        row = {"id": sid, "kind": "official", "title": title, "publisher": publisher, "published": published,
               "url": url, "file": "", "copy_repo": repo, "copy_path": path, "copy_commit": commit}
        old = self.sources.get(sid)
        if old is not None and old != row:
            fail(f"source {sid}: two different copies or titles:\n  {old}\n  {row}")
        self.sources[sid] = row
        return sid

    # -- one value -------------------------------------------------------------------------
    def add(self, table, indicator, area, year, value, printed, group, source, row, note):
        self.tables[table].append({"indicator": indicator, "area": area, "year": year, "value": value,
                                   "printed": printed, "group": group, "source": source, "row": row, "note": note})

    def area_of(self, code, name, what):
        if code:
            if code not in self.codes:
                fail(f"{what}: unknown ISO code {code!r} ({name})")
            return code
        if fold(name) == "ha tay":
            return HA_TAY
        fail(f"{what}: row without a code that is not Hà Tây: {name!r}")

    # -- PCI -------------------------------------------------------------------------------
    def pci(self):
        for r in read_csv(os.path.join(self.round3, "pci_vcci_2005_2019.csv")):
            ind = PCI_IDS.get(r["indicator"]) or fail(f"pci: unknown indicator {r['indicator']!r}")
            year = r["year"]
            area = self.area_of(r["iso_3166_2"], r["province_name_as_printed"], f"pci {year}")
            if not r["source_path"].endswith(f"PCI {year}.xls") and not r["source_path"].endswith(f"PCI {year}.xlsx"):
                fail(f"pci {year}: copy file {r['source_path']!r} is not that year's workbook")
            sid = self.add_source(
                f"vcci-pci-{year}-table",
                f"Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) {year} – bảng tổng hợp các tỉnh",
                "VCCI và USAID", "", "", r["source_repo"], r["source_path"], r["source_commit"])
            group = ""
            if ind == "pci-rank":
                group = "64" if year == "2007" else "63"
            note = one_line(r["note"])
            if year < "2017" and "pre-2017 methodology" not in note:
                note += "; pre-2017 methodology"
            self.add("pci", ind, area, year, r["value"], r["value"], group, sid, r["province_name_as_printed"], note)

    # -- PAPI ------------------------------------------------------------------------------
    def papi(self):
        for r in read_csv(os.path.join(self.round3, "papi_2011_2024.csv")):
            ind = PAPI_IDS.get(r["indicator"]) or fail(f"papi: unknown indicator {r['indicator']!r}")
            year = r["year"]
            area = self.area_of(r["iso_3166_2"], r["province_name_as_printed"], f"papi {year}")
            sid, title = papi_source(r["source_path"], year)
            self.add_source(sid, title, PAPI_PUBLISHER, "", "", r["source_repo"], r["source_path"], r["source_commit"])
            self.add("papi", ind, area, year, r["value"], r["value"], "", sid,
                     r["province_name_as_printed"], self.papi_note(r, ind))

    @staticmethod
    def papi_note(r, ind):
        note, year = r["note"], r["year"]
        dims = 6 if year <= "2017" else 8
        parts = [p.strip() for p in note.split(";")]
        out = []
        if r["source_repo"] == "hnks-gh/ml-mcdm":
            out.append(f"file {r['source_path']}")
        for p in parts:
            if p.startswith("name via "):
                continue  # how the research matched the copy's province codes, not a locator of the value
            m = re.fullmatch(r"derived: sum of ((?:SC\d+\+?)+)", p)
            if m:
                cols = m.group(1).split("+")
                out.append(f"columns {'+'.join(cols)}: sum of the {len(cols)} sub-dimensions in the copy, "
                           f"computed by the research round")
                continue
            if p.startswith("derived: sum of dimension scores"):
                what = (f"sum of the {dims} dimensions (each the sum of its sub-dimensions in the copy)"
                        if r["source_repo"] == "hnks-gh/ml-mcdm" else f"sum of the {dims} dimensions in the copy")
                out.append(f"{what}, computed by the research round (PAPI's unweighted total is this sum)")
                continue
            if p.startswith("dimension = ") and "sub-dimensions" in p:
                continue  # already said by the column list
            out.append(p)
        return "; ".join(x for x in out if x)

    # -- GSO -------------------------------------------------------------------------------
    def gso(self):
        for r in read_csv(os.path.join(self.round3, "context_gso_population_area_income.csv")):
            ind = GSO_IDS.get(r["indicator"]) or fail(f"gso: unknown indicator {r['indicator']!r}")
            area = self.area_of(r["iso_3166_2"], r["province_name_as_printed"], f"gso {r['year']}")
            sid, title = gso_source(r["source_path"])
            self.add_source(sid, title, "Tổng cục Thống kê", "", "", r["source_repo"], r["source_path"],
                            r["source_commit"])
            self.add("gso", ind, area, r["year"], r["value"], r["value"], "", sid,
                     r["province_name_as_printed"], one_line(r["note"]))

    # -- DTI -------------------------------------------------------------------------------
    def unit_matcher(self):
        by_fold = collections.defaultdict(list)
        for u in self.units:
            by_fold[fold(u["name_vi"])].append(u)
        return by_fold

    def dti(self):
        rows = read_csv(os.path.join(self.round3, "dti_campaign_3.csv"))
        by_fold = self.unit_matcher()
        unit_of_name = {}
        url_re = re.compile(r"https://github\.com/Tuan04-D/opendx/blob/([0-9a-f]{40})/(.+)")
        for r in rows:
            url = r["source_url"]
            m = url_re.fullmatch(url)
            if not m:
                self.skipped[(r["dataset"].split(" (")[0][:60], "not a publisher's table")] += 1
                continue
            commit, path = m.group(1), m.group(2)
            year, system = r["year"], r["geo_system"]
            key = (path, year)
            if key not in DTI_COPIES:
                fail(f"dti: unexpected opendx copy {path} {year}")
            sid, title, publisher, published, page = DTI_COPIES[key]
            if page not in r["dataset"] and page not in r["note"]:
                fail(f"dti: row of {path} {year} does not name the page {page}")
            is_map = path.endswith("_map.json")
            if r["indicator"] not in DTI_IDS:
                fail(f"dti: unknown indicator {r['indicator']!r}")
            ind, header = DTI_IDS[r["indicator"]]
            if is_map and ind != "dti-score":
                fail(f"dti: map copy {path} holds {r['indicator']}")
            if system == "current_34":
                if year != "2024":
                    fail(f"dti: 34-unit row of {year}")
                name = r["province_name_as_printed"]
                hits = by_fold.get(fold(name), [])
                if len(hits) != 1:
                    fail(f"dti 2024 34 units: printed name {name!r} matches {len(hits)} units of units_2025.csv")
                unit = hits[0]
                if r["geo_code"] not in unit["absorbed"].split("~"):
                    fail(f"dti 2024 34 units: {name!r} -> {unit['slug']}, but the copy's helper code "
                         f"{r['geo_code']} is not one of its former provinces")
                unit_of_name[name] = unit["slug"]
                area, group = f"2025:{unit['slug']}", "34"
            elif system == "historical_63":
                area, group = self.area_of(r["geo_code"], r["province_name_as_printed"], f"dti {year}"), "63"
            else:
                fail(f"dti: unknown geo_system {system!r}")
            if ind != "dti-rank":
                group = ""
            printed = r["value_as_printed"]
            if not DECIMAL.fullmatch(printed):
                fail(f"dti: value_as_printed {printed!r} is not a number")
            self.add_source(sid, title, publisher, published, page, OPENDX, path, commit)
            self.add("dti", ind, area, year, printed, printed, group, sid, one_line(r["quote"]),
                     self.dti_note(r, path, ind, header, is_map, system))
        slugs = sorted(unit_of_name.values())
        if len(slugs) != 34 or len(set(slugs)) != 34:
            fail(f"dti 2024 34 units: {len(unit_of_name)} printed names matched {len(set(slugs))} distinct units "
                 f"(need 34 and 34)")

    @staticmethod
    def dti_note(r, path, ind, header, is_map, system):
        note = r["note"]
        if is_map:
            m = re.search(r"entry (\d+) of (\d+)", note)
            entry = f"entry {m.group(1)} of {m.group(2)} in the table's row order" if m else "table row order"
            return f"{path.rsplit('/', 1)[1]}, key 'pdti', {entry}; the copy prints no rank"
        cell = re.search(r"\(cell (\d+)\)", note)
        col = "Bộ chỉ số dành cho cấp Tỉnh" if ind == "dti-score" else header
        parts = [f"{path.rsplit('/', 1)[1]}{f' cell {cell.group(1)}' if cell else ''} output, column '{col}'"]
        if ind == "dti-rank":
            parts.append("rank as printed")
        if system == "historical_63":
            parts.append("top and bottom five rows only")
        if "does not print the URL" in note:
            parts.append("the notebook prints no address: page attributed via read_table_from_web.py")
        return "; ".join(p for p in parts if p)

    # -- validation ------------------------------------------------------------------------
    def validate(self, units_of):
        seen = set()
        for table, rows in self.tables.items():
            for r in rows:
                what = f"{table}: {r['indicator']} {r['area']} {r['year']}"
                unit = units_of.get(r["indicator"]) or fail(f"{what}: indicator not in indicators.csv")
                if r["source"] not in self.sources:
                    fail(f"{what}: source {r['source']} not added")
                key = (r["indicator"], r["area"], r["year"], r["source"])
                if key in seen:
                    fail(f"{what}: (indicator, area, year, source) repeated: {key}")
                seen.add(key)
                if not re.fullmatch(r"20\d\d", r["year"]):
                    fail(f"{what}: bad year")
                if not DECIMAL.fullmatch(r["value"]):
                    fail(f"{what}: value {r['value']!r} is not a decimal with '.'")
                v = float(r["value"])
                if not math.isfinite(v):
                    fail(f"{what}: value not finite")
                if unit == "rank":
                    if not r["group"]:
                        fail(f"{what}: rank without group")
                    g = int(r["group"])
                    if v != int(v) or not 1 <= v <= g:
                        fail(f"{what}: rank {r['value']} not whole within 1..{g}")
                    expect = ("34" if r["area"].startswith("2025:")
                              else "64" if r["indicator"] == "pci-rank" and r["year"] == "2007" else "63")
                    if r["group"] != expect:
                        fail(f"{what}: group {r['group']}, expected {expect}")
                else:
                    if r["group"]:
                        fail(f"{what}: group on a non-rank")
                    lo, hi = UNIT_RANGE.get(unit) or fail(f"{what}: unit {unit!r} has no range here")
                    if not lo <= v <= hi:
                        fail(f"{what}: value {v} outside {lo}..{hi} ({unit})")
                for col in ("row", "source", "printed"):
                    if not r[col]:
                        fail(f"{what}: empty {col}")
                if "\n" in r["row"] or "\n" in r["note"]:
                    fail(f"{what}: line break in row/note")


# ---------------------------------------------------------------------------------------------
# sources.csv and indicators.csv: keep the existing rows, replace ours


def raw_records(path):
    """(header line, [(id, raw line)]) of a CSV file whose records are one line each."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        fail(f"{path}: CR line ends")
    lines = text.split("\n")
    if lines[-1] != "":
        fail(f"{path}: no final line end")
    lines = lines[:-1]
    records = list(csv.reader(io.StringIO(text)))
    if len(records) != len(lines):
        fail(f"{path}: a record spans several lines; cannot keep the rows byte-identical")
    return lines[0], [(rec[0], line) for rec, line in zip(records[1:], lines[1:])]


def merged_sources(new_sources):
    path = os.path.join(DATA, "sources.csv")
    header, recs = raw_records(path)
    cols = next(csv.reader([header]))
    had_copy = cols[-3:] == SOURCE_NEW_COLUMNS
    if not had_copy:
        if any(c in cols for c in SOURCE_NEW_COLUMNS):
            fail("sources.csv: copy_* columns present but not last")
        cols = cols + SOURCE_NEW_COLUMNS
        header = header + "," + ",".join(SOURCE_NEW_COLUMNS)
    out = [header]
    kept_ids = set()
    for sid, line in recs:
        if sid in new_sources:
            continue
        kept_ids.add(sid)
        out.append(line if had_copy else line + ",,,")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for sid in sorted(new_sources):
        s = new_sources[sid]
        w.writerow([s.get(c, "") for c in cols])
    text = "\n".join(out) + "\n" + buf.getvalue()
    check = list(csv.DictReader(io.StringIO(text)))
    if any(None in r or len(r) != len(cols) for r in check):
        fail("sources.csv: ragged rows after the merge")
    return text, len(kept_ids)


def merged_indicators():
    path = os.path.join(DATA, "indicators.csv")
    header, recs = raw_records(path)
    if next(csv.reader([header])) != INDICATOR_COLUMNS:
        fail(f"indicators.csv: unexpected header {header!r}")
    new_ids = {i[0] for i in NEW_INDICATORS}
    out = [header] + [line for iid, line in recs if iid not in new_ids]
    kept = len(out) - 1
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(NEW_INDICATORS)
    text = "\n".join(out) + "\n" + buf.getvalue()
    units = {}
    for r in csv.DictReader(io.StringIO(text)):
        if r["id"] in units:
            fail(f"indicators.csv: id {r['id']} twice")
        units[r["id"]] = r["unit"]
    return text, units, kept


# ---------------------------------------------------------------------------------------------
# Checks


def competition_ranks(scores):
    """{area: rank} from {area: score}; equal scores share a rank, the next rank skips."""
    order = sorted(scores.items(), key=lambda kv: -kv[1])
    ranks = {}
    for i, (area, s) in enumerate(order):
        ranks[area] = ranks[order[i - 1][0]] if i and s == order[i - 1][1] else i + 1
    return ranks


def values(rows, indicator, year, source=None, areas="VN-"):
    return {r["area"]: float(r["value"]) for r in rows
            if r["indicator"] == indicator and r["year"] == year and r["area"].startswith(areas)
            and (source is None or r["source"] == source)}


def run_checks(b):
    results = []  # (ok, text)
    dti, pci = b.tables["dti"], b.tables["pci"]
    for year, src in sorted(DERIVED_RANK_SOURCES.items()):
        sc = values(dti, "dti-score", year, src)
        mean = sum(sc.values()) / len(sc)
        expect = {"2023": "0.6783", "2024": "0.6961"}.get(year)
        got = f"{mean:.4f}"
        if expect:
            results.append((len(sc) == 63 and got == expect,
                            f"DTI {year} mean of the {len(sc)} provinces = {mean:.6f} -> {got} (published {expect})"))
        else:
            results.append((len(sc) == 63, f"DTI {year} mean of the {len(sc)} provinces = {mean:.6f} (no published "
                                           f"average at hand to compare)"))
    # 34 units vs their former provinces
    s63 = values(dti, "dti-score", "2024", "mic-dti-2024-63-table")
    s34 = values(dti, "dti-score", "2024", "mic-dti-2024-34-table", "2025:")
    worst, bad = 0.0, []
    for u in b.units:
        area = f"2025:{u['slug']}"
        former = u["absorbed"].split("~")
        if area not in s34 or any(c not in s63 for c in former):
            bad.append(f"{u['slug']} (missing values)")
            continue
        d = abs(s34[area] - sum(s63[c] for c in former) / len(former))
        worst = max(worst, d)
        if d > 0.0001 + 1e-12:
            bad.append(f"{u['slug']} off by {d:.6f}")
    results.append((not bad and len(s34) == 34,
                    f"DTI 2024: each of the {len(s34)} unit scores = mean of its former provinces' scores within "
                    f"0.0001 (largest difference {worst:.6f}){'; FAILED: ' + ', '.join(bad) if bad else ''}"))
    # DTI printed ranks vs score order
    for year, rank_src, score_src, prefix in (("2022", "mic-dti-2022-table-notebook", "mic-dti-2022-table", "VN-"),
                                              ("2023", "mic-dti-2023-table-notebook", "mic-dti-2023-table", "VN-"),
                                              ("2024", "mic-dti-2024-34-table", "mic-dti-2024-34-table", "2025:")):
        printed = values(dti, "dti-rank", year, rank_src, prefix)
        derived = competition_ranks(values(dti, "dti-score", year, score_src, prefix))
        diff = [f"{a} printed {int(v)} derived {derived.get(a)}" for a, v in sorted(printed.items())
                if derived.get(a) != int(v)]
        results.append((not diff, f"DTI {year}: {len(printed) - len(diff)} of {len(printed)} printed ranks equal the "
                                  f"order of the {len(derived)} scores{'; ' + '; '.join(diff) if diff else ''}"))
    # PCI ranks vs scores
    years = sorted({r["year"] for r in pci if r["indicator"] == "pci-rank"})
    ties, near = [], []
    for year in years:
        ranks = values(pci, "pci-rank", year, areas="")
        scores = values(pci, "pci-score", year, areas="")
        derived = competition_ranks({a: scores[a] for a in ranks if a in scores})
        tied = collections.defaultdict(list)
        for a in derived:
            tied[scores[a]].append(a)
        diff, broken = [], []
        for a, v in sorted(ranks.items()):
            if derived.get(a) == int(v):
                continue
            group = tied.get(scores.get(a), [])
            # equal printed scores that the publisher ranked apart (by more digits than it printed):
            # accepted when the group's printed ranks are exactly the places it occupies
            places = list(range(derived.get(a, 0), derived.get(a, 0) + len(group)))
            if len(group) > 1 and sorted(int(ranks[g]) for g in group) == places:
                broken.append(a)
                continue
            diff.append(f"{a} printed {int(v)} derived {derived.get(a)}")
        ok = not diff and len(derived) == len(ranks)
        extra = f" ({len(broken)} more are equal scores the publisher ranked apart, see ties)" if broken else ""
        results.append((ok, f"PCI {year}: {len(ranks) - len(diff) - len(broken)} of {len(ranks)} printed ranks equal "
                            f"the competition ranking of the printed scores{extra}"
                            f"{'; ' + '; '.join(diff) if diff else ''}"))
        by_score = collections.defaultdict(list)
        by_round = collections.defaultdict(list)
        for a, s in scores.items():
            if a in ranks:
                by_score[s].append(a)
                by_round[round(s, 2)].append(a)
        for s, areas in sorted(by_score.items()):
            if len(areas) > 1:
                ties.append(f"{year} {s}: " + ", ".join(f"{b.name_by_code.get(a, a)} {int(ranks[a])}" for a in areas))
        for s, areas in sorted(by_round.items()):
            if len(areas) > 1 and len({scores[a] for a in areas}) > 1:
                near.append(f"{year} {s:.2f}: " + ", ".join(
                    f"{b.name_by_code.get(a, a)} {int(ranks[a])} ({scores[a]})" for a in sorted(areas, key=lambda a: ranks[a])))
    results.append((True, "PCI ties (equal printed scores, printed ranks given): "
                    + ("; ".join(ties) if ties else "none")))
    results.append((True, "PCI scores equal at 2 decimals but ranked apart by the full value: "
                    + ("; ".join(near) if near else "none")))
    return results


def missing_rows(b):
    papi = b.tables["papi"]
    have = collections.defaultdict(set)
    for r in papi:
        have[(r["indicator"], r["year"])].add(r["area"])
    rows = {}
    for year, name, vi, en in PAPI_MISSING:
        code = b.code_by_fold.get(fold(name)) or fail(f"missing: unknown province {name}")
        if code in have[("papi-total", year)]:
            fail(f"missing: {name} {year} is listed as left out but has a PAPI total")
        rows[("papi-", code, year)] = (vi, en)
    added = []
    for year in [str(y) for y in range(2018, 2025)]:
        for code in sorted(b.codes - have[("papi-egov", year)]):
            covered = any(p for (p, a, y) in rows if a == code and y == year and "papi-egov".startswith(p))
            if not covered:
                rows[("papi-", code, year)] = (UNKNOWN_VI, UNKNOWN_EN)
                added.append(f"{b.name_by_code[code]} {year}")
    # The publishers' own exclusion (PAPI 2022: Bắc Giang, Bắc Ninh): whatever values a copy
    # still holds for them are not theirs to show, and the loader leaves them out.
    excluded = lambda vi: "yes" if "không đưa vào đánh giá" in vi else ""
    out = [[p, a, y, vi, en, excluded(vi)] for (p, a, y), (vi, en) in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1]))]
    return out, added


# ---------------------------------------------------------------------------------------------
# Coverage


def coverage(b):
    lines = []
    for table in ("dti", "pci", "papi", "gso"):
        rows = b.tables[table]
        years = sorted({r["year"] for r in rows})
        cnt = collections.defaultdict(lambda: collections.Counter())
        for r in rows:
            kind = "u" if r["area"].startswith("2025:") else "f" if r["area"].startswith("former:") else "p"
            cnt[(r["indicator"], r["year"])][kind] += 1
        inds = sorted({r["indicator"] for r in rows})
        w = max(len(i) for i in inds)
        lines.append(f"\n{table}.csv ({len(rows)} rows)  cell = provinces[+Hà Tây as '+1'][/34-unit count as 'uNN']")
        lines.append(f"{'indicator':<{w}} " + " ".join(f"{y:>6}" for y in years))
        for ind in inds:
            cells = []
            for y in years:
                c = cnt[(ind, y)]
                s = (str(c["p"]) if c["p"] else "") + (f"+{c['f']}" if c["f"] else "")
                if c["u"]:
                    s = (s + "/" if s else "") + f"u{c['u']}"
                cells.append(f"{s or '–':>6}")
            lines.append(f"{ind:<{w}} " + " ".join(cells))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("round3", nargs="?", default=DEFAULT_ROUND3,
                    help=f"directory of the round-3 CSV files (default: {DEFAULT_ROUND3})")
    args = ap.parse_args()
    if not os.path.isdir(args.round3):
        print(f"import_round3: FAILED: no directory {args.round3}", file=sys.stderr)
        return 1
    try:
        b = Builder(args.round3)
        b.pci()
        b.papi()
        b.gso()
        b.dti()
        ind_text, units_of, n_old_ind = merged_indicators()
        for iid in {v[0] for v in DTI_IDS.values()}:
            if iid not in units_of:
                fail(f"DTI indicator {iid} is not in indicators.csv")
        b.validate(units_of)
        src_text, n_old_src = merged_sources(b.sources)
        missing, missing_added = missing_rows(b)
        results = run_checks(b)
    except Fail as e:
        print(f"import_round3: FAILED: {e}", file=sys.stderr)
        return 1

    print(coverage(b))
    print("\nChecks")
    for ok, text in results:
        print(f"  [{'ok' if ok else 'FAIL'}] {text}")
    print("\nLeft out of dti_campaign_3.csv:")
    for (what, why), n in sorted(b.skipped.items()):
        print(f"  {n:4} {what}: {why}")
    if missing_added:
        print("\nmissing.csv: province-years without papi-egov added with an unknown reason: " + ", ".join(missing_added))
    if not all(ok for ok, _ in results):
        print("\nimport_round3: a check failed; nothing written", file=sys.stderr)
        return 1

    written = {}
    for table, rows in b.tables.items():
        rows = sorted(rows, key=lambda r: (r["indicator"], r["year"], r["area"], r["source"]))
        written[f"tables/{table}.csv"] = csv_text(TABLE_COLUMNS, [[r[c] for c in TABLE_COLUMNS] for r in rows])
    written["tables/derived_ranks.csv"] = csv_text(
        ["rank_indicator", "score_indicator", "year", "group", "source"],
        [["dti-rank", "dti-score", y, "63", s] for y, s in sorted(DERIVED_RANK_SOURCES.items())])
    written["tables/method_breaks.csv"] = csv_text(
        ["indicator_prefix", "year", "note_vi", "note_en"],
        [["pci-", "2017", "đổi phương pháp 2017", "method changed in 2017"],
         ["papi-", "2018", "đổi phương pháp 2018 (8 lĩnh vực)", "method changed in 2018 (8 dimensions)"]])
    written["tables/missing.csv"] = csv_text(["indicator_prefix", "area", "year", "reason_vi", "reason_en", "excluded"], missing)
    written["former_units.csv"] = csv_text(["slug", "name_vi", "name_en", "merged_into", "until"],
                                           [["ha-tay", "Hà Tây", "Ha Tay", "VN-HN", "2008-08-01"]])
    written["sources.csv"] = src_text
    written["indicators.csv"] = ind_text
    print("\nWritten (assets/data/):")
    for name, text in written.items():
        write(os.path.join(DATA, name), text)
        print(f"  {name}: {text.count(chr(10)) - 1} rows")
    print(f"  (sources.csv: {n_old_src} kept + {len(b.sources)} from this script; indicators.csv: "
          f"{n_old_ind} kept + {len(NEW_INDICATORS)} from this script)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
