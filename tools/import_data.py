#!/usr/bin/env python3
"""Builds the dataset files in assets/data/ from ../shared/data (and, once, from the
article extractions in a folder given with --articles).

The committed CSV files are the source of truth and are reviewed like code; this script
records how they were produced (issue 3). It rewrites provinces.csv, units_2025.csv,
indicators.csv, sources.csv, observations/dti.csv and observations/other.csv.
observations/articles.csv is rewritten only with --articles DIR.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "data")
OUT = os.path.join(HERE, "..", "assets", "data")
ARTICLES = {
    "000_3b8768a2b89c0c56": ("article-hd-2024", "Hải Dương đạt nhiều kết quả tích cực trong chuyển đổi số", "(không ghi tên báo)", "2024"),
    "001_18d377a03b411cad": ("article-th-2024-h1", "Bước tiến trong chuyển đổi số", "Báo Thanh Hóa (Linh Hương)", "2024"),
    "002_f1d9ab7dda62e085": ("article-hd-2024-08", "Hải Dương: làm việc với Sở Thông tin và Truyền thông về ứng dụng CNTT, chuyển đổi số (9/8/2024)", "(không ghi tên báo; Hải Ninh)", "2024-08"),
    "003_744ba3ebdec9e82d": ("article-hd-vnpt-2022", "Hải Dương và VNPT: chỉ số chuyển đổi số, chính quyền số (Ngọc Minh)", "(không ghi tên báo; Ngọc Minh)", "2022"),
    "004_bff5d2ece2d4d0b1": ("article-hd-ddn-2024-09", "Hải Dương: Chuyển đổi số là đòn bẩy tăng trưởng kinh tế", "Diễn đàn Doanh nghiệp (Kim Dung – Vũ Phường)", "2024-09-20"),
}

REGIONS = {
    "northern-midlands-mountains": "VN-03 VN-04 VN-53 VN-09 VN-07 VN-69 VN-68 VN-54 VN-02 VN-06 VN-01 VN-71 VN-05 VN-14",
    "red-river-delta": "VN-HN VN-HP VN-13 VN-70 VN-56 VN-61 VN-66 VN-20 VN-63 VN-67 VN-18",
    "north-central-coast": "VN-21 VN-22 VN-23 VN-24 VN-25 VN-26 VN-DN VN-27 VN-29 VN-31 VN-32 VN-34 VN-36 VN-40",
    "central-highlands": "VN-28 VN-30 VN-33 VN-72 VN-35",
    "southeast": "VN-SG VN-39 VN-43 VN-57 VN-58 VN-37",
    "mekong-delta": "VN-CT VN-41 VN-46 VN-50 VN-51 VN-49 VN-45 VN-44 VN-47 VN-73 VN-52 VN-55 VN-59",
}
REGION_OF = {c: r for r, codes in REGIONS.items() for c in codes.split()}
NAME_VI_FIX = {"VN-47": "Kiên Giang", "VN-26": "Thừa Thiên Huế", "VN-43": "Bà Rịa – Vũng Tàu", "VN-SG": "TP. Hồ Chí Minh"}
NAME_EN_FIX = {"VN-SG": "Ho Chi Minh City", "VN-43": "Ba Ria – Vung Tau", "VN-26": "Thua Thien Hue"}
UNIT_NAME_FIX = {"Hồ Chí Minh": "TP. Hồ Chí Minh"}
UNIT_EN_FIX = {"Hồ Chí Minh": "Ho Chi Minh City"}

# Sources with hand-written titles (matched by address prefix).
NAMED_SOURCES = [
    ("mic-dti-2022", "https://dti.gov.vn/xep-hang-2022", "official", "Báo cáo xếp hạng Đánh giá mức độ chuyển đổi số năm 2022", "Bộ Thông tin và Truyền thông", ""),
    ("mic-dti-home-2021", "https://dti.gov.vn/", "official", "Tổng thể xếp hạng chỉ số chuyển đổi số cấp tỉnh (DTI 2021)", "Bộ Thông tin và Truyền thông", ""),
    ("pci-2021-table", "https://www.pcivietnam.vn/bang-chi-so", "official", "Bảng chỉ số PCI các tỉnh, thành Việt Nam (PCI 2021)", "VCCI – PCI Việt Nam", ""),
    ("pci-2019-subindices", "https://pcivietnam.vn/en/pci-subindices", "official", "PCI Subindices of 63 provinces/cities (PCI 2019)", "VCCI – PCI Vietnam", ""),
    ("egov-2017-vinhphuc", "http://www.vinhphuc.gov.vn/", "provincial", "Kết quả đánh giá xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử của các tỉnh, thành phố trực thuộc trung ương năm 2017", "Cổng TTĐT tỉnh Vĩnh Phúc (đăng lại kết quả của Bộ TT&TT)", "2018-07-05"),
    ("baohaiduong-dti-2020", "https://tab.baohaiduong.vn/khoa-hoc---cong-nghe/hai-duong-xep-thu-14", "press", "Hải Dương xếp thứ 14 về chỉ số chuyển đổi số năm 2020", "Báo Hải Dương", ""),
    ("uongbi-dti-2020", "http://uongbi.gov.vn/quang-ninh-dung-thu-4", "provincial", "Quảng Ninh đứng thứ 4 bảng xếp hạng chuyển đổi số năm 2020", "Cổng thông tin điện tử TP Uông Bí", ""),
    ("vietjo-dti-2020", "https://www.viet-jo.com/news/social/print_211021185939", "press", "DTI 2020: 地方別のトップ10", "VIETJO ベトナムニュース", "2021-10-21"),
    ("baodanang-dti-2024", "https://demo1022.hasontech.vn/", "press", "DTI 2024: Da Nang before and after the merger (reprint of Báo Đà Nẵng)", "Báo Đà Nẵng (bản đăng lại)", ""),
]
PUBLISHERS = {
    "dti.gov.vn": "Bộ Thông tin và Truyền thông", "mic.gov.vn": "Bộ Thông tin và Truyền thông",
    "pcivietnam.vn": "VCCI – PCI Việt Nam", "baomoi.net.vn": "Báo Mới", "baomoi.com": "Báo Mới", "lite.baomoi.com": "Báo Mới",
    "vietnamnet.vn": "VietNamNet", "viet-jo.com": "VIETJO", "en.dangcongsan.vn": "Báo Điện tử Đảng Cộng sản Việt Nam",
    "vietnam.vn": "Vietnam.vn", "daidoanket.vn": "Báo Đại Đoàn Kết", "baotayninh.vn": "Báo Tây Ninh",
    "tacnghiep.tuoitrethudo.vn": "Báo Tuổi trẻ Thủ đô", "vtcnews.vn": "VTC News", "vtc.vn": "VTC News", "dantri.com.vn": "Dân trí",
    "baodongkhoi.vn": "Báo Đồng Khởi", "kinhdoanhvatiepthi.vn": "Kinh doanh và Tiếp thị", "baobinhduong.vn": "Báo Bình Dương",
    "m.en.baobacgiang.com.vn": "Báo Bắc Giang", "baogialai.com.vn": "Báo Gia Lai", "diendandoanhnghiep.vn": "Diễn đàn Doanh nghiệp",
    "vccinews.com": "VCCI News", "dttg.ictvietnam.vn": "Tạp chí Điện tử và Ứng dụng", "thainguyentv.vn": "Đài PT-TH Thái Nguyên",
    "baobaclieu.vn": "Báo Bạc Liêu", "news.laodong.vn": "Lao Động", "tab.baohaiduong.vn": "Báo Hải Dương",
    "xahoithongtin.vnmedia.vn": "VnMedia", "thoibaotaichinhvietnam.vn": "Thời báo Tài chính Việt Nam", "vneconomy.vn": "VnEconomy",
    "en.vneconomy.vn": "VnEconomy", "baolangson.vn": "Báo Lạng Sơn", "baothanhhoa.vn": "Báo Thanh Hóa", "opengovasia.com": "OpenGov Asia",
    "en.vietnamplus.vn": "VietnamPlus", "huengaynay.vn": "Huế Ngày nay", "news.baolongan.vn": "Báo Long An",
    "baovinhlong.com.vn": "Báo Vĩnh Long", "nhandan.vn": "Nhân Dân", "hanoitimes.vn": "Hanoi Times", "thanhnien.vn": "Thanh Niên",
    "news.baokhanhhoa.vn": "Báo Khánh Hòa", "baodongnai.com.vn": "Báo Đồng Nai", "nld.com.vn": "Người Lao Động",
    "vovworld.vn": "VOV World", "m.vovworld.vn": "VOV World", "anninhthudo.vn": "An ninh Thủ đô", "plo.vn": "Pháp Luật TP.HCM",
    "baocamau.vn": "Báo Cà Mau", "kinhtedothi.vn": "Kinh tế & Đô thị", "nguoihanoi.vn": "Người Hà Nội",
    "sggp.org.vn": "Sài Gòn Giải Phóng", "cafef.vn": "CafeF", "voh.com.vn": "VOH", "baodanang.vn": "Báo Đà Nẵng",
    "baonghean.vn": "Báo Nghệ An", "vietnamhoinhap.vn": "Việt Nam Hội nhập", "tuoitrekiengiang.vn": "Tuổi trẻ Kiên Giang",
    "tapchisonghuong.com.vn": "Tạp chí Sông Hương", "en.doanhnghiephoinhap.vn": "Doanh nghiệp Hội nhập", "spress.net": "Sinh viên Việt Nam",
    "theleader.vn": "The Leader", "baophuyen.vn": "Báo Phú Yên", "kinhtenongthon.vn": "Kinh tế Nông thôn", "nhansu.vn": "Nhân sự",
    "thuonghieucongluan.com.vn": "Thương hiệu và Công luận", "vccidanang.com.vn": "VCCI Đà Nẵng", "anhp.vn": "An ninh Hải Phòng",
    "tothethao.com": "Tổ Thể thao", "hesinhthaidoanhnghiep.com": "Hệ sinh thái doanh nghiệp",
}
OFFICIAL_HOSTS = {"dti.gov.vn", "mic.gov.vn", "pcivietnam.vn"}

DTI_PARTS = {
    "dti": ("dti", "Chỉ số chuyển đổi số (DTI)", "Digital Transformation Index (DTI)", "overall"),
    "cqs": ("dti-government", "Chính quyền số", "Digital government", "government"),
    "kts": ("dti-economy", "Kinh tế số", "Digital economy", "economy"),
    "xhs": ("dti-society", "Xã hội số", "Digital society", "society"),
    "nhan_thuc_so": ("dti-awareness", "Nhận thức số", "Digital awareness", "foundations"),
    "the_che_so": ("dti-institutions", "Thể chế số", "Digital institutions", "foundations"),
    "ha_tang_so": ("dti-infrastructure", "Hạ tầng số", "Digital infrastructure", "foundations"),
    "nhan_luc_so": ("dti-human-resources", "Nhân lực số", "Digital human resources", "foundations"),
    "an_toan_thong_tin_mang": ("dti-cybersecurity", "An toàn thông tin mạng", "Cybersecurity", "foundations"),
    "hoat_dong_chinh_quyen_so": ("dti-government-activity", "Hoạt động chính quyền số", "Digital government activity", "government"),
    "hoat_dong_kinh_te_so": ("dti-economy-activity", "Hoạt động kinh tế số", "Digital economy activity", "economy"),
    "hoat_dong_xa_hoi_so": ("dti-society-activity", "Hoạt động xã hội số", "Digital society activity", "society"),
    "cqs_chuyen_doi_nhan_thuc": ("dti-government-awareness", "Chính quyền số – chuyển đổi nhận thức", "Digital government – awareness", "government"),
    "cqs_hoat_dong_chinh_quyen_so": ("dti-government-operations", "Chính quyền số – hoạt động chính quyền số", "Digital government – operations", "government"),
    "cqs_thong_tin_va_du_lieu_so": ("dti-government-data", "Chính quyền số – thông tin và dữ liệu số", "Digital government – information and data", "government"),
}
PCI_PARTS = [
    ("pci-entry-costs", "Gia nhập thị trường", "Entry costs", "gia_nhap_thi_truong", "entry_costs"),
    ("pci-land-access", "Tiếp cận đất đai", "Access to land", "tiep_can_dat_dai", "access_to_land"),
    ("pci-transparency", "Tính minh bạch", "Transparency", "tinh_minh_bach", "transparency"),
    ("pci-time-costs", "Chi phí thời gian", "Time costs", "chi_phi_thoi_gian", "time_costs"),
    ("pci-informal-charges", "Chi phí không chính thức", "Informal charges", "chi_phi_khong_chinh_thuc", "informal_charges"),
    ("pci-fair-competition", "Cạnh tranh bình đẳng", "Policy bias / fair competition", "canh_tranh_binh_dang", "policy_bias"),
    ("pci-proactivity", "Tính năng động", "Proactivity", "tinh_nang_dong", "proactivity"),
    ("pci-business-support", "Chính sách hỗ trợ doanh nghiệp", "Business support services", "chinh_sach_ho_tro_dn", "business_support_services"),
    ("pci-labour-training", "Đào tạo lao động", "Labour training", "dao_tao_lao_dong", "labor_policy"),
    ("pci-legal-institutions", "Thiết chế pháp lý", "Legal institutions", "thiet_che_phap_ly", "law_and_order"),
]

INDICATORS = {}


def indicator(iid, vi, en, unit, better, pillar, dvi, den):
    INDICATORS.setdefault(iid, (iid, vi, en, unit, better, pillar, dvi, den))


def dti_indicators():
    for key, (prefix, vi, en, pillar) in DTI_PARTS.items():
        where_vi = "DTI cấp tỉnh" if key == "dti" else f"thành phần “{vi}” của DTI cấp tỉnh"
        where_en = "the provincial DTI" if key == "dti" else f"the “{en}” component of the provincial DTI"
        indicator(f"{prefix}-score", f"{vi} – điểm", f"{en} – score", "score", "higher", pillar,
                  f"Điểm {where_vi} do Bộ Thông tin và Truyền thông công bố, thang 0–1.",
                  f"Score of {where_en}, published by the Ministry of Information and Communications, on a 0–1 scale.")
        indicator(f"{prefix}-rank", f"{vi} – thứ hạng", f"{en} – rank", "rank", "lower", pillar,
                  f"Thứ hạng {where_vi} trong các tỉnh, thành phố (63, hoặc 34 đơn vị với kết quả DTI 2024 tính lại); hạng 1 là cao nhất.",
                  f"Rank in {where_en} among the provinces (63, or the 34 units of the recomputed DTI 2024); rank 1 is the best.")
    indicator("dti-national-score", "DTI quốc gia – điểm", "National DTI – score", "score", "higher", "overall",
              "Chỉ số chuyển đổi số quốc gia (không phải bình quân các tỉnh), thang 0–1.",
              "The national Digital Transformation Index (not the average of the provinces), on a 0–1 scale.")


def other_indicators():
    indicator("pci-score", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – điểm", "Provincial Competitiveness Index (PCI) – score",
              "points", "higher", "competitiveness", "Điểm PCI do VCCI công bố, thang 0–100.", "PCI score published by VCCI, on a 0–100 scale.")
    indicator("pci-rank", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – thứ hạng", "Provincial Competitiveness Index (PCI) – rank",
              "rank", "lower", "competitiveness", "Thứ hạng PCI trong 63 tỉnh, thành phố.", "PCI rank among the 63 provinces.")
    for iid, vi, en, _, _ in PCI_PARTS:
        indicator(iid, f"PCI – {vi}", f"PCI – {en}", "points10", "higher", "competitiveness",
                  f"Chỉ số thành phần PCI “{vi}”, thang 0–10.", f"PCI sub-index “{en}”, on a 0–10 scale.")
    indicator("par-index-rank", "Chỉ số cải cách hành chính (PAR Index) – thứ hạng", "Public Administration Reform Index (PAR Index) – rank",
              "rank", "lower", "administration", "Thứ hạng PAR Index trong 63 tỉnh, thành phố.", "PAR Index rank among the 63 provinces.")
    indicator("par-index-score", "Chỉ số cải cách hành chính (PAR Index) – điểm", "Public Administration Reform Index (PAR Index) – score",
              "percent", "higher", "administration", "Kết quả PAR Index, tính bằng %.", "PAR Index result, in percent.")
    indicator("sipas-rank", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) – thứ hạng", "Satisfaction with public administrative services (SIPAS) – rank",
              "rank", "lower", "administration", "Thứ hạng SIPAS trong 63 tỉnh, thành phố.", "SIPAS rank among the 63 provinces.")
    indicator("ict-index-score", "Chỉ số sẵn sàng ứng dụng CNTT (ICT Index) – điểm", "ICT Index – score", "score", "higher", "administration",
              "Điểm ICT Index cấp tỉnh, thang 0–1.", "Provincial ICT Index score, on a 0–1 scale.")
    indicator("ict-index-rank", "Chỉ số sẵn sàng ứng dụng CNTT (ICT Index) – thứ hạng", "ICT Index – rank", "rank", "lower", "administration",
              "Thứ hạng ICT Index trong 63 tỉnh, thành phố.", "ICT Index rank among the 63 provinces.")
    indicator("egov-ict-2017-score", "Ứng dụng CNTT, Chính phủ điện tử 2017 – điểm", "ICT application and e-government 2017 – score", "score", "higher",
              "administration", "Đánh giá mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2017 (tiền thân của DTI; phương pháp khác, không so sánh được với DTI).",
              "The 2017 assessment of ICT application and e-government (a forerunner of the DTI; another method, not comparable with the DTI).")
    indicator("egov-ict-2017-rank", "Ứng dụng CNTT, Chính phủ điện tử 2017 – thứ hạng", "ICT application and e-government 2017 – rank", "rank", "lower",
              "administration", "Thứ hạng năm 2017 (tiền thân của DTI; không so sánh được với DTI).", "Rank in 2017 (a forerunner of the DTI; not comparable with it).")
    indicator("digital-economy-grdp-share", "Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP", "percent", "higher", "economy",
              "Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP), %.", "Share of the digital economy in gross regional domestic product (GRDP), %.")
    indicator("online-dossier-rate", "Tỷ lệ hồ sơ nộp trực tuyến", "Share of dossiers filed online", "percent", "higher", "government",
              "Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến, %.", "Share of administrative-procedure dossiers filed online, %.")
    indicator("online-dossier-full-rate", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Share of dossiers processed fully online", "percent", "higher", "government",
              "Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình, %.", "Share of dossiers processed fully online, %.")


def ascii_fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def read(name, folder=SHARED):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


class Sources:
    """Source ids by address, with a kind, a title and a publisher for each."""

    def __init__(self):
        self.rows = {}
        self.by_url = {}

    def for_url(self, raw):
        url = raw.strip().split(" ")[0]
        for sid, prefix, kind, title, publisher, published in NAMED_SOURCES:
            if url.startswith(prefix) or url + "/" == prefix:
                return self.add(sid, kind, title, publisher, published, url if not prefix.endswith("/") else prefix)
        if url in self.by_url:
            return self.by_url[url]
        host = urlparse(url).netloc.lower().removeprefix("www.")
        kind = "official" if host in OFFICIAL_HOSTS else "provincial" if host.endswith(".gov.vn") else "press"
        publisher = PUBLISHERS.get(host, host)
        path = urlparse(url).path
        slug = re.sub(r"\.(html?|chn|epi|ldo|aspx)$", "", path.rstrip("/").split("/")[-1])
        slug = re.sub(r"-?[a-z]?\d{5,}$", "", slug)
        words = [w for w in slug.split("-") if w]
        while words and re.fullmatch(r"(?=.*\d)(?=.*[a-z])[a-z0-9]{5,}|\d{5,}", words[-1]):
            words.pop()  # a content-management id, not a word of the title
        title = " ".join(words).capitalize() if len(words) >= 3 else f"{publisher} ({host}{path})"
        month = re.search(r"/(20\d\d)(0[1-9]|1[0-2])/", path)
        published = f"{month.group(1)}-{month.group(2)}" if month else ""
        labels = [p for p in host.split(".") if p not in ("en", "m", "news", "tab", "lite", "www")]
        base = slugify(f"{labels[0]}-{' '.join(words[:6])}") or slugify(labels[0])
        sid, n = base[:60].strip("-"), 2
        while sid in self.rows:
            sid, n = f"{base[:57].strip('-')}-{n}", n + 1
        self.by_url[url] = sid
        return self.add(sid, kind, title, publisher, published, url)

    def add(self, sid, kind, title, publisher, published, url, file=""):
        self.rows.setdefault(sid, (sid, kind, title, publisher, published, url, file))
        return sid


def provinces_and_units():
    units, unit_slug = {}, {}
    for r in read("merger_2025_63_to_34_mapping.csv"):
        name = UNIT_NAME_FIX.get(r["new_unit_name"], r["new_unit_name"])
        slug = slugify(r["new_unit_name"])
        kind = "city" if r["new_unit_type"] == "thành phố" else "province"
        en = UNIT_EN_FIX.get(r["new_unit_name"], ascii_fold(name))
        units.setdefault(slug, [slug, name, en, kind, [], "2025-07-01", int(r["new_unit_no"])])[4].append(r["old_iso_3166_2"])
        unit_slug[r["old_iso_3166_2"]] = slug
    provinces = []
    for row in read("iso3166_2_vn_63.csv"):
        code = row["iso_3166_2"]
        vi = NAME_VI_FIX.get(code, row["name_pycountry"])
        en = NAME_EN_FIX.get(code, ascii_fold(vi))
        slug = "ho-chi-minh" if code == "VN-SG" else slugify(vi)
        kind = "city" if row["type_pycountry"] == "Municipality" else "province"
        provinces.append((code, slug, vi, en, REGION_OF[code], kind, unit_slug[code]))
    assert len(provinces) == 63 and len(units) == 34
    write("provinces.csv", ["code", "slug", "name_vi", "name_en", "region", "kind", "unit_2025"], sorted(provinces, key=lambda p: p[1]))
    ordered = sorted(units.values(), key=lambda u: u[6])
    write_unit_geometry({u[6]: u[0] for u in ordered})
    write("units_2025.csv", ["slug", "name_vi", "name_en", "kind", "absorbed", "effective"],
          [(u[0], u[1], u[2], u[3], "~".join(u[4]), u[5]) for u in ordered])
    return unit_slug


def write_unit_geometry(slug_of_number):
    """Copies the 34 dissolved unit shapes, keyed by our unit slugs (joined on the
    merger table's unit number, never on names)."""
    import json
    source = os.path.join(HERE, "..", "..", "shared", "geo", "vn_34units_dissolved_from_ne10m_simplified.geojson")
    with open(source, encoding="utf-8") as f:
        collection = json.load(f)
    for feature in collection["features"]:
        feature["properties"]["slug"] = slug_of_number[feature["properties"]["new_unit_no"]]
    assert len({f["properties"]["slug"] for f in collection["features"]}) == 34
    with open(os.path.join(HERE, "..", "assets", "geo", "units_2025.geojson"), "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))


POINT_34_NAMES = {"Da Nang (new, post-merger)": "da-nang", "Hà Nội (post-merger unit)": "ha-noi", "Huế (post-merger unit)": "hue",
                  "Hải Phòng (post-merger unit)": "hai-phong", "TP Hồ Chí Minh (post-merger unit)": "ho-chi-minh",
                  "Thanh Hóa (post-merger unit)": "thanh-hoa", "Khánh Hòa (post-merger unit)": "khanh-hoa"}
MERGED_PREFIX = "2025:"  # an area that is a post-2025 unit, e.g. 2025:hai-phong
KIND_ORDER = {"official": 0, "provincial": 1, "press": 2, "article": 3}
CONFLICTS = []


UNQUOTED = []
USED_SOURCES = set()


class Observations:
    def __init__(self):
        self.rows, self.keys = [], set()

    def add(self, iid, area, year, part, kind, value, printed, group, source, quote, note=""):
        quote = " ".join(quote.split())
        if printed.strip() not in quote or "respectively" in printed:
            UNQUOTED.append((iid, area, year, printed, quote[:70]))
            return  # no verbatim words that carry the value: not traceable, left out
        unit = INDICATORS[iid][3]
        number = float(value)
        text = str(int(number)) if unit in ("rank", "count") and number == int(number) else f"{number:g}"
        key = (iid, area, year, part, kind, text, source)
        if key in self.keys:
            return
        self.keys.add(key)
        tie = ""
        USED_SOURCES.add(source)
        self.rows.append((iid, area, year, part, kind, text, printed.strip(), group, tie, source, quote, note))

    def resolve_shared_ranks(self, sources):
        """Two areas with one rank in one ranking: a tie where a source ranks both equal
        or their published scores are equal; otherwise the less authoritative row goes."""
        scores = {}
        for r in self.rows:
            if r[0].endswith("-score") and r[4] == "actual":
                scores.setdefault((r[0][:-6], r[1], r[2]), set()).add(r[5])
        by_rank = {}
        for i, r in enumerate(self.rows):
            if r[7] and r[4] == "actual":
                by_rank.setdefault((r[0], r[2], r[3], r[7], r[5]), []).append(i)
        drop = set()
        for key, ixs in by_rank.items():
            areas = {self.rows[i][1] for i in ixs}
            if len(areas) < 2:
                continue
            per_source = {}
            for i in ixs:
                per_source.setdefault(self.rows[i][9], set()).add(self.rows[i][1])
            common = set.intersection(*(scores.get((key[0][:-5], a, key[1]), set()) for a in areas))
            if any(len(a) > 1 for a in per_source.values()) or common:
                for i in ixs:
                    self.rows[i] = self.rows[i][:8] + ("yes",) + self.rows[i][9:]
                continue
            rank_of = lambda i: (KIND_ORDER[sources.rows[self.rows[i][9]][1]], -len(sources.rows[self.rows[i][9]][4]))
            best = min(ixs, key=rank_of)
            keep_area = self.rows[best][1]
            for i in ixs:
                if self.rows[i][1] != keep_area:
                    drop.add(i)
                    CONFLICTS.append((self.rows[i][:3], self.rows[i][5], self.rows[i][9], "vs", keep_area, self.rows[best][9]))
        self.rows = [r for i, r in enumerate(self.rows) if i not in drop]

    def write(self, name):
        self.rows.sort(key=lambda r: (r[0], r[2], r[1], r[9]))
        write(name, ["indicator", "area", "year", "part", "kind", "value", "printed", "group", "tie", "source", "quote", "note"], self.rows)


def metric_id(metric):
    base, kind = metric.rsplit("_", 1)
    return f"{DTI_PARTS[base][0]}-{'score' if kind == 'value' else 'rank'}"


def dti_observations(sources, unit_slug):
    obs = Observations()
    for r in read("dti_2022_rank_63.csv"):
        sid = sources.for_url(r["source"])
        obs.add("dti-rank", r["iso_3166_2_helper_mapped"], "2022", "", "actual", r["dti_rank"], r["dti_rank"], "63", sid,
                f"{r['dti_rank']} {r['province_as_printed']}", "table row")
    for r in read("dti_2021_top17_with_pillars.csv"):
        sid = sources.for_url(r["source"])
        for key, prefix in (("dti", "dti"), ("cqs", "dti-government"), ("kts", "dti-economy"), ("xhs", "dti-society")):
            printed = r[f"as_printed_{key}"]
            rank, score = printed.split(" (")
            score = score.rstrip(")")
            quote = f"{r['province_as_printed']} {printed}"
            obs.add(f"{prefix}-rank", r["iso_3166_2_helper_mapped"], "2021", "", "actual", rank, rank, "63", sid, quote, "table row")
            obs.add(f"{prefix}-score", r["iso_3166_2_helper_mapped"], "2021", "", "actual", score.replace(",", "."), score, "", sid, quote, "table row")
    cells = ["nhan_thuc_so", "the_che_so", "ha_tang_so", "nhan_luc_so", "an_toan_thong_tin_mang",
             "hoat_dong_chinh_quyen_so", "hoat_dong_kinh_te_so", "hoat_dong_xa_hoi_so"]
    for r in read("dti_2022_detail_top5.csv"):
        sid = sources.for_url(r["source"])
        quote = " ".join([r["dti_rank"], r["province_as_printed"]] + [r[c] for c in cells] + [r["pdti"]])
        for c in cells:
            obs.add(f"{DTI_PARTS[c][0]}-score", r["iso_3166_2_helper_mapped"], "2022", "", "actual", r[c], r[c], "", sid, quote, "table row (detail)")
        obs.add("dti-score", r["iso_3166_2_helper_mapped"], "2022", "", "actual", r["pdti"], r["pdti"], "", sid, quote, "table row (detail)")
    left_out = []
    for r in read("dti_campaign_facts.csv"):
        if r["metric"] == "dti_points_1000_scale":
            left_out.append(r)
            continue
        area = r["iso_3166_2"] if r["ranking_group"] == "63" else MERGED_PREFIX + unit_slug[r["iso_3166_2"]]
        iid = metric_id(r["metric"])
        group = r["ranking_group"] if iid.endswith("-rank") else ""
        obs.add(iid, area, r["dti_year"], "", "actual", r["value"], r["value_as_printed"], group, sources.for_url(r["source_url"]), r["quote"])
    for r in read("dti_point_facts.csv"):
        metric, code, source = r["metric"], r["iso_3166_2_helper_mapped"], r["source"]
        if metric == "top_list_as_printed" or source.startswith("00"):
            continue  # a list (its ranks are rows of their own), or an article (imported from the article itself)
        sid = sources.for_url(source)
        if metric == "provincial_average_dti":
            obs.add("dti-score", "VN", r["year"], "", "actual", r["value"], r["value_as_printed"], "", sid, r["quote_or_note"], "provincial average")
            continue
        if metric == "national_dti":
            obs.add("dti-national-score", "VN", r["year"], "", "actual", r["value"], r["value_as_printed"], "", sid, r["quote_or_note"])
            continue
        area = code if r["ranking_group"] == "63" else MERGED_PREFIX + POINT_34_NAMES[r["province_as_printed"]]
        iid = metric_id(metric)
        group = r["ranking_group"] if iid.endswith("-rank") else ""
        obs.add(iid, area, r["year"], "", "actual", r["value"], r["value_as_printed"], group, sid, r["quote_or_note"])
    obs.resolve_shared_ranks(sources)
    obs.write("observations/dti.csv")
    return len(obs.rows), left_out


OTHER_METRICS = {
    ("PCI", "pci_score"): "pci-score", ("PCI", "pci_rank"): "pci-rank", ("PAR_Index", "par_rank"): "par-index-rank",
    ("PAR_Index", "par_value_pct"): "par-index-score", ("SIPAS", "sipas_rank"): "sipas-rank",
    ("ICT_Index", "ict_index_value"): "ict-index-score", ("ICT_Index", "ict_index_rank"): "ict-index-rank",
    ("digital_economy_share_of_GRDP", "share_pct"): "digital-economy-grdp-share",
    ("online_dossier_rate", "pct_jan_to_early_nov_2022"): "online-dossier-rate",
    ("full_process_online_dossier_rate", "pct"): "online-dossier-full-rate",
    ("full_process_online_dossier_rate", "provinces_block_pct"): "online-dossier-full-rate",
}
PCI_CODES = {}


def pci_codes():
    names = {}
    for row in read("iso3166_2_vn_63.csv"):
        code = row["iso_3166_2"]
        for n in (row["name_pycountry"], row["ne10m_name_vi"], row["ne10m_name"], NAME_VI_FIX.get(code, "")):
            if n:
                names[slugify(n)] = code
    names.update({"hcmc": "VN-SG", "ho-chi-minh": "VN-SG", "ha-noi": "VN-HN", "hai-phong": "VN-HP", "da-nang": "VN-DN",
                  "can-tho": "VN-CT", "thua-thien-hue": "VN-26", "tt-hue": "VN-26", "hue": "VN-26", "brvt": "VN-43", "hcm": "VN-SG", "ba-ria-vung-tau": "VN-43", "kien-giang": "VN-47"})
    for name in ("pci_2021_top21.csv", "pci_2019_top23_en.csv"):
        for r in read(name):
            slug = slugify(r["province_as_printed"]).removeprefix("tp-")
            if slug not in names:
                sys.exit(f"unknown PCI province {r['province_as_printed']!r}")
            PCI_CODES[r["province_as_printed"]] = names[slug]


def other_observations(sources):
    obs = Observations()
    left_out = []
    for r in read("other_indicators_point_facts.csv"):
        if r["source"].startswith("00"):
            continue  # from one of the five articles: imported from the article itself
        iid = OTHER_METRICS.get((r["indicator"], r["metric"]))
        if iid is None:
            left_out.append(r)
            continue
        area = r["iso_3166_2_helper_mapped"] or "VN"
        part = "to-11" if r["metric"] == "pct_jan_to_early_nov_2022" else ""
        note = "average of the provincial block" if r["metric"] == "provinces_block_pct" else ""
        group = "63" if iid.endswith("-rank") else ""
        obs.add(iid, area, r["year"], part, "actual", r["value"], r["value_as_printed"], group, sources.for_url(r["source"]), r["quote_or_note"], note)
    for name, rank_col, col in (("pci_2021_top21.csv", "pci_rank", 3), ("pci_2019_top23_en.csv", "pci_ranking", 4)):
        for r in read(name):
            if r["pci_score"] in ("", "N/A"):
                continue
            sid = sources.for_url(r["source"])
            code = PCI_CODES[r["province_as_printed"]]
            cells = [r[p[col]] for p in PCI_PARTS]
            quote = " ".join([r["province_as_printed"]] + cells + [r["pci_score"], r[rank_col]])
            for part, cell in zip(PCI_PARTS, cells):
                obs.add(part[0], code, r["year"], "", "actual", cell, cell, "", sid, quote, "table row")
            obs.add("pci-score", code, r["year"], "", "actual", r["pci_score"], r["pci_score"], "", sid, quote, "table row")
            obs.add("pci-rank", code, r["year"], "", "actual", r[rank_col], r[rank_col], "63", sid, quote, "table row")
    for r in read("egov_ict_application_index_2017_rows1-53.csv"):
        sid = sources.for_url(r["source"])
        rank_printed, score_printed = r["as_printed"].split(" (")
        quote = f"{r['province_as_printed']} {r['as_printed']}"
        obs.add("egov-ict-2017-rank", r["iso_3166_2_helper_mapped"], "2017", "", "actual", r["rank"], rank_printed, "63", sid, quote, "table row")
        obs.add("egov-ict-2017-score", r["iso_3166_2_helper_mapped"], "2017", "", "actual", r["value"], score_printed.rstrip(")"), "", sid, quote, "table row")
    obs.resolve_shared_ranks(sources)
    obs.write("observations/other.csv")
    return len(obs.rows), left_out


# Indicators the article extraction took from the shared list without defining them.
ARTICLE_INDICATORS = {
    "par-egov-rank": ("PAR Index – xây dựng chính quyền điện tử, chính quyền số – thứ hạng", "PAR Index – e-government and digital government – rank", "rank", "lower", "administration", "Thứ hạng lĩnh vực “xây dựng chính quyền điện tử, chính quyền số” của PAR Index trong 63 tỉnh, thành phố.", "Rank of the PAR Index field “building e-government and digital government” among the 63 provinces."),
    "online-services-count": ("Số dịch vụ công trực tuyến", "Online public services offered", "count", "higher", "government", "Số dịch vụ công trực tuyến được cung cấp.", "Number of online public services offered."),
    "online-services-full-count": ("Số dịch vụ công trực tuyến toàn trình", "Fully online public services", "count", "higher", "government", "Số dịch vụ công trực tuyến toàn trình.", "Number of public services offered fully online."),
    "online-services-partial-count": ("Số dịch vụ công trực tuyến một phần", "Partly online public services", "count", "higher", "government", "Số dịch vụ công trực tuyến một phần.", "Number of public services offered partly online."),
    "online-services-level34-share": ("Tỷ lệ dịch vụ công mức độ 3, 4", "Share of level-3/4 online services", "percent", "higher", "government", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4, %.", "Share of online public services at level 3 or 4, %."),
    "online-services-level4-count": ("Số dịch vụ công trực tuyến mức độ 4", "Level-4 online public services", "count", "higher", "government", "Số dịch vụ công trực tuyến mức độ 4.", "Number of level-4 online public services."),
    "online-result-rate": ("Tỷ lệ hồ sơ trả kết quả điện tử", "Share of results issued electronically", "percent", "higher", "government", "Tỷ lệ hồ sơ được cấp, trả kết quả điện tử, %.", "Share of dossiers whose result is issued electronically, %."),
    "digitised-dossier-rate": ("Tỷ lệ số hóa hồ sơ, kết quả TTHC", "Share of dossiers and results digitised", "percent", "higher", "government", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, %.", "Share of administrative dossiers and results digitised, %."),
    "data-reuse-rate": ("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", "Reuse of digitised data", "percent", "higher", "government", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa, %.", "Share of digitised information and data reused, %."),
    "e-tax-filing-rate": ("Tỷ lệ doanh nghiệp nộp thuế điện tử", "Firms paying tax electronically", "percent", "higher", "economy", "Tỷ lệ doanh nghiệp kê khai, nộp thuế điện tử, %.", "Share of firms filing and paying tax electronically, %."),
    "digital-firms-share": ("Tỷ lệ doanh nghiệp chuyển đổi số", "Share of digitally transformed firms", "percent", "higher", "economy", "Tỷ lệ doanh nghiệp chuyển đổi số trên tổng số doanh nghiệp có phát sinh thuế, %.", "Digitally transformed firms as a share of tax-paying firms, %."),
    "digital-tech-firms": ("Số doanh nghiệp công nghệ số", "Digital-technology firms", "count", "higher", "economy", "Số doanh nghiệp công nghệ số.", "Number of digital-technology firms."),
    "digital-platform-users-firms": ("Số doanh nghiệp nền tảng số", "Digital-platform firms", "count", "higher", "economy", "Số doanh nghiệp nền tảng số (theo bài báo).", "Number of digital-platform firms (as the article says)."),
    "smedx-smes": ("Số doanh nghiệp nhỏ và vừa tham gia SMEdx", "SMEs in the SMEdx programme", "count", "higher", "economy", "Số doanh nghiệp nhỏ và vừa tiếp cận, tham gia chương trình SMEdx.", "Small and medium firms taking part in the SMEdx programme."),
    "ecommerce-households": ("Số hộ tham gia thương mại điện tử", "Households selling online", "count", "higher", "economy", "Số hộ sản xuất, kinh doanh tham gia sàn thương mại điện tử.", "Households selling on e-commerce platforms."),
    "ecommerce-products": ("Số sản phẩm trên sàn thương mại điện tử", "Products on e-commerce platforms", "count", "higher", "economy", "Số sản phẩm được đưa lên sàn thương mại điện tử.", "Products listed on e-commerce platforms."),
    "e-invoices": ("Số hóa đơn điện tử", "E-invoices issued", "count", "higher", "economy", "Số hóa đơn điện tử.", "Number of e-invoices issued."),
    "bank-cards": ("Số thẻ ngân hàng", "Bank cards", "count", "higher", "economy", "Số thẻ ngân hàng.", "Number of bank cards."),
    "pos-terminals": ("Số máy POS", "POS terminals", "count", "higher", "economy", "Số máy chấp nhận thẻ (POS).", "Number of card payment (POS) terminals."),
    "social-security-bank-payment-rate": ("Tỷ lệ chi trả an sinh xã hội qua ngân hàng", "Social benefits paid through banks", "percent", "higher", "society", "Tỷ lệ chi trả an sinh xã hội qua tài khoản ngân hàng, %.", "Share of social benefits paid into bank accounts, %."),
    "app-installs": ("Số lượt cài đặt ứng dụng của tỉnh", "Installs of the provincial app", "count", "higher", "society", "Số lượt cài đặt ứng dụng công dân số của tỉnh (ví dụ Smart-HaiDuong).", "Installs of the province's citizen app (e.g. Smart-HaiDuong)."),
    "officials-trained": ("Số cán bộ được đào tạo về chuyển đổi số", "Officials trained in digital transformation", "count", "higher", "government", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng về chuyển đổi số.", "Officials trained in digital transformation."),
    "communes-cds-criteria": ("Số xã hoàn thành tiêu chí chuyển đổi số", "Communes meeting the digital-transformation criteria", "count", "higher", "society", "Số đơn vị cấp xã được công nhận hoàn thành tiêu chí chuyển đổi số.", "Communes recognised as meeting the digital-transformation criteria."),
    "open-datasets": ("Số cơ sở dữ liệu mở", "Open datasets", "count", "higher", "government", "Số cơ sở dữ liệu mở trên cổng dữ liệu mở của tỉnh.", "Open datasets on the province's open-data portal."),
    "documents-exchanged": ("Số văn bản điện tử trao đổi", "Electronic documents exchanged", "count", "higher", "government", "Số văn bản điện tử được gửi, nhận giữa các cơ quan.", "Electronic documents exchanged between agencies."),
    "digital-signature-rate": ("Tỷ lệ văn bản ký số", "Documents signed digitally", "percent", "higher", "government", "Tỷ lệ văn bản điện tử được ký số, %.", "Share of electronic documents signed digitally, %."),
    "citizen-feedback-handled": ("Số phản ánh, kiến nghị đã xử lý", "Citizen feedback handled", "count", "higher", "government", "Số phản ánh, kiến nghị của người dân đã được xử lý.", "Citizen reports and requests handled."),
    "villages-without-coverage": ("Số thôn chưa có sóng di động", "Villages without mobile coverage", "count", "lower", "society", "Số thôn, bản chưa có sóng điện thoại di động.", "Villages without mobile-phone coverage."),
    "households-without-smartphones": ("Số hộ chưa có điện thoại thông minh", "Households without a smartphone", "count", "lower", "society", "Số hộ gia đình chưa có điện thoại thông minh.", "Households without a smartphone."),
}


def article_observations(sources, folder):
    obs = Observations()
    for stem, (sid, title, publisher, published) in ARTICLES.items():
        sources.add(sid, "article", title, publisher, published, "", f"{stem}.txt")
        path = os.path.join(folder, f"{stem}.indicators.csv")
        if os.path.exists(path):
            for r in read(os.path.basename(path), folder):
                pillar = "foundations" if r["id"].startswith("dti-") else r["pillar"]
                indicator(r["id"], r["name_vi"], r["name_en"], r["unit"], r["better"], pillar, r["description_vi"], r["description_en"])
        for r in read(f"{stem}.csv", folder):
            if r["indicator"] not in INDICATORS:
                indicator(r["indicator"], *ARTICLE_INDICATORS[r["indicator"]])
            group = "63" if r["unit"] == "rank" else ""
            obs.add(r["indicator"], r["area"], r["year"], r["period_part"], r["kind"], r["value"], r["value_as_printed"], group, sid, r["quote"], r["note"])
    obs.write("observations/articles.csv")
    return len(obs.rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", help="folder with the article extractions (one-time import)")
    args = parser.parse_args()
    dti_indicators()
    other_indicators()
    pci_codes()
    sources = Sources()
    unit_slug = provinces_and_units()
    n_dti, left_dti = dti_observations(sources, unit_slug)
    n_other, left_other = other_observations(sources)
    if args.articles:
        n_articles = article_observations(sources, args.articles)
    else:
        n_articles = "kept"
        for r in read("sources.csv", OUT):
            if r["kind"] == "article":
                sources.add(r["id"], r["kind"], r["title"], r["publisher"], r["published"], r["url"], r["file"])
        for r in read("indicators.csv", OUT):
            INDICATORS.setdefault(r["id"], tuple(r.values()))
    write("indicators.csv", ["id", "name_vi", "name_en", "unit", "better", "pillar", "description_vi", "description_en"], INDICATORS.values())
    kind_order = {"official": 0, "provincial": 1, "press": 2, "article": 3}
    rows = sorted((s for s in sources.rows.values() if s[0] in USED_SOURCES or s[1] == "article"),
                  key=lambda s: (kind_order[s[1]], s[0]))
    write("sources.csv", ["id", "kind", "title", "publisher", "published", "url", "file"], rows)
    print(f"indicators {len(INDICATORS)}, sources {len(rows)}, observations: dti {n_dti}, other {n_other}, articles {n_articles}")
    for r in left_dti + left_other:
        print("left out (not a value):", {k: r[k] for k in list(r)[:7]})
    for row in UNQUOTED:
        print("left out (quote does not contain the printed value):", row)
    for row in CONFLICTS:
        print("left out (rank contradicts a more authoritative source):", row)


if __name__ == "__main__":
    main()
