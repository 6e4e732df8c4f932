//! Shared helpers: the shipped dataset and a small synthetic one.

use cds_explorer::core::data::dataset::Dataset;
use cds_explorer::core::data::embedded::complete;
use cds_explorer::core::data::load::{load, DataFiles, LoadError};

/// The shipped dataset with every family's data file added (as the page has it once it
/// has fetched them); fails the test if the shipped files have any error.
pub fn shipped() -> &'static Dataset {
    let embedded = complete();
    let errors: Vec<String> = embedded.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    &embedded.dataset
}

pub const PROVINCES: &str = "code,slug,name_vi,name_en,region,kind,unit_2025
VN-61,hai-duong,Hải Dương,Hai Duong,red-river-delta,province,hai-phong
VN-HP,hai-phong,Hải Phòng,Hai Phong,red-river-delta,city,hai-phong
VN-21,thanh-hoa,Thanh Hóa,Thanh Hoa,north-central-coast,province,thanh-hoa
VN-DN,da-nang,Đà Nẵng,Da Nang,north-central-coast,city,da-nang
";

pub const UNITS: &str = "slug,name_vi,name_en,kind,absorbed,effective
hai-phong,Hải Phòng,Hai Phong,city,VN-61~VN-HP,2025-07-01
thanh-hoa,Thanh Hóa,Thanh Hoa,province,VN-21,2025-07-01
da-nang,Đà Nẵng,Da Nang,city,VN-DN,2025-07-01
";

pub const INDICATORS: &str = "id,name_vi,name_en,unit,better,pillar,description_vi,description_en
dti-rank,DTI – thứ hạng,DTI – rank,rank,lower,overall,Thứ hạng.,Rank.
dti-score,DTI – điểm,DTI – score,score,higher,overall,Điểm.,Score.
online-dossier-rate,Hồ sơ trực tuyến,Online dossiers,percent,higher,government,Tỷ lệ.,Share.
e-invoices,Hóa đơn điện tử,E-invoices,count,higher,economy,Số.,Number.
";

pub const SOURCES: &str = "id,kind,title,publisher,published,url,file
official,official,Official table,Ministry,2023-07,https://example.org/a,
press,press,Press article,Newspaper,,https://example.org/b,
later-press,press,Later press article,Newspaper,2024-01,https://example.org/c,
article,article,An article,Newspaper,2024,,000_article.txt
";

pub const OBSERVATIONS: &str = "indicator,area,year,part,kind,value,printed,group,tie,source,quote,note
dti-rank,VN-61,2020,,actual,14,14,63,,press,xếp thứ 14,
dti-rank,VN-61,2022,,actual,13,13,63,,official,13 Hải Dương,
dti-rank,VN-61,2022,,actual,12,thứ 12,63,,press,xếp thứ 12 cả nước,
dti-rank,VN-21,2020,,actual,15,15,63,,press,thứ 15,
dti-rank,VN-21,2021,,actual,12,12,63,,official,12 Thanh Hóa,
dti-rank,VN-21,2025,,target,10,nhóm 10,63,,article,vào nhóm 10 tỉnh,
dti-score,VN-DN,2021,,actual,0.6419,\"0,6419\",,,official,\"Đà Nẵng 1 (0,6419)\",
dti-score,VN,2021,,actual,0.4014,\"0,4014\",,,press,\"bình quân cả nước (0,4014 điểm)\",provincial average
dti-rank,2025:hai-phong,2024,,actual,3,3rd,34,,later-press,ranked 3rd of 34,
online-dossier-rate,VN-61,2024,H1,actual,87,87%,,,article,tỷ lệ hồ sơ nộp trực tuyến đạt 87%,
online-dossier-rate,VN-61,2023,,actual,80.5,\"80,5%\",,,press,\"đạt 80,5%\",
online-dossier-rate,VN-61,2023,,actual,81,81%,,,later-press,đạt 81%,
e-invoices,VN-21,2024,as-of,actual,342780000,\"342,78 triệu\",,,article,\"342,78 triệu hóa đơn\",
";

/// The synthetic files, with `observations` as the only observations file.
pub fn files(observations: &str) -> DataFiles<'_> {
    let observations: &'static [(&'static str, &str)] = Box::leak(Box::new([(
        "observations/test.csv",
        // The text lives as long as the test: leak it with the slice.
        &*Box::leak(observations.to_string().into_boxed_str()),
    )]));
    DataFiles {
        provinces: PROVINCES,
        merged_units: UNITS,
        indicators: INDICATORS,
        sources: SOURCES,
        observations,
    }
}

/// Loads the synthetic files with `observations`.
pub fn load_with(observations: &str) -> (Dataset, Vec<LoadError>) {
    load(files(observations))
}

/// The synthetic dataset, which must load cleanly.
pub fn synthetic() -> Dataset {
    let (dataset, errors) = load_with(OBSERVATIONS);
    assert!(errors.is_empty(), "{errors:?}");
    dataset
}
