//! The summary's CSV: the sentences of "Tóm tắt / Summary" (`query::summary`) one per
//! row, each with the sources of the values it states (titles, publishers and
//! addresses) and the view's citation — what a newsroom pastes into a story with its
//! sources beside it. Like every CSV here it starts with a byte-order mark for Excel.

use super::export_csv::{citation_text, Citation, BYTE_ORDER_MARK};
use crate::core::data::dataset::Dataset;
use crate::core::data::untrusted::csv_cell;
use crate::core::query::summary::summary;
use crate::core::text::source_words::source_text;
use crate::core::view::state::ViewState;

/// The columns, in order.
pub const SUMMARY_COLUMNS: [&str; 4] = ["fact", "sources", "source_urls", "cite_as"];

/// The CSV of the view's summary; `None` where the view has none (no ranks that year).
pub fn export_summary_csv(
    dataset: &Dataset,
    state: &ViewState,
    citation: &Citation<'_>,
) -> Option<String> {
    let facts = summary(dataset, state)?;
    let cite_as = csv_cell(&citation_text(dataset, state, citation));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = writer.write_record(SUMMARY_COLUMNS);
    for fact in facts {
        let sources: Vec<_> = fact
            .sources
            .iter()
            .filter_map(|&ix| dataset.sources().get(ix))
            .collect();
        let titles: Vec<String> = sources
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    source_text(&s.title, state.lang),
                    source_text(&s.publisher, state.lang)
                )
            })
            .collect();
        let urls: Vec<&str> = sources.iter().filter_map(|s| s.url.as_deref()).collect();
        // Writing into memory cannot fail; a failed row is left out rather than panic.
        let _ = writer.write_record([
            csv_cell(&fact.text),
            csv_cell(&titles.join("; ")),
            csv_cell(&urls.join(" ")),
            cite_as.clone(),
        ]);
    }
    let body = writer.into_inner().unwrap_or_default();
    let mut out = String::new();
    out.push(BYTE_ORDER_MARK);
    out.push_str(&String::from_utf8_lossy(&body));
    Some(out)
}
