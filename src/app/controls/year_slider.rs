//! The single-year time control of the ranking, the map and the scatter plot: a slider
//! that stops only on the years the indicator has values in for the view's places (on
//! the scatter, the years its two indicators share) (plus the view's
//! own year, should a link name one without data), and a play button that steps
//! through them once a second (and stops at the last year, or when pressed again). A
//! drag of the slider, or one run of play, is one step back in the browser's history.
//! The slider shows the view's year exactly: it never clamps it to another.

use crate::app::user_data::current;
use gloo::timers::callback::Interval;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::data::model::Year;
use crate::core::text::i18n::{text, Text};
use crate::core::view::action::Action;
use crate::core::view::landing::{slider_years, Geography};
use crate::core::view::pairs::common_places_per_year;
use crate::core::view::state::Lang;

#[derive(Properties, PartialEq)]
pub struct YearSliderProps {
    pub lang: Lang,
    pub indicator: usize,
    pub geography: Geography,
    pub year: Year,
    /// On the scatter plot, its x: the slider then stops on the years the two share.
    #[prop_or_default]
    pub x: Option<usize>,
    /// Each step of a drag or of play.
    pub on_drag: Callback<Action>,
    /// The drag or the run is over.
    pub on_drag_end: Callback<()>,
}

#[component]
pub fn YearSlider(props: &YearSliderProps) -> Html {
    let lang = props.lang;
    let year = props.year;
    let years = use_memo(
        (props.indicator, props.geography, year, props.x),
        |&(ix, geo, year, x)| match x {
            Some(x) => {
                let mut years: Vec<Year> = common_places_per_year(&current(), x, ix)
                    .into_keys()
                    .collect();
                if let Err(at) = years.binary_search(&year) {
                    years.insert(at, year);
                }
                years
            }
            None => slider_years(&current(), ix, geo, year),
        },
    );
    let at = years.iter().position(|&y| y == year).unwrap_or(0);
    let last = years.len().saturating_sub(1);
    let playing = use_state(|| false);

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
        use_effect_with(
            (*playing, year, years.clone()),
            move |(is_playing, year, years)| {
                let (year, years) = (*year, years.clone());
                let timer = is_playing.then(|| {
                    Interval::new(1_000, move || {
                        let next = years.iter().copied().find(|&y| y > year);
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
            },
        );
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
    let oninput = {
        let years = years.clone();
        props.on_drag.reform(move |event: InputEvent| {
            let step = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.value().parse::<usize>().ok());
            let year = step.and_then(|i| years.get(i).copied()).unwrap_or(year);
            Action::SetYear(year)
        })
    };
    let first = years.first().copied().unwrap_or(year);
    let final_year = years.last().copied().unwrap_or(year);
    let toggle = {
        let (playing, on_action) = (playing.clone(), props.on_drag.clone());
        let (on_end, stepped) = (props.on_drag_end.clone(), stepped.clone());
        Callback::from(move |_: MouseEvent| {
            *stepped.borrow_mut() = Some(year);
            if !*playing && year >= final_year {
                *stepped.borrow_mut() = Some(first);
                on_action.emit(Action::SetYear(first)); // replay from the start
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
                <input id="year-slider" type="range" min="0" max={last.to_string()}
                    step="1" value={at.to_string()} aria-label={text(lang, Text::Year)}
                    disabled={years.len() < 2} data-years={years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(" ")}
                    aria-valuetext={year.to_string()} {oninput} {onchange} {onpointerup} {onkeyup} {onblur} {onpointerdown} {onkeydown} />
                <output for="year-slider" class="year-value">{ year.to_string() }</output>
            </div>
        </fieldset>
    }
}
