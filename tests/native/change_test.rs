//! Change between two years as the press writes it: ranks' moves in places with ties,
//! and no change across a missing end, a method break or rankings of different sizes.

use cds_explorer::core::data::model::{Area, Year};
use cds_explorer::core::query::change::{
    arrow, move_words, no_change_words, previous_year, rank_move, rank_with_tie, NoChange,
};
use cds_explorer::core::view::state::Lang;

use super::common::shipped;

fn year(y: u16) -> Year {
    Year::new(y).expect("a year")
}

fn province(slug: &str) -> Area {
    Area::Province(shipped().find_province(slug).expect(slug))
}

#[test]
fn dti_2022_to_2023_moves_as_the_press_wrote_it() {
    let data = shipped();
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let ha_noi = rank_move(data, rank, province("ha-noi"), year(2022), year(2023)).expect("a move");
    assert_eq!((ha_noi.from, ha_noi.to, ha_noi.places()), (24, 6, 18));
    assert_eq!(arrow(ha_noi.places()), "▲18");
    assert_eq!(move_words(&ha_noi, Lang::Vi), "tăng 18 bậc so với 2022");
    assert_eq!(move_words(&ha_noi, Lang::En), "up 18 places on 2022");
    let quang_ninh =
        rank_move(data, rank, province("quang-ninh"), year(2022), year(2023)).expect("a move");
    assert_eq!((quang_ninh.from, quang_ninh.to), (3, 12));
    assert_eq!(arrow(quang_ninh.places()), "▼9");
    assert_eq!(move_words(&quang_ninh, Lang::Vi), "giảm 9 bậc so với 2022");
    assert_eq!(move_words(&quang_ninh, Lang::En), "down 9 places on 2022");
    // Thanh Hóa shared 15th with Yên Bái in 2022: the tie is kept.
    let thanh_hoa =
        rank_move(data, rank, province("thanh-hoa"), year(2022), year(2023)).expect("a move");
    assert!(thanh_hoa.from_tie);
    assert_eq!(rank_with_tie(thanh_hoa.from, thanh_hoa.from_tie), "15=");
    assert_eq!(
        previous_year(data, rank, province("ha-noi"), year(2023)),
        Some(year(2022))
    );
}

#[test]
fn no_change_across_a_missing_end_a_method_break_or_another_ranking() {
    let data = shipped();
    let pci = data.find_indicator("pci-rank").expect("pci-rank");
    let hai_duong = province("hai-duong");
    // PCI changed its method in 2017.
    let across = rank_move(data, pci, hai_duong, year(2016), year(2017)).expect_err("a break");
    assert!(matches!(across, NoChange::MethodBreak { .. }));
    assert_eq!(
        no_change_words(&across, year(2016), Lang::Vi),
        "không so sánh với 2016: đổi phương pháp 2017"
    );
    assert!(rank_move(data, pci, hai_duong, year(2017), year(2019)).is_ok());
    // 2007 ranked 64 (with Hà Tây), 2009 ranked 63.
    let other = rank_move(data, pci, hai_duong, year(2007), year(2009)).expect_err("sizes");
    assert_eq!(
        other,
        NoChange::OtherRanking {
            from: Some(64),
            to: Some(63)
        }
    );
    assert_eq!(
        no_change_words(&other, year(2007), Lang::En),
        "not compared with 2007: different rankings (64 and 63 units)"
    );
    // PCI has no ranks for 2008.
    let missing = rank_move(data, pci, hai_duong, year(2008), year(2009)).expect_err("missing");
    assert_eq!(missing, NoChange::Missing(year(2008)));
    assert_eq!(
        no_change_words(&missing, year(2008), Lang::Vi),
        "không có số liệu năm 2008 để so sánh"
    );
    // Ranks of the 63 and of the 34 units are never the same place's two ends.
    let dti = data.find_indicator("dti-rank").expect("dti-rank");
    let hai_phong_unit = Area::Merged(
        data.merged_units()
            .iter()
            .position(|u| u.slug == "hai-phong")
            .expect("Hải Phòng"),
    );
    assert_eq!(
        rank_move(data, dti, hai_phong_unit, year(2023), year(2024)),
        Err(NoChange::Missing(year(2023)))
    );
}

#[test]
fn english_says_one_place_and_unchanged() {
    let data = shipped();
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let mut one =
        rank_move(data, rank, province("ha-noi"), year(2022), year(2023)).expect("a move");
    one.to = one.from - 1;
    assert_eq!(move_words(&one, Lang::En), "up 1 place on 2022");
    one.to = one.from;
    assert_eq!(move_words(&one, Lang::En), "unchanged on 2022");
    assert_eq!(move_words(&one, Lang::Vi), "giữ nguyên so với 2022");
    assert_eq!(arrow(0), "=");
}

#[test]
fn a_tooltip_says_the_rank_and_its_move_since_the_previous_year() {
    use cds_explorer::core::charts::shared::tooltip::tooltip_for;
    use cds_explorer::core::data::preferred::preferred;
    let data = shipped();
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let ha_noi = province("ha-noi");
    let shown = preferred(data, rank, ha_noi, year(2023)).expect("a 2023 rank");
    let tip = tooltip_for(data, rank, ha_noi, year(2023), shown.observation, Lang::Vi)
        .expect("a tooltip");
    assert_eq!(tip.value, "hạng 6/63");
    assert_eq!(tip.change.as_deref(), Some("tăng 18 bậc so với 2022"));
    // A score's tooltip gives its rank's move too.
    let score = data.find_indicator("dti-score").expect("dti-score");
    let shown = preferred(data, score, ha_noi, year(2023)).expect("a 2023 score");
    let tip = tooltip_for(data, score, ha_noi, year(2023), shown.observation, Lang::En)
        .expect("a tooltip");
    assert_eq!(tip.change.as_deref(), Some("up 18 places on 2022"));
    // Across PCI's method break, no move but the reason.
    let pci = data.find_indicator("pci-score").expect("pci-score");
    let hai_duong = province("hai-duong");
    let shown = preferred(data, pci, hai_duong, year(2017)).expect("a 2017 PCI");
    let tip = tooltip_for(
        data,
        pci,
        hai_duong,
        year(2017),
        shown.observation,
        Lang::Vi,
    )
    .expect("a tooltip");
    assert_eq!(
        tip.change.as_deref(),
        Some("không so sánh với 2016: đổi phương pháp 2017")
    );
}

#[test]
fn the_summary_of_dti_2023_in_sentences() {
    use cds_explorer::core::query::summary::summary;
    use cds_explorer::core::view::url::decode;
    let data = shipped();
    let facts = summary(
        data,
        &decode("?view=ranking&indicator=dti-rank&time=2023", data).state,
    )
    .expect("facts");
    for fact in &facts {
        println!("{}", fact.text);
    }
    let text: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert!(
        text[0].starts_with("Top 10 Chỉ số chuyển đổi số (DTI) – thứ hạng năm 2023: 1. Đà Nẵng"),
        "{}",
        text[0]
    );
    let entered = text
        .iter()
        .find(|t| t.starts_with("Vào Top 10"))
        .expect("entered");
    assert!(entered.contains("Hà Nội (thứ 6, từ thứ 24)"), "{entered}");
    assert!(
        text.iter()
            .any(|t| t.contains("Quảng Ninh giảm 9 bậc (3 → 12)")
                || t.contains("rời Top 10: ") && t.contains("Quảng Ninh (thứ 12, từ thứ 3)")),
        "{text:?}"
    );
    let counts = text
        .iter()
        .find(|t| t.starts_with("So với 2022:"))
        .expect("counts");
    assert!(counts.contains("tỉnh tăng hạng"), "{counts}");
    let regions = text
        .iter()
        .find(|t| t.starts_with("Bình quân"))
        .expect("regions");
    assert!(
        regions.contains("(11 tỉnh)") || regions.contains("tỉnh)"),
        "{regions}"
    );
    assert!(facts
        .iter()
        .all(|f| !f.sources.is_empty() || f.text.starts_with("Không so sánh")));
    // English, and across PCI's method break: no change, one sentence why.
    let pci = summary(
        data,
        &decode(
            "?view=ranking&indicator=pci-rank&time=2016..2017&lang=en",
            data,
        )
        .state,
    )
    .expect("facts");
    let texts: Vec<&str> = pci.iter().map(|f| f.text.as_str()).collect();
    assert!(
        texts.contains(&"Ranks of 2017 are not compared with 2016: method changed in 2017."),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.starts_with("Biggest risers")),
        "{texts:?}"
    );
}

/// Where a score rose but its rank fell (others improved faster), both are said, and the
/// profile says a rank's move as the tooltip does.
#[test]
fn score_and_rank_moving_opposite_ways_are_both_said() {
    use cds_explorer::core::data::preferred::preferred;
    use cds_explorer::core::query::change::move_since_previous;
    use cds_explorer::core::query::profile_cell::cell;
    let data = shipped();
    let score = data.find_indicator("dti-score").expect("dti-score");
    let rank = data.find_indicator("dti-rank").expect("dti-rank");
    let opposite = (0..data.provinces().len())
        .map(Area::Province)
        .find(|&area| {
            let s = |y| preferred(data, score, area, year(y)).map(|p| p.value);
            let r = |y| preferred(data, rank, area, year(y)).map(|p| p.value);
            matches!((s(2022), s(2023), r(2022), r(2023)), (Some(a), Some(b), Some(c), Some(d)) if b > a && d > c)
        })
        .expect("a province whose score rose while its rank fell");
    let words = move_since_previous(data, score, opposite, year(2023), Lang::Vi).expect("words");
    assert!(
        words.starts_with("điểm tăng 0,")
            && words.contains(" nhưng giảm ")
            && words.ends_with(" bậc so với 2022"),
        "{words}"
    );
    let english = move_since_previous(data, score, opposite, year(2023), Lang::En).expect("words");
    assert!(
        english.starts_with("score up 0.") && english.contains(", but down "),
        "{english}"
    );
    // The rank itself only moved: no score words.
    let rank_words =
        move_since_previous(data, rank, opposite, year(2023), Lang::Vi).expect("words");
    assert!(rank_words.starts_with("giảm "), "{rank_words}");
    // The profile's cell of Hà Nội's rank says its move.
    let ha_noi = province("ha-noi");
    let c = cell(data, rank, ha_noi, Some(year(2023)), Lang::Vi).expect("a cell");
    assert_eq!(c.change.as_deref(), Some("tăng 18 bậc so với 2022"));
}
