//! The explorer page: reads the link, keeps the URL and the browser's history in step
//! with the view (back and forward restore earlier views), and lays out the controls,
//! the notices, the chart and its Share and Download panels — or, with `embed=1`, only
//! the chart and a link to the full explorer.

use crate::app::user_data::current;
use yew::prelude::*;

use super::browser::{self, Entry};
use super::chart_canvas::ChartCanvas;
use super::controls::change_control::ChangeControl;
use super::controls::indicator_picker::IndicatorPicker;
use super::controls::province_picker::ProvincePicker;
use super::controls::region_picker::RegionPicker;
use super::controls::scatter_controls::ScatterControls;
use super::controls::units_picker::UnitsPicker;
use super::controls::view_tabs::ViewTabs;
use super::controls::year_range::YearRangePicker;
use super::controls::year_slider::YearSlider;
use super::notices::{
    AveragesNotice, DataFilesNotice, DataProblems, KeptSetNotices, LinkNotices, YearMovedNotice,
};
use super::panels::coverage_grid::CoverageGrid;
use super::panels::download_panel::DownloadPanel;
use super::panels::gaps_panel::GapsPanel;
use super::panels::import::ImportPanel;
use super::panels::profile_panel::ProfilePanel;
use super::panels::share_panel::SharePanel;
use super::panels::sources_panel::SourcesPanel;
use super::panels::summary_panel::SummaryPanel;
use super::panels::table_panel::TablePanel;
use super::store::{Msg, Store};
use crate::core::charts::registry::{build, ChartContent};
use crate::core::charts::shared::empty::EmptyReason;
use crate::core::export::share::{full_view, view_link};
use crate::core::text::i18n::{text, Text};
use crate::core::text::title::page_title;
use crate::core::view::action::apply;
use crate::core::view::action::Action;
use crate::core::view::landing::Geography;
use crate::core::view::needs::families_needed;
use crate::core::view::state::{ChartKind, Lang, ViewState};
use crate::core::view::url::{decode, encode};

/// Runs `then` at once if `view` needs no data file the page lacks, else once the files
/// are fetched (or failed: the page says so, and `then` shows what it holds).
fn with_families(view: &ViewState, then: impl FnOnce() + 'static) {
    let families = families_needed(&current(), view);
    if families.is_empty() {
        then();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = crate::app::user_data::ensure_families(families).await;
            then();
        });
    }
}

#[component]
pub fn Explorer() -> Html {
    let store = use_reducer_eq(|| Store::from_query(&browser::current_query()));
    let data_rc = current();
    let data = &*data_rc;
    let view = store.view.clone();
    let lang = view.lang;

    // The URL is the view: every change is written back, as a new history entry or
    // in place of the current one, as the store says.
    // An embed never adds entries: they would be the host page's back button's.
    let entry = if view.embed {
        Entry::Replace
    } else {
        store.entry
    };
    let effect_data = data_rc.clone();
    use_effect_with(view.clone(), move |view| {
        let data = &*effect_data;
        browser::write_query(&encode(view, data), entry);
        let title = page_title(data, view);
        browser::set_document_language(view.lang.code(), &title);
        browser::mark("cds-view-rendered");
    });

    // Back and forward: the address changed under the app; show its view.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    browser::forget_pending_writes();
                    let query = browser::current_query();
                    let store = store.clone();
                    // A view of a family not fetched yet waits for its data file.
                    with_families(&decode(&query, &current()).state, move || {
                        store.dispatch(Msg::Restore(query))
                    });
                })
            });
            move || drop(listener)
        });
    }
    let dispatch = {
        let store = store.clone();
        Callback::from(move |action: Action| {
            // An indicator of a family shipped apart (PCI, PAPI, GSO), or a view of every
            // indicator, first fetches the data files it needs.
            let next = apply(&store.view, action.clone(), &current());
            let store = store.clone();
            with_families(&next, move || store.dispatch(Msg::View(action)));
        })
    };
    let drag = {
        let store = store.clone();
        Callback::from(move |action: Action| store.dispatch(Msg::Drag(action)))
    };
    let drag_end = {
        let store = store.clone();
        Callback::from(move |()| store.dispatch(Msg::EndDrag))
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::DismissNotices))
    };
    let other_lang = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let switch_lang = dispatch.reform(move |_: MouseEvent| Action::SetLang(other_lang));
    let drawer_open = use_state(|| false);
    let toggle_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |_: MouseEvent| drawer_open.set(!*drawer_open))
    };
    // What the folded drawer holds, in a few words.
    let summary = crate::core::text::title::controls_summary(data, &view);
    // A view that is not a chart has no chart content (its panel draws itself).
    let chart = use_memo(view.clone(), |view| {
        build(data, view).unwrap_or(ChartContent::Empty(EmptyReason::NoData))
    });
    // A view without a chart to draw leaves nothing under the first paint's cover (there
    // is none for such a view, unless its link changed meanwhile): it goes at once. A
    // chart's canvas removes it when it has drawn.
    {
        let chartless = matches!(*chart, ChartContent::Empty(_));
        use_effect_with(chartless, |&chartless| {
            if chartless {
                super::browser::remove_first_paint();
            }
        });
    }
    let panel = view_panel(&view, &chart, &dispatch);
    let notices = html! {
        <LinkNotices notices={store.notices.clone()} {lang} on_dismiss={dismiss} />
    };

    if view.embed {
        let full = view_link(&browser::page_address(), &full_view(&view), data);
        return html! {
            <div class="explorer embedded">
                { notices }
                <main class="embed-main">
                    // First, so that it shows even when a tall chart runs past the frame.
                    <p class="embed-open">
                        <a href={full} target="_blank" rel="noopener">{ text(lang, Text::OpenInExplorer) }{ " ↗" }</a>
                    </p>
                    { panel }
                </main>
            </div>
        };
    }

    html! {
        <div class="explorer">
            <header class="masthead">
                <div>
                    <h1>{ text(lang, Text::AppTitle) }</h1>
                    <p class="tagline">{ text(lang, Text::Tagline) }</p>
                </div>
                <button type="button" class="lang-switch" lang={other_lang.code()} onclick={switch_lang}>
                    { text(lang, Text::OtherLanguage) }
                </button>
            </header>
            { notices }
            <DataProblems {lang} />
            <KeptSetNotices {lang} />
            <main class="layout">
                // On narrow screens the controls fold into a drawer below this button.
                <button type="button" class="drawer-toggle" aria-controls="controls"
                    aria-expanded={(*drawer_open).to_string()} onclick={toggle_drawer}>
                    <span class="drawer-summary">{ text(lang, Text::Controls) }{ format!(" · {}", summary) }</span>
                    <span aria-hidden="true">{ if *drawer_open { "▴" } else { "▾" } }</span>
                </button>
                <section id="controls" class={classes!("controls", drawer_open.then_some("open"))}
                    aria-label={text(lang, Text::Controls)}>
                    <ProvincePicker {lang} selected={view.places.clone()} on_action={dispatch.clone()} />
                    <IndicatorPicker {lang} selected={view.indicator} on_action={dispatch.clone()} />
                    if !view.chart.is_single_year() {
                        <YearRangePicker {lang} time={view.time} indicator={view.indicator} on_action={dispatch.clone()} />
                    }
                </section>
                <section class="chart-panel">
                    <ViewTabs {lang} chart={view.chart} on_action={dispatch.clone()} />
                    // The year of the ranking and the map is the chart's own control: beside
                    // it, never folded away in the drawer on a phone.
                    if view.chart.is_single_year() {
                        <YearSlider {lang} indicator={view.indicator} geography={Geography::of_view(view.chart, view.units)}
                            year={view.time.end()} x={view.x.filter(|_| view.chart == ChartKind::Scatter)}
                            on_drag={drag} on_drag_end={drag_end} />
                    }
                    if view.chart.has_change_mode() {
                        <ChangeControl {lang} indicator={view.indicator} geography={Geography::of_view(view.chart, view.units)}
                            time={view.time} on={view.change} on_action={dispatch.clone()} />
                    }
                    if view.chart == ChartKind::Scatter {
                        <ScatterControls {lang} x={view.x} y={view.indicator} trail={view.trail}
                            bubbles={view.bubbles} on_action={dispatch.clone()} />
                    }
                    <YearMovedNotice moved={store.moved} {lang} />
                    <AveragesNotice view={view.clone()} />
                    <DataFilesNotice {lang} />
                    <div id="view-panel" role="tabpanel" aria-labelledby={format!("tab-{}", view.chart.id())}>
                        { panel }
                    </div>
                    <div class="actions">
                        <SharePanel view={view.clone()} />
                        <DownloadPanel view={view.clone()} />
                        <ImportPanel {lang} />
                    </div>
                </section>
            </main>
        </div>
    }
}

/// What the view's panel shows. Embedded, the chart stands alone: no pickers, and a
/// click on the map selects nothing.
fn view_panel(view: &ViewState, chart: &ChartContent, dispatch: &Callback<Action>) -> Html {
    let lang = view.lang;
    let indicator = view.indicator;
    let canvas = |on_action: Option<Callback<Action>>| {
        html! {
            <ChartCanvas content={chart.clone()} {indicator} {lang} {on_action} selected={view.places.clone()} />
        }
    };
    match view.chart {
        ChartKind::Line | ChartKind::Slope => canvas(None),
        // A click on a dot selects its place (and labels it).
        ChartKind::Scatter if view.embed => canvas(None),
        ChartKind::Scatter => canvas(Some(dispatch.clone())),
        ChartKind::Map if view.embed => canvas(None),
        ChartKind::Map => html! {
            <>
                <UnitsPicker {lang} units={view.units} on_action={dispatch.clone()} />
                { canvas(Some(dispatch.clone())) }
                <GapsPanel view={view.clone()} on_action={dispatch.clone()} />
            </>
        },
        ChartKind::Ranking if view.embed => canvas(None),
        ChartKind::Ranking => html! {
            <>
                <RegionPicker {lang} region={view.region} on_action={dispatch.clone()} />
                // The summary's sentences describe the chart to screen readers.
                <ChartCanvas content={chart.clone()} {indicator} {lang} selected={view.places.clone()}
                    described_by={AttrValue::from("ranking-summary")} />
                <GapsPanel view={view.clone()} on_action={dispatch.clone()} />
                <SummaryPanel view={view.clone()} />
            </>
        },
        ChartKind::Table => {
            html! { <TablePanel view={view.clone()} on_action={dispatch.clone()} /> }
        }
        ChartKind::Sources => html! { <SourcesPanel view={view.clone()} /> },
        ChartKind::Profile => {
            html! { <ProfilePanel view={view.clone()} on_action={dispatch.clone()} /> }
        }
        ChartKind::Coverage => html! { <CoverageGrid view={view.clone()} /> },
    }
}
