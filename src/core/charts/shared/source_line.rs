//! A chart's source line from the values it draws: "Nguồn: Bộ Thông tin và Truyền thông;
//! VCCI" — each publisher once, in the order the values come.

use crate::core::data::dataset::Dataset;
use crate::core::text::i18n::{self, Text};
use crate::core::text::source_words::source_text;
use crate::core::view::state::Lang;

/// The source line of the values `observations` (indices into `Dataset::observations`).
pub fn source_line(
    dataset: &Dataset,
    observations: impl IntoIterator<Item = usize>,
    lang: Lang,
) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for ix in observations {
        let source = dataset
            .observations()
            .get(ix)
            .and_then(|o| dataset.sources().get(o.source));
        if let Some(source) = source {
            if !publishers.contains(&source.publisher.as_str()) {
                publishers.push(&source.publisher);
            }
        }
    }
    format!(
        "{}: {}",
        i18n::text(lang, Text::Source),
        source_text(&publishers.join("; "), lang)
    )
}
