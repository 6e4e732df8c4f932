//! What a tooltip says, on any chart: the place and year, the value with its unit,
//! the published rank where known, the source and its words, and disagreements.

use crate::core::data::citation::Citation;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, ObservationKind, Unit, Year};
use crate::core::data::preferred::disagreements;
use crate::core::query::ranks::{rank_for_score, rank_text};
use crate::core::query::sources_view::{inferred_mark, kind_label};
use crate::core::text::citation_words::table_citation;
use crate::core::text::format::format_value;
use crate::core::text::i18n::area_name;
use crate::core::text::quote_language::{foreign_quote_label, quote_language, QuoteLanguage};
use crate::core::text::source_words::source_text;
use crate::core::view::state::Lang;

/// What the tooltip of a point says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// "Hải Dương · 2022"
    pub heading: String,
    /// "0,6077 điểm (0–1)" or "hạng 13/63"
    pub value: String,
    /// "hạng 13/63" beside a score, where the rank of the same year is known.
    pub rank: Option<String>,
    /// The rank's move since the place's previous ranked year ("tăng 18 bậc so với
    /// 2022"), or why it is not compared ("không so sánh với 2016: đổi phương pháp 2017").
    pub change: Option<String>,
    /// "Nguồn: title (publisher)"
    pub source: String,
    pub quote: String,
    /// The quote's language tag (`vi`, `en`, `ja`, `zh`) where it can be told.
    pub quote_lang: Option<&'static str>,
    /// "Trích nguyên văn tiếng Anh" before a quote in another language than the page.
    pub quote_label: Option<&'static str>,
    /// "ước tính" for estimates.
    pub kind: Option<String>,
    /// For a value of a table: the table's row and the copy it was read from; for a
    /// rank derived from a table's scores, that basis (`text::citation_words`).
    pub citation: Option<String>,
    pub disagreement: Option<String>,
    /// Further lines: on a scatter plot, the other axis's value and its source.
    pub also: Vec<String>,
}

/// The tooltip of one observation shown for `area` and `year`.
pub fn tooltip_for(
    dataset: &Dataset,
    indicator: usize,
    area: Area,
    year: Year,
    observation_ix: usize,
    lang: Lang,
) -> Option<Tooltip> {
    let unit = dataset.indicator(indicator)?.unit;
    let observation = dataset.observations().get(observation_ix)?;
    let source = dataset.sources().get(observation.source)?;
    let value = observation.value;
    let value_text = match unit {
        Unit::Rank if observation.citation == Citation::DerivedRank => format!(
            "{} ({})",
            rank_text(value, observation.group, lang),
            crate::core::text::citation_words::derived_basis(lang)
        ),
        Unit::Rank => rank_text(value, observation.group, lang),
        unit => format_value(value, unit, lang),
    };
    let rank = rank_for_score(dataset, indicator, area, year, lang);
    let change =
        crate::core::query::change::move_since_previous(dataset, indicator, area, year, lang);
    let others: Vec<String> = disagreements(dataset, observation_ix)
        .into_iter()
        .filter_map(|ix| {
            let other = dataset.observations().get(ix)?;
            let title = source_text(&dataset.sources().get(other.source)?.title, lang);
            Some(format!(
                "{} ({title})",
                format_value(other.value, unit, lang)
            ))
        })
        .collect();
    let label = match lang {
        Lang::Vi => "Nguồn",
        Lang::En => "Source",
    };
    Some(Tooltip {
        heading: format!(
            "{} · {year}{}",
            area_name(dataset, area, lang),
            inferred_mark(observation, lang)
        ),
        value: value_text,
        rank,
        change,
        source: format!(
            "{label}: {} ({})",
            source_text(&source.title, lang),
            source_text(&source.publisher, lang)
        ),
        citation: table_citation(observation, source, lang),
        // A table's row is shown in the citation line, not as a quote.
        quote: match observation.citation {
            Citation::Quote => observation.quote.clone(),
            _ => String::new(),
        },
        quote_lang: quote_language(&observation.quote).map(QuoteLanguage::tag),
        quote_label: foreign_quote_label(&observation.quote, lang),
        kind: (observation.kind != ObservationKind::Actual)
            .then(|| kind_label(observation.kind, lang).to_string()),
        disagreement: (!others.is_empty()).then(|| match lang {
            Lang::Vi => format!("Nguồn khác ghi: {}", others.join("; ")),
            Lang::En => format!("Another source gives: {}", others.join("; ")),
        }),
        also: Vec::new(),
    })
}
