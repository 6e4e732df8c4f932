//! The single-year time control of the ranking and the map: a slider over the years
//! the indicator has values in, and a play button that steps through them once a
//! second (and stops at the last year, or when pressed again). A drag of the slider,
//! or one run of play, is one step back in the browser's history.

use gloo::timers::callback::Interval;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::action::Action;
use crate::core::dataset::embedded;
use crate::core::i18n::{text, Text};
use crate::core::model::Year;
use crate::core::view::{indicator_years, Lang};

#[derive(Properties, PartialEq)]
pub struct YearSliderProps {
    pub lang: Lang,
    pub indicator: usize,
    pub year: Year,
    /// Each step of a drag or of play.
    pub on_drag: Callback<Action>,
    /// The drag or the run is over.
    pub on_drag_end: Callback<()>,
}

#[component]
pub fn YearSlider(props: &YearSliderProps) -> Html {
    let lang = props.lang;
    let span = indicator_years(&embedded().dataset, props.indicator);
    let playing = use_state(|| false);
    // The view's year may lie outside this indicator's years: show the nearest.
    let year = props.year.clamp(span.start(), span.end());

    // The year play went to last: another year (back, forward, a drag) stops it.
    let stepped = use_mut_ref(|| None::<Year>);
    {
        let (playing, stepped, on_end) =
            (playing.clone(), stepped.clone(), props.on_drag_end.clone());
        use_effect_with(year, move |&year| {
            if *playing && *stepped.borrow() != Some(year) {
                playing.set(false);
                on_end.emit(());
            }
        });
    }
    // While playing, step one year a second; stop after the last.
    {
        let (playing, on_action) = (playing.clone(), props.on_drag.clone());
        let on_end = props.on_drag_end.clone();
        let stepped = stepped.clone();
        use_effect_with((*playing, year, span), move |&(is_playing, year, span)| {
            let timer = is_playing.then(|| {
                Interval::new(1_000, move || {
                    let next = if year < span.start() {
                        Some(span.start())
                    } else {
                        Year::new(year.get() + 1).filter(|&y| span.contains(y))
                    };
                    match next {
                        Some(next) => {
                            *stepped.borrow_mut() = Some(next);
                            on_action.emit(Action::SetYear(next));
                        }
                        None => {
                            playing.set(false);
                            on_end.emit(());
                        }
                    }
                })
            });
            move || drop(timer)
        });
    }
    // The end of a drag: `change` (not sent if it ends where it began), the pointer or
    // key let go, or focus gone — but not while play runs (its steps are one entry).
    let end_drag = {
        let (playing, on_end) = (playing.clone(), props.on_drag_end.clone());
        Callback::from(move |()| {
            if !*playing {
                on_end.emit(());
            }
        })
    };
    let onchange = end_drag.reform(|_: Event| ());
    let onpointerup = end_drag.reform(|_: PointerEvent| ());
    let onkeyup = end_drag.reform(|_: KeyboardEvent| ());
    let onblur = end_drag.reform(|_: FocusEvent| ());
    // Taking the slider while play runs stops play first, so the drag is its own entry.
    let take_over = {
        let (playing, on_end) = (playing.clone(), props.on_drag_end.clone());
        Callback::from(move |()| {
            if *playing {
                playing.set(false);
                on_end.emit(());
            }
        })
    };
    let onpointerdown = take_over.reform(|_: PointerEvent| ());
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        let key = event.key();
        if key.starts_with("Arrow") || key.starts_with("Page") || key == "Home" || key == "End" {
            take_over.emit(());
        }
    });
    let oninput = props.on_drag.reform(|event: InputEvent| {
        let year = event
            .target_dyn_into::<HtmlInputElement>()
            .and_then(|input| Year::parse(&input.value()));
        Action::SetYear(year.unwrap_or(Year::MIN))
    });
    let toggle = {
        let (playing, on_action) = (playing.clone(), props.on_drag.clone());
        let (on_end, stepped) = (props.on_drag_end.clone(), stepped.clone());
        Callback::from(move |_: MouseEvent| {
            *stepped.borrow_mut() = Some(year);
            if !*playing && year >= span.end() {
                *stepped.borrow_mut() = Some(span.start());
                on_action.emit(Action::SetYear(span.start())); // replay from the start
            }
            if *playing {
                on_end.emit(());
            }
            playing.set(!*playing);
        })
    };
    // One name and a pressed state: "Chạy qua các năm, pressed" while playing.
    let label = Text::Play;
    html! {
        <fieldset class="field years single">
            <legend>{ text(lang, Text::Year) }</legend>
            <div class="slider-row">
                <button type="button" class="play" onclick={toggle} aria-pressed={playing.to_string()}
                    aria-label={text(lang, label)} title={text(lang, label)}>
                    { if *playing { "❚❚" } else { "▶" } }
                </button>
                <input id="year-slider" type="range" min={span.start().to_string()} max={span.end().to_string()}
                    step="1" value={year.to_string()} aria-label={text(lang, Text::Year)}
                    aria-valuetext={year.to_string()} {oninput} {onchange} {onpointerup} {onkeyup} {onblur} {onpointerdown} {onkeydown} />
                <output for="year-slider" class="year-value">{ year.to_string() }</output>
            </div>
        </fieldset>
    }
}
