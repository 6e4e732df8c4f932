//! The Yew shell: components, hooks and browser effects around the pure core.
//!
//! Data flows one way: the embedded `Dataset` and the page's URL give a `ViewState`;
//! components dispatch actions; the reducer (in core) makes the next state; an effect
//! writes it back to the URL; the chart component draws what the core specifies.
//!
//! The page (`explorer`) and its `store` are at the top; under them the `controls/`,
//! the `panels/` and the page's `notices`; under those `chart_canvas`, the only
//! component that owns a `<canvas>`, and `browser`, the wrappers around the browser's
//! APIs. **Invariant:** imports point down that list — no control or panel imports the
//! page or the store, and the shell imports from the core, never the reverse.

mod browser;
mod chart_canvas;
mod controls;
pub mod data_files;
mod explorer;
mod import_worker;
mod notices;
mod panels;
pub mod panic;
mod storage;
mod store;
mod user_data;

pub use explorer::Explorer;

use yew::prelude::*;

/// The page: the explorer, rebuilt from its link whenever the imported sets change (so
/// that every view is read against the new dataset).
#[component]
fn Root() -> Html {
    let generation = use_state_eq(user_data::generation);
    {
        let generation = generation.setter();
        use_effect_with((), move |_| {
            user_data::on_change(move || generation.set(user_data::generation()));
            // The sets kept in this browser, read after the first view is shown (unless
            // the link needed them first).
            if user_data::generation() == 0 {
                wasm_bindgen_futures::spawn_local(load_kept_sets());
            }
        });
    }
    html! { <Explorer key={*generation} /> }
}

/// Reads the kept sets and, if there are any, rebuilds the page with them.
async fn load_kept_sets() {
    match storage::load_sets().await {
        Ok(kept) if !kept.is_empty() => {
            // A set added while these were read stays beside them.
            let read = user_data::decode(&kept).await;
            user_data::change_sets(|mut sets| {
                for set in read {
                    if !sets.iter().any(|s| s.id == set.id) {
                        sets.push(set);
                    }
                }
                sets
            })
            .await;
            user_data::notify();
        }
        Ok(_) => {}
        Err(e) => web_sys::console::warn_1(&format!("imported data not read: {e}").into()),
    }
}

/// Mounts the explorer in the page's `#app` element (or the body), replacing the
/// static loading message.
pub fn start() {
    panic::install();
    // A dataset without provinces, indicators or values can show no view: say so
    // rather than build one.
    let data = crate::core::data::embedded::embedded();
    if let Some(what) = data.dataset.missing_part() {
        let details: Vec<String> = data.errors.iter().map(ToString::to_string).collect();
        panic::show_message(
            "CĐS Explorer không có dữ liệu để hiển thị / CĐS Explorer has no data to show",
            &format!("the data has no {what}\n{}", details.join("\n")),
        );
        return;
    }
    match browser::app_root() {
        Some(root) => {
            root.set_inner_html("");
            render(Some(root));
        }
        None => render(None),
    }
}

/// Mounts the page. A link to a view of imported data waits for the kept sets, and a
/// link to a view of a family shipped apart (PCI, PAPI, GSO) for its data file, so that
/// its indicator's values are known when the link is read; any other link is shown at
/// once.
fn render(root: Option<web_sys::Element>) {
    let mount = move || match root {
        Some(root) => {
            yew::Renderer::<Root>::with_root(root).render();
        }
        None => {
            yew::Renderer::<Root>::new().render();
        }
    };
    let query = browser::current_query();
    // The families of values the link's view needs (PCI, PAPI, GSO ship as data files
    // of their own): fetched before the view is read, so that its year is read against
    // its values.
    let view = crate::core::view::url::decode(&query, &user_data::current()).state;
    let families = crate::core::view::needs::families_needed(&user_data::current(), &view);
    let needs_kept = query.contains(&format!(
        "indicator={}",
        crate::core::import::user_set::USER_PREFIX
    ));
    if needs_kept || !families.is_empty() {
        wasm_bindgen_futures::spawn_local(async move {
            if needs_kept {
                if let Ok(kept) = storage::load_sets().await {
                    let read = user_data::decode(&kept).await;
                    user_data::change_sets(|_| read).await;
                }
            }
            // A failure is said on the page (`data_files::status`); the view then shows
            // what the page holds.
            let _ = user_data::ensure_families(families).await;
            mount();
        });
    } else {
        mount();
    }
}

/// Mounts the explorer into `root`; used by the browser tests.
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<Explorer>::with_root(root).render();
}
