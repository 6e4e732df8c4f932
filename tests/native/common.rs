//! Shared helpers: the shipped dataset and a small synthetic one.

use cds_explorer::core::dataset::{embedded, Dataset};
use cds_explorer::core::load::{load, DataFiles};

/// The embedded dataset; fails the test if the shipped files have any error.
pub fn shipped() -> &'static Dataset {
    let embedded = embedded();
    assert!(embedded.errors.is_empty(), "{:?}", embedded.errors);
    &embedded.dataset
}

pub const PROVINCES: &str = "code,slug,name_vi,name_en,region
VN-61,hai-duong,Hải Dương,Hai Duong,red-river-delta
VN-21,thanh-hoa,Thanh Hóa,Thanh Hoa,north-central-coast
VN-DN,da-nang,Đà Nẵng,Da Nang,north-central-coast
";

pub const INDICATORS: &str = "id,name_vi,name_en,unit,better,pillar,description_vi,description_en
dti-rank,DTI – thứ hạng,DTI – rank,rank,lower,overall,Thứ hạng.,Rank.
dti-score,DTI – điểm,DTI – score,score,higher,overall,Điểm.,Score.
";

pub const SOURCES: &str = "id,title,publisher,published,url
official,Official table,Ministry,2023-07,https://example.org/a
press,Press article,Newspaper,,https://example.org/b
";

pub const OBSERVATIONS: &str = "indicator,province,year,value,source,quote
dti-rank,VN-61,2020,14,press,xếp thứ 14
dti-rank,VN-61,2022,13,official,13 Hải Dương
dti-rank,VN-61,2022,12,press,thứ 12
dti-rank,VN-21,2020,15,press,thứ 15
dti-rank,VN-21,2021,12,official,12 Thanh Hóa
dti-score,VN-DN,2021,0.6419,official,\"0,6419\"
";

pub fn files(observations: &str) -> DataFiles<'_> {
    DataFiles {
        provinces: PROVINCES,
        indicators: INDICATORS,
        sources: SOURCES,
        observations,
    }
}

/// The synthetic dataset, which must load cleanly.
pub fn synthetic() -> Dataset {
    let (dataset, errors) = load(files(OBSERVATIONS));
    assert!(errors.is_empty(), "{errors:?}");
    dataset
}
