//! The Download panel: the current chart as a PNG (at twice the pixels) or an SVG,
//! and the data it shows as a CSV with its sources (and, for the table, the table's own
//! place × year layout; for the ranking, its summary's sentences). Images carry the chart's title,
//! subtitle, legend and source line, and the view's link in a footer; every file name
//! says what the file holds. Files are made only when a button is pressed.

use crate::app::user_data::current;
use yew::prelude::*;

use crate::app::browser::{download_text, download_url, page_address, today};
use crate::app::chart_canvas::export_png;
use crate::core::export::export_csv::{export_csv, export_wide_csv, Citation};
use crate::core::export::image::{export_svg, file_name, footer_text, has_image, image_content};
use crate::core::export::share::{full_view, view_link};
use crate::core::export::summary_csv::export_summary_csv;
use crate::core::query::summary::summary;
use crate::core::text::i18n::{text, Text};
use crate::core::view::state::{ChartKind, ViewState};

#[derive(Properties, PartialEq)]
pub struct DownloadPanelProps {
    pub view: ViewState,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Png,
    Svg,
    Csv,
    /// The table view as a table: one row per place, one column per year.
    WideCsv,
    /// The ranking's summary, a sentence per row with its sources.
    SummaryCsv,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Csv | Format::WideCsv | Format::SummaryCsv => "csv",
        }
    }

    fn label(self) -> Text {
        match self {
            Format::Png => Text::DownloadPng,
            Format::Svg => Text::DownloadSvg,
            Format::Csv => Text::DownloadCsv,
            Format::WideCsv => Text::DownloadWideCsv,
            Format::SummaryCsv => Text::DownloadSummaryCsv,
        }
    }

    /// The class of its button, which tests find it by.
    fn class(self) -> &'static str {
        match self {
            Format::Png => "download-png",
            Format::Svg => "download-svg",
            Format::Csv => "download-csv",
            Format::WideCsv => "download-wide-csv",
            Format::SummaryCsv => "download-summary-csv",
        }
    }

    /// The file name, which says what the file holds.
    fn file_name(self, view: &ViewState) -> String {
        let name = file_name(&current(), view, self.extension());
        match self {
            Format::WideCsv => name.replace(".csv", "_wide.csv"),
            Format::SummaryCsv => name.replace(".csv", "_summary.csv"),
            _ => name,
        }
    }
}

/// Makes the file of `view` in `format` and hands it to the browser.
fn save(view: &ViewState, format: Format) -> Result<(), String> {
    let data_rc = current();
    let data = &*data_rc;
    let link = view_link(&page_address(), &full_view(view), data);
    let name = format.file_name(view);
    let image = || image_content(data, view).ok_or_else(|| text(view.lang, Text::NoImageForView));
    match format {
        Format::Png => download_url(&name, &export_png(&image()?, &footer_text(&link))?),
        Format::Svg => {
            let svg = export_svg(&image()?, &footer_text(&link)).map_err(|e| e.to_string())?;
            download_text(&name, "image/svg+xml", &svg)
        }
        Format::Csv | Format::WideCsv | Format::SummaryCsv => {
            let accessed = today();
            let citation = Citation {
                link: &link,
                accessed: &accessed,
            };
            let csv = match format {
                Format::WideCsv => export_wide_csv(data, view, &citation),
                Format::SummaryCsv => export_summary_csv(data, view, &citation)
                    .ok_or_else(|| text(view.lang, Text::NoImageForView))?,
                _ => export_csv(data, view, &citation),
            };
            download_text(&name, "text/csv;charset=utf-8", &csv)
        }
    }
}

#[component]
pub fn DownloadPanel(props: &DownloadPanelProps) -> Html {
    let lang = props.view.lang;
    let failure = use_state(|| None::<String>);
    let has_image = has_image(props.view.chart);
    // Only the ranking has a summary; it is worked out once per view.
    let has_summary = *use_memo(props.view.clone(), |view| {
        view.chart == ChartKind::Ranking && summary(&current(), view).is_some()
    });
    let button = |format: Format| {
        let (view, failure) = (props.view.clone(), failure.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            failure.set(save(&view, format).err());
        });
        let name = format.file_name(&props.view);
        html! {
            <li>
                <button type="button" class={format.class()} {onclick}>
                    { text(lang, format.label()) }
                </button>
                <span class="hint file-name">{ name }</span>
            </li>
        }
    };
    html! {
        <details class="panel download-panel">
            <summary>{ text(lang, Text::Download) }</summary>
            <div class="panel-body">
                <ul class="downloads">
                    if has_image {
                        { button(Format::Png) }
                        { button(Format::Svg) }
                    }
                    { button(Format::Csv) }
                    if props.view.chart == ChartKind::Table {
                        { button(Format::WideCsv) }
                    }
                    if props.view.chart == ChartKind::Ranking && has_summary {
                        { button(Format::SummaryCsv) }
                    }
                </ul>
                if !has_image {
                    <p class="hint">{ text(lang, Text::NoImageForView) }</p>
                }
                if let Some(message) = &*failure {
                    <p class="notice notice-error" role="alert">
                        { format!("{} {message}", text(lang, Text::DownloadFailed)) }
                    </p>
                }
            </div>
        </details>
    }
}
