//! The mapping step: what each column of the file is — the province column, the values
//! of an indicator (one of ours, or a new one with its name and unit) in a year, a field
//! of the long layout, or nothing — with the file's first values beside each column.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::selected_value;
use crate::app::user_data::current;
use crate::core::data::model::{Pillar, Unit};
use crate::core::import::mapping::{
    unit_of, year_in, ColumnRole, IndicatorChoice, Mapping, TidyField,
};
use crate::core::import::number::parse_number;
use crate::core::import::session::Preview;
use crate::core::text::i18n::{indicator_name, unit_label};
use crate::core::text::import_ui::{import_text, ImportText};
use crate::core::view::state::{Lang, Units};

#[derive(Properties, PartialEq)]
pub struct MappingFormProps {
    pub preview: Rc<Preview>,
    pub mapping: Mapping,
    pub checking: bool,
    pub lang: Lang,
    pub on_edit: Callback<Mapping>,
    pub on_check: Callback<Mapping>,
    pub on_cancel: Callback<MouseEvent>,
}

/// A change of the mapping by a field's new text.
type MappingChange = Rc<dyn Fn(&mut Mapping, String)>;
/// A change of a value column's indicator or year by a field's new text.
type ValueChange = Rc<dyn Fn(&mut IndicatorChoice, &mut Option<u16>, String)>;

const TIDY: [(TidyField, &str); 3] = [
    (TidyField::Indicator, "tidy-indicator"),
    (TidyField::Year, "tidy-year"),
    (TidyField::Value, "tidy-value"),
];

fn role_id(role: &ColumnRole) -> String {
    match role {
        ColumnRole::Ignore => "ignore".into(),
        ColumnRole::Place => "place".into(),
        ColumnRole::Within => "within".into(),
        ColumnRole::Value { .. } => "value".into(),
        ColumnRole::Tidy(field) => TIDY
            .iter()
            .find(|(f, _)| f == field)
            .map_or_else(|| format!("tidy-other-{field:?}"), |(_, id)| id.to_string()),
    }
}

fn input_value(event: &InputEvent) -> String {
    event
        .target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn MappingForm(props: &MappingFormProps) -> Html {
    let lang = props.lang;
    let t = |key| import_text(lang, key);
    let edit = |change: MappingChange| {
        let (mapping, on_edit) = (props.mapping.clone(), props.on_edit.clone());
        move |value: String| {
            let mut next = mapping.clone();
            change(&mut next, value);
            on_edit.emit(next);
        }
    };
    let name = edit(Rc::new(|m, v| m.name = v));
    let units = edit(Rc::new(|m, v| {
        m.units = if v == "34" {
            Units::Post2025
        } else {
            Units::Pre2025
        };
        m.own_areas = v == "own";
    }));
    let year = edit(Rc::new(|m, v| m.year = year_in(&v)));
    let rows = props.preview.header.iter().enumerate().map(|(ix, header)| {
        let sample: Vec<&str> = props
            .preview
            .sample
            .iter()
            .filter_map(|r| r.get(ix).map(String::as_str))
            .filter(|c| !c.trim().is_empty())
            .take(3)
            .collect();
        let role = props.mapping.columns.get(ix).cloned().unwrap_or(ColumnRole::Ignore);
        let header_text = header.clone();
        // A column made "value" by hand gets the unit its first values suggest.
        let sample_unit = unit_of(sample.iter().filter_map(|c| parse_number(c)), false);
        let on_role = edit(Rc::new(move |m, v| {
            let role = match v.as_str() {
                "place" => {
                    // One place column: the one chosen last.
                    for other in m.columns.iter_mut().filter(|c| **c == ColumnRole::Place) {
                        *other = ColumnRole::Ignore;
                    }
                    ColumnRole::Place
                }
                "value" => ColumnRole::Value {
                    indicator: IndicatorChoice::New { name: header_text.clone(), unit: sample_unit },
                    year: year_in(&header_text),
                },
                "tidy-indicator" => ColumnRole::Tidy(TidyField::Indicator),
                "tidy-year" => ColumnRole::Tidy(TidyField::Year),
                "tidy-value" => ColumnRole::Tidy(TidyField::Value),
                "ignore" => ColumnRole::Ignore,
                "within" => ColumnRole::Within,
                _ => return,
            };
            if let Some(slot) = m.columns.get_mut(ix) {
                *slot = role;
            }
        }));
        let label = format!("{} “{header}”", t(ImportText::Role));
        html! {
            <tr>
                <th scope="row">{ header.clone() }</th>
                <td class="sample">{ sample.join(" · ") }</td>
                <td>
                    <select aria-label={label} onchange={Callback::from(move |e: Event| on_role(selected_value(&e)))}>
                        { for role_options(&role, lang) }
                    </select>
                </td>
                <td>{ value_html(&role, ix, header, props) }</td>
            </tr>
        }
    });
    let check = {
        let (mapping, on_check) = (props.mapping.clone(), props.on_check.clone());
        Callback::from(move |_: MouseEvent| on_check.emit(mapping.clone()))
    };
    let geography = match (props.mapping.own_areas, props.mapping.units) {
        (true, _) => "own",
        (false, Units::Post2025) => "34",
        (false, Units::Pre2025) => "63",
    };
    html! {
        <div class="mapping-form">
            <div class="mapping-fields">
                <label class="field"><span>{ t(ImportText::SetName) }</span>
                    <input type="text" value={props.mapping.name.clone()} oninput={Callback::from(move |e: InputEvent| name(input_value(&e)))} />
                </label>
                <label class="field"><span>{ t(ImportText::Geography) }</span>
                    <select onchange={Callback::from(move |e: Event| units(selected_value(&e)))}>
                        <option value="63" selected={geography == "63"}>{ t(ImportText::Geography63) }</option>
                        <option value="34" selected={geography == "34"}>{ t(ImportText::Geography34) }</option>
                        <option value="own" selected={geography == "own"}>{ t(ImportText::GeographyOwn) }</option>
                    </select>
                </label>
                <label class="field"><span>{ t(ImportText::DefaultYear) }</span>
                    <input type="number" min="2015" max="2035" inputmode="numeric"
                        value={props.mapping.year.map(|y| y.to_string()).unwrap_or_default()}
                        oninput={Callback::from(move |e: InputEvent| year(input_value(&e)))} />
                </label>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(ImportText::Column)}>
                <table class="mapping-table">
                    <thead><tr>
                        <th scope="col">{ t(ImportText::Column) }</th>
                        <th scope="col">{ t(ImportText::Sample) }</th>
                        <th scope="col">{ t(ImportText::Role) }</th>
                        <th scope="col">{ t(ImportText::Indicator) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="import-actions">
                <button type="button" class="primary" onclick={check} disabled={props.checking}>
                    { if props.checking { t(ImportText::Checking) } else { t(ImportText::Check) } }
                </button>
                <button type="button" onclick={props.on_cancel.clone()}>{ t(ImportText::Cancel) }</button>
            </div>
        </div>
    }
}

fn role_options(role: &ColumnRole, lang: Lang) -> Vec<Html> {
    let current = role_id(role);
    let mut options = vec![
        (
            "ignore".to_string(),
            import_text(lang, ImportText::RoleIgnore),
        ),
        (
            "place".to_string(),
            import_text(lang, ImportText::RolePlace),
        ),
        (
            "within".to_string(),
            import_text(lang, ImportText::RoleWithin),
        ),
        (
            "value".to_string(),
            import_text(lang, ImportText::RoleValue),
        ),
        (
            "tidy-indicator".to_string(),
            import_text(lang, ImportText::RoleTidyIndicator),
        ),
        (
            "tidy-year".to_string(),
            import_text(lang, ImportText::RoleTidyYear),
        ),
        (
            "tidy-value".to_string(),
            import_text(lang, ImportText::RoleTidyValue),
        ),
    ];
    if current.starts_with("tidy-other") {
        options.push((
            current.clone(),
            import_text(lang, ImportText::RoleTidyOther),
        ));
    }
    options
        .into_iter()
        .map(|(id, label)| html! { <option value={id.clone()} selected={id == current}>{ label }</option> })
        .collect()
}

/// For a value column: its indicator (ours, or a new one named here) and its year.
fn value_html(role: &ColumnRole, ix: usize, header: &str, props: &MappingFormProps) -> Html {
    let ColumnRole::Value { indicator, year } = role else {
        return html! {};
    };
    let lang = props.lang;
    let t = |key| import_text(lang, key);
    let set_role = |change: ValueChange| {
        let (mapping, on_edit) = (props.mapping.clone(), props.on_edit.clone());
        move |value: String| {
            let mut next = mapping.clone();
            if let Some(ColumnRole::Value { indicator, year }) = next.columns.get_mut(ix) {
                change(indicator, year, value);
                on_edit.emit(next);
            }
        }
    };
    let fallback = header.to_string();
    let choose = set_role(Rc::new(move |indicator, _, v| {
        *indicator = match v.strip_prefix("existing:") {
            Some(id) => IndicatorChoice::Existing(id.to_string()),
            None => IndicatorChoice::New {
                name: fallback.clone(),
                unit: Unit::Count,
            },
        };
    }));
    let rename = set_role(Rc::new(|indicator, _, v| {
        if let IndicatorChoice::New { name, .. } = indicator {
            *name = v;
        }
    }));
    let unit = set_role(Rc::new(|indicator, _, v| {
        if let IndicatorChoice::New { unit, .. } = indicator {
            *unit = Unit::from_id(&v).unwrap_or(*unit);
        }
    }));
    let set_year = set_role(Rc::new(|_, year, v| *year = year_in(&v)));
    let data = current();
    let selected = match indicator {
        IndicatorChoice::Existing(id) => format!("existing:{id}"),
        IndicatorChoice::New { .. } => "new".to_string(),
    };
    let ours = data.indicators().iter().filter(|i| i.pillar != Pillar::User).map(|i| {
        let value = format!("existing:{}", i.id);
        html! { <option value={value.clone()} selected={value == selected}>{ indicator_name(i, lang) }</option> }
    });
    html! {
        <div class="value-choice">
            <select aria-label={format!("{} “{header}”", t(ImportText::Indicator))}
                onchange={Callback::from(move |e: Event| choose(selected_value(&e)))}>
                <option value="new" selected={selected == "new"}>{ t(ImportText::NewIndicator) }</option>
                { for ours }
            </select>
            if let IndicatorChoice::New { name, unit: current_unit } = indicator {
                <input type="text" aria-label={t(ImportText::NewIndicatorName)} value={name.clone()}
                    oninput={Callback::from(move |e: InputEvent| rename(input_value(&e)))} />
                <select aria-label={t(ImportText::Unit)} onchange={Callback::from(move |e: Event| unit(selected_value(&e)))}>
                    { for Unit::ALL.iter().map(|u| html! {
                        <option value={u.id()} selected={u == current_unit}>{ unit_label(*u, lang) }</option>
                    }) }
                </select>
            }
            <input type="number" min="2015" max="2035" inputmode="numeric" class="year-input"
                aria-label={format!("{} “{header}”", t(ImportText::Year))}
                placeholder={props.mapping.year.map(|y| y.to_string()).unwrap_or_default()}
                value={year.map(|y| y.to_string()).unwrap_or_default()}
                oninput={Callback::from(move |e: InputEvent| set_year(input_value(&e)))} />
        </div>
    }
}
