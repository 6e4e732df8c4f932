//! The page around the first chart, as HTML: the masthead, the folded controls, the
//! view's tabs and the bars above its chart (the year slider, the change control, the
//! scatter plot's axis, the ranking's region and the map's units), with the classes,
//! tags and words the app's components give them, so that the browser lays the chart out
//! exactly where the app will. Nothing in it works: it has no ids, no handlers, and
//! every control is disabled; it is covered and then removed when the app has drawn.
//!
//! Each piece mirrors one component of `src/app/` (named at each function); the
//! end-to-end test `first-paint.test.mjs` checks that the chart lands on the same pixels.

use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Region, Year};
use crate::core::text::i18n::{
    change_control_words, indicator_name, region_name, scatter_control_words, tab_label, text, Text,
};
use crate::core::text::title::controls_summary;
use crate::core::view::state::{ChartKind, Lang, Units, ViewState};

/// Text made safe inside HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page of `view` with an empty `<canvas class="first-paint-canvas">` where its
/// chart goes; `None` for a view without a chart on top (the table, the profile, …) and
/// for embeds.
pub fn skeleton(dataset: &Dataset, view: &ViewState) -> Option<String> {
    let chart = view.chart;
    let charted = matches!(
        chart,
        ChartKind::Line
            | ChartKind::Ranking
            | ChartKind::Map
            | ChartKind::Slope
            | ChartKind::Scatter
    );
    if !charted || view.embed {
        return None;
    }
    let lang = view.lang;
    let t = |key: Text| escape(text(lang, key));
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let mut html = String::new();
    // app/explorer.rs: the masthead and the drawer's button.
    html.push_str(&format!(
        "<div class=\"explorer\"><header class=\"masthead\"><div><h1>{}</h1><p class=\"tagline\">{}</p></div>\
         <button type=\"button\" class=\"lang-switch\" lang=\"{}\" disabled>{}</button></header>\
         <main class=\"layout\"><button type=\"button\" class=\"drawer-toggle\" disabled>\
         <span class=\"drawer-summary\">{} · {}</span><span aria-hidden=\"true\">▾</span></button>\
         <section class=\"controls\"></section><section class=\"chart-panel\">",
        t(Text::AppTitle),
        t(Text::Tagline),
        other.code(),
        t(Text::OtherLanguage),
        t(Text::Controls),
        escape(&controls_summary(dataset, view)),
    ));
    html.push_str(&tabs(view));
    if chart.is_single_year() {
        html.push_str(&year_slider(view.time.end(), lang));
    }
    if chart.has_change_mode() {
        html.push_str(&change_control(view.change, view.time.start(), lang));
    }
    if chart == ChartKind::Scatter {
        html.push_str(&scatter_controls(dataset, view));
    }
    // app/notices.rs: AveragesNotice.
    let averages = view
        .places
        .iter()
        .any(|a| matches!(a, crate::core::data::model::Area::Region(_)));
    if averages && !view.shows_averages() {
        html.push_str(&format!(
            "<p class=\"hint averages-hint\">{}</p>",
            t(Text::AveragesShownElsewhere)
        ));
    }
    html.push_str("<div>");
    match chart {
        ChartKind::Ranking => html.push_str(&region_picker(view.region, lang)),
        ChartKind::Map => html.push_str(&units_picker(view.units, lang)),
        _ => {}
    }
    // app/chart_canvas/mod.rs: the figure and the canvas's clipping box.
    html.push_str(
        "<figure class=\"chart\"><div class=\"chart-clip\"><canvas class=\"first-paint-canvas\"></canvas></div></figure>",
    );
    html.push_str("</div></section></main></div>");
    Some(html)
}

/// app/controls/view_tabs.rs.
fn tabs(view: &ViewState) -> String {
    let buttons: String = ChartKind::ALL
        .into_iter()
        .map(|kind| {
            let selected = if kind == view.chart { " selected" } else { "" };
            format!(
                "<button type=\"button\" class=\"tab{selected}\" disabled>{}</button>",
                escape(text(view.lang, tab_label(kind)))
            )
        })
        .collect();
    format!("<div class=\"tabs\">{buttons}</div>")
}

/// app/controls/year_slider.rs.
fn year_slider(year: Year, lang: Lang) -> String {
    format!(
        "<fieldset class=\"field years single\" disabled><legend>{}</legend><div class=\"slider-row\">\
         <button type=\"button\" class=\"play\">▶</button><input type=\"range\" min=\"0\" max=\"1\" value=\"1\" />\
         <output class=\"year-value\">{year}</output></div></fieldset>",
        escape(text(lang, Text::Year))
    )
}

/// app/controls/change_control.rs.
fn change_control(on: bool, from: Year, lang: Lang) -> String {
    let (label, from_label) = change_control_words(lang);
    let from = if on {
        format!("<label>{from_label}</label><select disabled><option>{from}</option></select>")
    } else {
        String::new()
    };
    let checked = if on { " checked" } else { "" };
    format!(
        "<div class=\"change-control\"><label class=\"change-toggle\"><input type=\"checkbox\" disabled{checked} />{label}</label>{from}</div>"
    )
}

/// app/controls/scatter_controls.rs.
fn scatter_controls(dataset: &Dataset, view: &ViewState) -> String {
    let lang = view.lang;
    let (x_label, trail, bubbles) = scatter_control_words(lang);
    let x = crate::core::view::pairs::x_of(dataset, view)
        .and_then(|ix| dataset.indicator(ix))
        .map(|i| escape(indicator_name(i, lang)))
        .unwrap_or_default();
    let check = |on: bool, label: &str| {
        let checked = if on { " checked" } else { "" };
        format!("<label class=\"change-toggle\"><input type=\"checkbox\" disabled{checked} />{label}</label>")
    };
    format!(
        "<div class=\"scatter-controls change-control\"><label>{x_label}</label><select disabled><option>{x}</option></select>{}{}</div>",
        check(view.trail, trail),
        check(view.bubbles, bubbles)
    )
}

/// app/controls/region_picker.rs.
fn region_picker(region: Option<Region>, lang: Lang) -> String {
    let options: String = Region::ALL
        .into_iter()
        .map(|r| {
            let selected = if Some(r) == region { " selected" } else { "" };
            format!(
                "<option{selected}>{}</option>",
                escape(region_name(r, lang))
            )
        })
        .collect();
    let all = if region.is_none() { " selected" } else { "" };
    format!(
        "<div class=\"field region\"><label>{}</label><select disabled><option{all}>{}</option>{options}</select></div>",
        escape(text(lang, Text::Region)),
        escape(text(lang, Text::AllRegions))
    )
}

/// app/controls/units_picker.rs.
fn units_picker(units: Units, lang: Lang) -> String {
    let option = |u: Units, label: Text| {
        let selected = if u == units { " selected" } else { "" };
        format!("<option{selected}>{}</option>", escape(text(lang, label)))
    };
    format!(
        "<div class=\"field region\"><label>{}</label><select disabled>{}{}</select></div>",
        escape(text(lang, Text::UnitsLabel)),
        option(Units::Pre2025, Text::Units63),
        option(Units::Post2025, Text::Units34)
    )
}
