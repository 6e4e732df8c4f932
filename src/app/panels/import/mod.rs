//! The import panel ("Nhập dữ liệu của bạn"): a file chosen or dropped on the page is
//! read and checked in the import worker (started when the panel first opens), mapped
//! column by column, reported on, and added only when the person confirms; kept sets
//! are listed to rename or remove. Cancel leaves the page exactly as it was.

mod kept;
mod mapping_form;
mod report;

use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{File, HtmlDetailsElement, HtmlInputElement};
use yew::prelude::*;

use crate::app::browser::{self, Entry};
use crate::app::import_worker::{ImportWorker, Reply};
use crate::app::storage::SetBytes;
use crate::app::{storage, user_data};
use crate::core::data::model::Year;
use crate::core::import::mapping::Mapping;
use crate::core::import::session::{Preview, ReportView};
use crate::core::text::import_ui::{import_text, rows_read, ImportText};
use crate::core::view::action::{apply, Action};
use crate::core::view::state::Lang;
use crate::core::view::url::{decode, encode};

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading {
        file: String,
        done: f64,
        total: f64,
    },
    Mapping {
        preview: Rc<Preview>,
        mapping: Mapping,
        checking: bool,
    },
    Review {
        preview: Rc<Preview>,
        mapping: Mapping,
        report: Rc<ReportView>,
        set: SetBytes,
    },
    /// The confirmed set is being decoded, kept and merged.
    Adding,
    Failed(String),
}

enum Step {
    Start(String),
    Worker(Reply),
    Edit(Mapping),
    Checking,
    Back,
    Adding,
    Cancel,
}

impl Reducible for Stage {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let next = match (step, (*self).clone()) {
            // A cancelled import's late answer changes nothing.
            (Step::Worker(_), Stage::Idle) => Stage::Idle,
            (Step::Start(file), _) => Stage::Reading {
                file,
                done: 0.0,
                total: 0.0,
            },
            (Step::Worker(Reply::Progress(done, total)), Stage::Reading { file, .. }) => {
                Stage::Reading { file, done, total }
            }
            (Step::Worker(Reply::Preview(preview)), _) => Stage::Mapping {
                mapping: preview.mapping.clone(),
                preview: Rc::new(*preview),
                checking: false,
            },
            (
                Step::Worker(Reply::Report(report, set)),
                Stage::Mapping {
                    preview, mapping, ..
                },
            ) => Stage::Review {
                preview,
                mapping,
                report: Rc::new(*report),
                set,
            },
            (Step::Worker(Reply::Error(message) | Reply::Failed(message)), _) => {
                Stage::Failed(message)
            }
            (Step::Edit(mapping), Stage::Mapping { preview, .. }) => Stage::Mapping {
                preview,
                mapping,
                checking: false,
            },
            (
                Step::Checking,
                Stage::Mapping {
                    preview, mapping, ..
                },
            ) => Stage::Mapping {
                preview,
                mapping,
                checking: true,
            },
            (
                Step::Back,
                Stage::Review {
                    preview, mapping, ..
                },
            ) => Stage::Mapping {
                preview,
                mapping,
                checking: false,
            },
            (Step::Adding, _) => Stage::Adding,
            (Step::Cancel, _) => Stage::Idle,
            (_, same) => same,
        };
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    pub lang: Lang,
}

#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let lang = props.lang;
    let stage = use_reducer(|| Stage::Idle);
    let worker = use_mut_ref(|| None::<ImportWorker>);
    let details = use_node_ref();
    // The worker (and its bundle) is fetched when the panel first opens or a file comes.
    let ensure_worker = {
        let (worker, stage) = (worker.clone(), stage.clone());
        Rc::new(move || {
            if worker.borrow().is_none() {
                let on_reply = {
                    let (stage, worker) = (stage.clone(), worker.clone());
                    Callback::from(move |reply: Reply| {
                        // A worker that failed is started afresh for the next file.
                        if matches!(reply, Reply::Failed(_)) {
                            if let Ok(mut slot) = worker.try_borrow_mut() {
                                *slot = None;
                            }
                        }
                        stage.dispatch(Step::Worker(reply))
                    })
                };
                match ImportWorker::spawn(on_reply) {
                    Ok(started) => *worker.borrow_mut() = Some(started),
                    Err(e) => stage.dispatch(Step::Worker(Reply::Error(format!(
                        "{}: {e}",
                        import_text(lang, ImportText::StartFailed)
                    )))),
                }
            }
        })
    };
    let read = {
        let (worker, stage, ensure_worker) = (worker.clone(), stage.clone(), ensure_worker.clone());
        Rc::new(move |file: File| {
            // "Reading" first, so that a worker that cannot start replaces it with why.
            stage.dispatch(Step::Start(file.name()));
            ensure_worker();
            let (worker, stage) = (worker.clone(), stage.clone());
            spawn_local(async move {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => {
                        if let Some(worker) = worker.borrow().as_ref() {
                            worker.read(&file.name(), &Uint8Array::new(&buffer), lang);
                        }
                    }
                    Err(e) => stage.dispatch(Step::Worker(Reply::Error(format!("{e:?}")))),
                }
            });
        })
    };
    // A file dropped anywhere on the page opens the panel and is read.
    {
        let (read, details) = (read.clone(), details.clone());
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let over = gloo::events::EventListener::new_with_options(
                    &window,
                    "dragover",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    |event| event.prevent_default(),
                );
                let drop = gloo::events::EventListener::new_with_options(
                    &window,
                    "drop",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        event.prevent_default();
                        let file = event
                            .dyn_ref::<web_sys::DragEvent>()
                            .and_then(|e| e.data_transfer())
                            .and_then(|t| t.files())
                            .and_then(|files| files.get(0));
                        if let Some(file) = file {
                            if let Some(details) = details.cast::<HtmlDetailsElement>() {
                                details.set_open(true);
                            }
                            read(file);
                        }
                    },
                );
                (over, drop)
            });
            move || drop(listeners)
        });
    }
    let ontoggle = {
        let (details, ensure_worker) = (details.clone(), ensure_worker.clone());
        Callback::from(move |_: Event| {
            if details
                .cast::<HtmlDetailsElement>()
                .is_some_and(|d| d.open())
            {
                ensure_worker();
            }
        })
    };
    let onchange = {
        let read = read.clone();
        Callback::from(move |event: Event| {
            let input: Option<HtmlInputElement> = event.target_dyn_into();
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                read(file);
            }
            if let Some(input) = input {
                input.set_value(""); // the same file can be chosen again
            }
        })
    };
    let body = stage_html(&stage, &worker, lang);
    html! {
        <details class="panel import-panel" ref={details} {ontoggle}>
            <summary>{ import_text(lang, ImportText::Panel) }</summary>
            <div class="panel-body">
                <p class="hint">{ import_text(lang, ImportText::Privacy) }</p>
                <label class="file-choice">
                    <span class="file-button">{ import_text(lang, ImportText::ChooseFile) }</span>
                    <input type="file" class="visually-hidden" accept=".csv,.tsv,.txt,.xlsx,text/csv" {onchange} />
                    <span class="hint">{ " " }{ import_text(lang, ImportText::DropHint) }</span>
                </label>
                { body }
                <kept::KeptSets {lang} />
            </div>
        </details>
    }
}

fn stage_html(
    stage: &UseReducerHandle<Stage>,
    worker: &Rc<std::cell::RefCell<Option<ImportWorker>>>,
    lang: Lang,
) -> Html {
    let cancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.dispatch(Step::Cancel))
    };
    match &**stage {
        Stage::Idle => html! {},
        Stage::Adding => html! {
            <div class="import-progress" role="status">
                <p>{ import_text(lang, ImportText::Adding) }</p>
                <progress></progress>
            </div>
        },
        Stage::Reading { file, done, total } => html! {
            <div class="import-progress" role="status">
                <p>{ file.clone() }{ " — " }{ import_text(lang, ImportText::Reading) }</p>
                if *total > 0.0 {
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                } else {
                    <progress></progress>
                }
            </div>
        },
        Stage::Failed(message) => html! {
            <div class="import-error" role="alert">
                <p>{ message.clone() }</p>
                <button type="button" onclick={cancel}>{ import_text(lang, ImportText::ChooseAnother) }</button>
            </div>
        },
        Stage::Mapping {
            preview,
            mapping,
            checking,
        } => {
            let on_edit = {
                let stage = stage.clone();
                Callback::from(move |mapping: Mapping| stage.dispatch(Step::Edit(mapping)))
            };
            let on_check = {
                let (stage, worker) = (stage.clone(), worker.clone());
                Callback::from(move |mapping: Mapping| {
                    stage.dispatch(Step::Checking);
                    let worker = worker.clone();
                    spawn_local(async move {
                        // The ids in this page and in the browser's store: the kept sets
                        // may not be read yet, and a set's id must not take one of theirs.
                        let mut kept: Vec<String> =
                            user_data::sets().iter().map(|s| s.id.clone()).collect();
                        kept.extend(storage::kept_ids().await.unwrap_or_default());
                        if let Some(worker) = worker.borrow().as_ref() {
                            worker.check(&mapping, &kept, &browser::today(), lang);
                        }
                    });
                })
            };
            html! {
                <>
                    <p class="import-file">{ rows_read(&preview.file, preview.rows, lang) }</p>
                    <mapping_form::MappingForm preview={preview.clone()} mapping={mapping.clone()}
                        checking={*checking} {lang} {on_edit} {on_check} on_cancel={cancel} />
                </>
            }
        }
        Stage::Review { report, set, .. } => {
            let back = {
                let stage = stage.clone();
                Callback::from(move |_: MouseEvent| stage.dispatch(Step::Back))
            };
            let confirm = {
                let (stage, set) = (stage.clone(), set.clone());
                Callback::from(move |_: MouseEvent| {
                    stage.dispatch(Step::Adding);
                    spawn_local(add_set(set.clone(), stage.clone()));
                })
            };
            html! {
                <report::ReportPanel report={report.clone()} {lang} on_confirm={confirm} on_back={back} on_cancel={cancel} />
            }
        }
    }
}

/// Keeps the set, shows its indicator, and rebuilds the page from the new link; its
/// values are decoded and merged a chunk per task, so the page keeps painting.
async fn add_set(bytes: SetBytes, stage: UseReducerHandle<Stage>) {
    let Ok((set, _)) = user_data::read_set(&bytes).await else {
        stage.dispatch(Step::Worker(Reply::Error(
            "the checked set does not read".to_string(),
        )));
        return;
    };
    let set = std::rc::Rc::new(set);
    if let Err(e) = storage::save_set(&set.id, &bytes, browser::yield_now).await {
        web_sys::console::warn_1(&format!("the imported set is not kept: {e}").into());
    }
    user_data::change_sets(|mut sets| {
        sets.retain(|s| s.id != set.id);
        sets.push(set.clone());
        sets
    })
    .await;
    let data = user_data::current();
    let mut view = decode(&browser::current_query(), &data).state;
    // The view's indicator where the set has it, else the set's first.
    let shown = data.indicator(view.indicator).map(|i| i.id.clone());
    let first = set
        .values
        .iter()
        .find(|v| Some(&v.indicator) == shown.as_ref())
        .or(set.values.first());
    if let Some(first) = first {
        if let Some(ix) = data.find_indicator(&first.indicator) {
            view = apply(&view, Action::SetIndicator(ix), &data);
        }
        // A map or a ranking shows the file's year.
        if let Some(year) = Year::new(first.year).filter(|_| view.chart.is_single_year()) {
            view = apply(&view, Action::SetYear(year), &data);
        }
    }
    browser::write_query_now(&encode(&view, &data), Entry::Push);
    // The page is rebuilt in a task of its own.
    browser::yield_now().await;
    user_data::notify();
}
