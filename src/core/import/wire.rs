//! The import's values as compact bytes (the built-in data's own format, strings
//! interned): what crosses between the page and the import worker, and what the browser
//! keeps. So the page needs no JSON parser, and a million values cross in one buffer.

use super::mapping::{ColumnRole, IndicatorChoice, Mapping, TidyField};
use super::session::{Preview, ReportView};
use super::user_set::{UserIndicator, UserSet, UserValue};
use crate::core::data::compact_bytes::{DecodeError, Decoded, Reader, Writer};
use crate::core::data::model::Unit;
use crate::core::view::state::Units;

/// Bumped when a layout below changes; a kept set of another version is not read.
const VERSION: u64 = 1;

/// A number that is no length of what follows (a count of rows or values elsewhere).
fn number(r: &mut Reader<'_>) -> Decoded<usize> {
    usize::try_from(r.uint()?).map_err(|_| DecodeError("a number"))
}

fn start() -> Writer {
    let mut w = Writer::default();
    w.uint(VERSION);
    w
}

fn open(bytes: &[u8]) -> Decoded<Reader<'_>> {
    let mut r = Reader::new(bytes)?;
    if r.uint()? != VERSION {
        return Err(DecodeError("a version"));
    }
    Ok(r)
}

fn texts(w: &mut Writer, items: &[String]) {
    w.uint(items.len() as u64);
    for item in items {
        w.text(item);
    }
}

fn read_texts(r: &mut Reader<'_>) -> Decoded<Vec<String>> {
    r.list(|r| r.text())
}

/// Values per chunk of a set: each chunk is decoded (and merged) in a task of its own, so
/// that a set of a million values never holds the page for long.
pub const VALUES_PER_CHUNK: usize = 25_000;

/// A set as its header (everything but the values, and how many there are) and chunks of
/// at most [`VALUES_PER_CHUNK`] values.
pub fn encode_set_chunks(set: &UserSet) -> (Vec<u8>, Vec<Vec<u8>>) {
    let mut w = start();
    write_set_header(&mut w, set);
    w.uint(set.values.len() as u64);
    let chunks = set
        .values
        .chunks(VALUES_PER_CHUNK)
        .map(|values| {
            let mut w = start();
            write_values(&mut w, values);
            w.finish()
        })
        .collect();
    (w.finish(), chunks)
}

/// The header alone, for a set renamed after it was kept (`count`: its values).
pub fn encode_set_header(set: &UserSet, count: usize) -> Vec<u8> {
    let mut w = start();
    write_set_header(&mut w, set);
    w.uint(count as u64);
    w.finish()
}

/// The set of a header (its values still empty) and how many values its chunks hold, as
/// the header claims: no more than [`MIN_VALUE_BYTES`] into the chunks' bytes are real.
pub fn decode_set_header(bytes: &[u8]) -> Decoded<(UserSet, usize)> {
    decode_set_header_within(bytes, &mut { usize::MAX })
}

/// [`decode_set_header`], copying out at most `text_left` bytes of text (less what it
/// copied on return).
pub fn decode_set_header_within(bytes: &[u8], text_left: &mut usize) -> Decoded<(UserSet, usize)> {
    let mut r = open(bytes)?;
    r.limit_text(*text_left);
    let set = read_set_header(&mut r)?;
    let count = number(&mut r)?;
    r.done()?;
    *text_left = r.text_left();
    Ok((set, count))
}

/// The least bytes a value takes in a chunk: eight of its number, one each of its eight
/// other fields.
pub const MIN_VALUE_BYTES: usize = 16;

/// The values of one chunk.
pub fn decode_values(bytes: &[u8]) -> Decoded<Vec<UserValue>> {
    decode_values_within(bytes, &mut { usize::MAX })
}

/// [`decode_values`], copying out at most `text_left` bytes of text (less what it copied
/// on return).
pub fn decode_values_within(bytes: &[u8], text_left: &mut usize) -> Decoded<Vec<UserValue>> {
    let mut r = open(bytes)?;
    r.limit_text(*text_left);
    let values = read_values(&mut r)?;
    r.done()?;
    *text_left = r.text_left();
    Ok(values)
}

fn write_set_header(w: &mut Writer, set: &UserSet) {
    for text in [&set.id, &set.name, &set.file, &set.imported] {
        w.text(text);
    }
    w.uint(set.indicators.len() as u64);
    for i in &set.indicators {
        w.text(&i.id);
        w.text(&i.name);
        w.text(&i.unit);
    }
}

fn read_set_header(r: &mut Reader<'_>) -> Decoded<UserSet> {
    let (id, name, file, imported) = (r.text()?, r.text()?, r.text()?, r.text()?);
    let indicators = r.list(|r| {
        Ok(UserIndicator {
            id: r.text()?,
            name: r.text()?,
            unit: r.text()?,
        })
    })?;
    Ok(UserSet {
        id,
        name,
        file,
        imported,
        indicators,
        values: Vec::new(),
    })
}

fn write_values(w: &mut Writer, values: &[UserValue]) {
    w.uint(values.len() as u64);
    for v in values {
        w.text(&v.indicator);
        w.text(&v.area);
        w.uint(u64::from(v.year));
        w.text(&v.kind);
        w.float(v.value);
        w.text(&v.printed);
        w.text(&v.quote);
        w.text(&v.note);
        w.uint(u64::from(v.tie));
    }
}

/// A whole set in one piece (for tests and small sets).
pub fn encode_set(set: &UserSet) -> Vec<u8> {
    let mut w = start();
    write_set_header(&mut w, set);
    write_values(&mut w, &set.values);
    w.finish()
}

pub fn decode_set(bytes: &[u8]) -> Decoded<UserSet> {
    let mut r = open(bytes)?;
    let mut set = read_set_header(&mut r)?;
    set.values = read_values(&mut r)?;
    r.done()?;
    Ok(set)
}

fn read_values(r: &mut Reader<'_>) -> Decoded<Vec<UserValue>> {
    r.list(|r| {
        Ok(UserValue {
            indicator: r.text()?,
            area: r.text()?,
            year: u16::try_from(r.uint()?).map_err(|_| DecodeError("a year"))?,
            kind: r.text()?,
            value: r.float()?,
            printed: r.text()?,
            quote: r.text()?,
            note: r.text()?,
            tie: r.small("a tie", 2)? == 1,
        })
    })
}

const TIDY: [TidyField; 10] = [
    TidyField::Indicator,
    TidyField::Year,
    TidyField::Value,
    TidyField::Unit,
    TidyField::Kind,
    TidyField::Source,
    TidyField::Quote,
    TidyField::NameVi,
    TidyField::NameEn,
    TidyField::Period,
];

fn write_mapping(w: &mut Writer, m: &Mapping) {
    w.text(&m.name);
    w.uint(if m.own_areas {
        2
    } else {
        u64::from(m.units == Units::Post2025)
    });
    w.uint(m.year.map_or(0, |y| u64::from(y) + 1));
    w.uint(m.columns.len() as u64);
    for role in &m.columns {
        match role {
            ColumnRole::Ignore => w.uint(0),
            ColumnRole::Place => w.uint(1),
            ColumnRole::Value { indicator, year } => {
                w.uint(2);
                match indicator {
                    IndicatorChoice::Existing(id) => {
                        w.uint(0);
                        w.text(id);
                    }
                    IndicatorChoice::New { name, unit } => {
                        w.uint(1);
                        w.text(name);
                        w.text(unit.id());
                    }
                }
                w.uint(year.map_or(0, |y| u64::from(y) + 1));
            }
            ColumnRole::Within => w.uint(4),
            ColumnRole::Tidy(field) => {
                w.uint(3);
                w.uint(TIDY.iter().position(|f| f == field).unwrap_or(0) as u64);
            }
        }
    }
}

fn year(r: &mut Reader<'_>) -> Decoded<Option<u16>> {
    match r.uint()? {
        0 => Ok(None),
        n => u16::try_from(n - 1)
            .map(Some)
            .map_err(|_| DecodeError("a year")),
    }
}

fn read_mapping(r: &mut Reader<'_>) -> Decoded<Mapping> {
    let name = r.text()?;
    let geography = r.small("a geography", 3)?;
    let units = if geography == 1 {
        Units::Post2025
    } else {
        Units::Pre2025
    };
    let year_of_columns = year(r)?;
    let columns = r.list(|r| {
        Ok(match r.small("a column role", 5)? {
            0 => ColumnRole::Ignore,
            1 => ColumnRole::Place,
            2 => {
                let indicator = match r.small("an indicator choice", 2)? {
                    0 => IndicatorChoice::Existing(r.text()?),
                    _ => IndicatorChoice::New {
                        name: r.text()?,
                        unit: Unit::from_id(&r.text()?).ok_or(DecodeError("a unit"))?,
                    },
                };
                ColumnRole::Value {
                    indicator,
                    year: year(r)?,
                }
            }
            3 => ColumnRole::Tidy(TIDY[r.small("a field", TIDY.len())?]),
            _ => ColumnRole::Within,
        })
    })?;
    Ok(Mapping {
        name,
        units,
        own_areas: geography == 2,
        year: year_of_columns,
        columns,
    })
}

pub fn encode_mapping(m: &Mapping) -> Vec<u8> {
    let mut w = start();
    write_mapping(&mut w, m);
    w.finish()
}

pub fn decode_mapping(bytes: &[u8]) -> Decoded<Mapping> {
    let mut r = open(bytes)?;
    let m = read_mapping(&mut r)?;
    r.done()?;
    Ok(m)
}

pub fn encode_preview(p: &Preview) -> Vec<u8> {
    let mut w = start();
    w.text(&p.file);
    texts(&mut w, &p.header);
    w.uint(p.sample.len() as u64);
    for row in &p.sample {
        texts(&mut w, row);
    }
    w.uint(p.rows as u64);
    write_mapping(&mut w, &p.mapping);
    w.finish()
}

pub fn decode_preview(bytes: &[u8]) -> Decoded<Preview> {
    let mut r = open(bytes)?;
    let file = r.text()?;
    let header = read_texts(&mut r)?;
    let sample = r.list(read_texts)?;
    let rows = number(&mut r)?;
    let mapping = read_mapping(&mut r)?;
    r.done()?;
    Ok(Preview {
        file,
        header,
        sample,
        rows,
        mapping,
    })
}

pub fn encode_report(v: &ReportView) -> Vec<u8> {
    let mut w = start();
    w.text(&v.summary);
    for n in [
        v.accepted,
        v.problem_count,
        v.agreements,
        v.disagreement_count,
    ] {
        w.uint(n as u64);
    }
    for list in [
        &v.problems,
        &v.unknown_places,
        &v.disagreements,
        &v.indicators,
    ] {
        texts(&mut w, list);
    }
    w.finish()
}

pub fn decode_report(bytes: &[u8]) -> Decoded<ReportView> {
    let mut r = open(bytes)?;
    let summary = r.text()?;
    let (accepted, problem_count, agreements, disagreement_count) = (
        number(&mut r)?,
        number(&mut r)?,
        number(&mut r)?,
        number(&mut r)?,
    );
    let (problems, unknown_places, disagreements, indicators) = (
        read_texts(&mut r)?,
        read_texts(&mut r)?,
        read_texts(&mut r)?,
        read_texts(&mut r)?,
    );
    r.done()?;
    Ok(ReportView {
        summary,
        accepted,
        problem_count,
        problems,
        unknown_places,
        agreements,
        disagreement_count,
        disagreements,
        indicators,
    })
}
