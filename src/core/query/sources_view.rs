//! The sources view: what an indicator is, every document its values come from, and
//! every value for the selected places and years with the words it was read from —
//! including half-year figures and targets, and where sources disagree.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Better, Observation, ObservationKind, PeriodPart, SourceKind};
use crate::core::data::preferred::{disagreements, preferred};
use crate::core::text::format::format_value;
use crate::core::text::i18n::{
    area_name, indicator_description, indicator_name, pillar_name, unit_label,
};
use crate::core::text::quote_language::{foreign_quote_label, quote_language, QuoteLanguage};
use crate::core::text::source_words::source_text;
use crate::core::view::state::{Lang, ViewState};

#[derive(Debug, Clone, PartialEq)]
pub struct SourcesView {
    pub indicator: String,
    pub description: String,
    pub unit: String,
    pub direction: String,
    pub pillar: String,
    /// "2020–2024", or empty without data.
    pub years_covered: String,
    pub sources: Vec<SourceEntry>,
    pub values: Vec<ValueEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourceEntry {
    pub title: String,
    pub publisher: String,
    pub kind: String,
    pub published: String,
    /// A web address, or the source article's file name.
    pub link: Option<String>,
    pub file: Option<String>,
    pub values: usize,
    /// For a publisher's table: the public copy its values were read from ("bản sao:
    /// owner/repo, path @abc1234") and that copy's address, and what the build checks.
    pub copy: Option<(String, String)>,
    pub checked: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueEntry {
    pub place: String,
    pub period: String,
    pub kind: String,
    pub value: String,
    pub source: String,
    pub quote: String,
    /// The quote's language tag where it can be told, and what to say before a quote in
    /// another language than the page ("Trích nguyên văn tiếng Anh").
    pub quote_lang: Option<&'static str>,
    pub quote_label: Option<&'static str>,
    /// Whether this is the value the chart shows for its place and year.
    pub shown: bool,
    /// Index into `Dataset::observations`.
    pub observation: usize,
    /// "Another source gives …", where sources disagree.
    pub disagreement: Option<String>,
    /// For a value of a table: its row and copy; for a derived rank, its basis.
    pub citation: Option<String>,
}

pub fn source_kind_label(kind: SourceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (SourceKind::Official, Lang::Vi) => "cơ quan công bố chính thức",
        (SourceKind::Official, Lang::En) => "official publisher",
        (SourceKind::Provincial, Lang::Vi) => "cổng thông tin chính quyền địa phương",
        (SourceKind::Provincial, Lang::En) => "provincial government",
        (SourceKind::Press, Lang::Vi) => "báo chí",
        (SourceKind::Press, Lang::En) => "press",
        (SourceKind::Article, Lang::Vi) => "bài báo nguồn của dự án",
        (SourceKind::Article, Lang::En) => "source article",
        (SourceKind::Compilation, Lang::Vi) => "tổng hợp của bên thứ ba (nguồn thứ cấp)",
        (SourceKind::Compilation, Lang::En) => "third-party compilation (secondary source)",
        (SourceKind::User, Lang::Vi) => "dữ liệu của bạn (tệp bạn nhập, chỉ có trên máy này)",
        (SourceKind::User, Lang::En) => "your data (a file you imported, only on this device)",
    }
}

/// The period of an observation, marked where the source does not print the year:
/// "2023 (năm suy đoán)".
pub fn observation_period(o: &Observation, lang: Lang) -> String {
    format!(
        "{}{}",
        period_label(o.year.get(), o.part, lang),
        inferred_mark(o, lang)
    )
}

/// " (năm suy đoán)" after the year of a value whose source does not print the year.
pub fn inferred_mark(o: &Observation, lang: Lang) -> String {
    if o.year_inferred {
        format!(" ({})", inferred_words(lang))
    } else {
        String::new()
    }
}

/// What is said of a year the source does not print.
pub fn inferred_words(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "năm suy đoán",
        Lang::En => "year inferred",
    }
}

pub fn period_label(year: u16, part: PeriodPart, lang: Lang) -> String {
    match (part, lang) {
        (PeriodPart::FullYear, _) => year.to_string(),
        (PeriodPart::FirstHalf, Lang::Vi) => format!("6 tháng đầu {year}"),
        (PeriodPart::FirstHalf, Lang::En) => format!("H1 {year}"),
        (PeriodPart::Through(month), Lang::Vi) => format!("đến tháng {month}/{year}"),
        (PeriodPart::Through(month), Lang::En) => format!("Jan–{month:02}/{year}"),
        (PeriodPart::AsOf, Lang::Vi) => format!("tính đến {year}"),
        (PeriodPart::AsOf, Lang::En) => format!("as of {year}"),
    }
}

pub fn kind_label(kind: ObservationKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ObservationKind::Actual, Lang::Vi) => "thực tế",
        (ObservationKind::Actual, Lang::En) => "actual",
        (ObservationKind::Estimate, Lang::Vi) => "ước tính",
        (ObservationKind::Estimate, Lang::En) => "estimate",
        (ObservationKind::Target, Lang::Vi) => "mục tiêu",
        (ObservationKind::Target, Lang::En) => "target",
    }
}

/// The sources view of `state`'s indicator, places and years.
pub fn sources_view(dataset: &Dataset, state: &ViewState) -> Option<SourcesView> {
    let lang = state.lang;
    let indicator = dataset.indicator(state.indicator)?;
    let of_indicator: Vec<usize> = dataset
        .observations_of(state.indicator)
        .map(|(ix, _)| ix)
        .collect();
    let years: Vec<u16> = of_indicator
        .iter()
        .map(|&ix| dataset.observations()[ix].year.get())
        .collect();
    let years_covered = match (years.iter().min(), years.iter().max()) {
        (Some(lo), Some(hi)) if lo == hi => lo.to_string(),
        (Some(lo), Some(hi)) => format!("{lo}–{hi}"),
        _ => String::new(),
    };
    let mut source_ixs: Vec<usize> = of_indicator
        .iter()
        .map(|&ix| dataset.observations()[ix].source)
        .collect();
    source_ixs.sort_unstable();
    source_ixs.dedup();
    let sources = source_ixs
        .iter()
        .filter_map(|&six| {
            let s = dataset.sources().get(six)?;
            Some(SourceEntry {
                title: source_text(&s.title, lang),
                publisher: source_text(&s.publisher, lang),
                kind: source_kind_label(s.kind, lang).to_string(),
                published: s.published.clone().unwrap_or_default(),
                link: s.url.clone(),
                file: s.file.clone(),
                values: of_indicator
                    .iter()
                    .filter(|&&ix| dataset.observations()[ix].source == six)
                    .count(),
                copy: s.copy.as_ref().map(|c| {
                    let label = match lang {
                        Lang::Vi => format!("bản sao: {}, {} @{}", c.repo, c.path, c.short_commit()),
                        Lang::En => format!("copy: {}, {} @{}", c.repo, c.path, c.short_commit()),
                    };
                    (label, c.url())
                }),
                checked: s.copy.as_ref().map(|_| {
                    match lang {
                        Lang::Vi => "bảng của nhà công bố, đọc từ một bản sao công khai; mỗi lần dựng ứng dụng kiểm tra lại: số đọc được đúng như in, thứ hạng in sẵn theo đúng thứ tự điểm, điểm trung bình và điểm 34 đơn vị khớp số công bố (docs/data.md)",
                        Lang::En => "the publisher's table, read from a public copy; every build checks again: each value reads as printed, printed ranks follow the order of the scores, averages and the 34 units' scores match the published figures (docs/data.md)",
                    }
                    .to_string()
                }),
            })
        })
        .collect();
    let unit = indicator.unit;
    let values = of_indicator
        .iter()
        .filter_map(|&ix| {
            let o = &dataset.observations()[ix];
            if !state.places.contains(&o.area) || !state.time.contains(o.year) {
                return None;
            }
            let source = dataset.sources().get(o.source)?;
            let shown = preferred(dataset, o.indicator, o.area, o.year)
                .is_some_and(|p| p.observation == ix);
            let others: Vec<String> = disagreements(dataset, ix)
                .iter()
                .filter_map(|&other| {
                    let other = dataset.observations().get(other)?;
                    let title = source_text(&dataset.sources().get(other.source)?.title, lang);
                    Some(format!(
                        "{} ({title})",
                        format_value(other.value, unit, lang)
                    ))
                })
                .collect();
            let disagreement = (!others.is_empty()).then(|| match lang {
                Lang::Vi => format!("Nguồn khác ghi giá trị khác: {}", others.join("; ")),
                Lang::En => format!("Another source gives another value: {}", others.join("; ")),
            });
            Some(ValueEntry {
                place: area_name(dataset, o.area, lang),
                period: observation_period(o, lang),
                kind: kind_label(o.kind, lang).to_string(),
                value: format_value(o.value, unit, lang),
                source: source_text(&source.title, lang),
                citation: crate::core::text::citation_words::table_citation(o, source, lang),
                // A table's row is in the citation, not a quote.
                quote: match o.citation {
                    crate::core::data::citation::Citation::Quote => o.quote.clone(),
                    _ => String::new(),
                },
                quote_lang: quote_language(&o.quote).map(QuoteLanguage::tag),
                quote_label: foreign_quote_label(&o.quote, lang),
                observation: ix,
                shown,
                disagreement,
            })
        })
        .collect();
    let direction = match (indicator.better, lang) {
        (Better::Higher, Lang::Vi) => "càng cao càng tốt",
        (Better::Higher, Lang::En) => "higher is better",
        (Better::Neither, Lang::Vi) => "không có chiều tốt hơn (số liệu bối cảnh)",
        (Better::Neither, Lang::En) => "neither way is better (context)",
        (Better::Lower, Lang::Vi) => "càng thấp càng tốt (hạng 1 là cao nhất)",
        (Better::Lower, Lang::En) => "lower is better (rank 1 is best)",
    };
    Some(SourcesView {
        indicator: indicator_name(indicator, lang).to_string(),
        description: indicator_description(indicator, lang).to_string(),
        unit: unit_label(unit, lang).to_string(),
        direction: direction.to_string(),
        pillar: pillar_name(indicator.pillar, lang).to_string(),
        years_covered,
        sources,
        values,
    })
}
