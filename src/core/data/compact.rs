//! The compact binary form of the built-in data, written at build time (`build.rs`,
//! after the loader has checked every row) and read when the page starts, so that the
//! page needs neither a CSV nor a JSON parser and does no validation at start-up.
//!
//! The form is private to one build: `build.rs` and the page are compiled from the same
//! source, so there is no versioning. Strings are stored once in a table and referred
//! to by index; numbers are LEB128 varints; values are stored bit for bit (`f64`);
//! boundary coordinates are quantised to 10⁻⁶ degree (about 0.1 m) and delta-coded.
//!
//! Decoding is still checked: a truncated or corrupt input is a [`DecodeError`], never
//! a panic or an out-of-range index.

use super::citation::TableCopy;
pub use super::compact_bytes::DecodeError;
use super::compact_bytes::{Decoded, Reader, Writer};
use super::compact_notes::{decode_notes, encode_notes};
use super::compact_observations::{decode_observations, encode_observations};
use super::dataset::Dataset;
use super::geo::{Ring, Shape};
use super::model::{
    AreaKind, Better, Indicator, MergedUnit, Pillar, Province, ProvinceCode, Region, Source,
    SourceKind, Unit,
};

/// Coordinates are stored as whole multiples of this many degrees.
const COORDINATE_STEP: f64 = 1e-6;

/// One closed list of enum values, in a fixed order shared by writer and reader.
const UNITS: [Unit; 7] = Unit::ALL;
const BETTERS: [Better; 3] = [Better::Higher, Better::Lower, Better::Neither];
const AREA_KINDS: [AreaKind; 2] = [AreaKind::Province, AreaKind::City];
const SOURCE_KINDS: [SourceKind; 6] = [
    SourceKind::Official,
    SourceKind::Provincial,
    SourceKind::Press,
    SourceKind::Article,
    SourceKind::Compilation,
    SourceKind::User,
];

fn position<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

fn pick<T: Copy>(reader: &mut Reader<'_>, all: &[T], what: &'static str) -> Decoded<T> {
    let ix = reader.small(what, all.len())?;
    Ok(all[ix])
}

/// The dataset as bytes; [`decode_dataset`] gives it back equal.
pub fn encode_dataset(dataset: &Dataset) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(dataset.provinces().len() as u64);
    for p in dataset.provinces() {
        w.text(p.code.as_str());
        w.text(&p.slug);
        w.text(&p.name_vi);
        w.text(&p.name_en);
        w.uint(position(&Region::ALL, &p.region));
        w.uint(position(&AREA_KINDS, &p.kind));
        w.uint(p.merged_into as u64);
    }
    w.uint(dataset.merged_units().len() as u64);
    for u in dataset.merged_units() {
        w.text(&u.slug);
        w.text(&u.name_vi);
        w.text(&u.name_en);
        w.uint(position(&AREA_KINDS, &u.kind));
        w.uint(u.absorbed.len() as u64);
        for &p in &u.absorbed {
            w.uint(p as u64);
        }
        w.text(&u.effective);
    }
    w.uint(dataset.indicators().len() as u64);
    for i in dataset.indicators() {
        for text in [&i.id, &i.name_vi, &i.name_en] {
            w.text(text);
        }
        w.uint(position(&UNITS, &i.unit));
        w.uint(position(&BETTERS, &i.better));
        w.uint(position(&Pillar::ALL, &i.pillar));
        w.text(&i.description_vi);
        w.text(&i.description_en);
    }
    w.uint(dataset.sources().len() as u64);
    for s in dataset.sources() {
        w.text(&s.id);
        w.uint(position(&SOURCE_KINDS, &s.kind));
        w.text(&s.title);
        w.text(&s.publisher);
        w.optional_text(s.published.as_deref());
        w.optional_text(s.url.as_deref());
        w.optional_text(s.file.as_deref());
        match &s.copy {
            None => w.uint(0),
            Some(copy) => {
                w.uint(1);
                w.text(&copy.repo);
                w.text(&copy.path);
                w.text(&copy.commit);
            }
        }
    }
    encode_notes(&mut w, dataset);
    encode_observations(&mut w, dataset.observations());
    w.finish()
}

/// Reads what [`encode_dataset`] wrote; indices into the tables are checked.
pub fn decode_dataset(bytes: &[u8]) -> Decoded<Dataset> {
    let mut r = Reader::new(bytes)?;
    let provinces = r.list(|r| {
        Ok(Province {
            code: ProvinceCode::parse(&r.text()?).ok_or(DecodeError("a province code"))?,
            slug: r.text()?,
            name_vi: r.text()?,
            name_en: r.text()?,
            region: pick(r, &Region::ALL, "a region")?,
            kind: pick(r, &AREA_KINDS, "an area kind")?,
            merged_into: r.count()?,
        })
    })?;
    let merged_units = r.list(|r| {
        Ok(MergedUnit {
            slug: r.text()?,
            name_vi: r.text()?,
            name_en: r.text()?,
            kind: pick(r, &AREA_KINDS, "an area kind")?,
            absorbed: r.list(|r| r.small("a province index", provinces.len()))?,
            effective: r.text()?,
        })
    })?;
    if provinces
        .iter()
        .any(|p| p.merged_into >= merged_units.len())
    {
        return Err(DecodeError("a unit index"));
    }
    let indicators = r.list(|r| {
        Ok(Indicator {
            id: r.text()?,
            name_vi: r.text()?,
            name_en: r.text()?,
            unit: pick(r, &UNITS, "a unit")?,
            better: pick(r, &BETTERS, "a direction")?,
            pillar: pick(r, &Pillar::ALL, "a pillar")?,
            description_vi: r.text()?,
            description_en: r.text()?,
        })
    })?;
    let sources = r.list(|r| {
        Ok(Source {
            id: r.text()?,
            kind: pick(r, &SOURCE_KINDS, "a source kind")?,
            title: r.text()?,
            publisher: r.text()?,
            published: r.optional_text()?,
            url: r.optional_text()?,
            file: r.optional_text()?,
            copy: match r.small("a copy", 2)? {
                0 => None,
                _ => Some(TableCopy {
                    repo: r.text()?,
                    path: r.text()?,
                    commit: r.text()?,
                }),
            },
        })
    })?;
    let mut dataset = Dataset::new(provinces, merged_units, indicators, sources, Vec::new());
    decode_notes(&mut r, &mut dataset)?;
    let observations = decode_observations(&mut r, &dataset)?;
    r.done()?;
    dataset.set_observations(observations);
    Ok(dataset)
}

/// Shapes as bytes, coordinates quantised (see the module docs).
pub fn encode_shapes(shapes: &[Shape]) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(shapes.len() as u64);
    for shape in shapes {
        w.text(&shape.key);
        w.uint(shape.rings.len() as u64);
        for ring in &shape.rings {
            w.uint(ring.len() as u64);
            let (mut last_x, mut last_y) = (0i64, 0i64);
            for &(x, y) in ring {
                let (qx, qy) = (quantise(x), quantise(y));
                w.int(qx - last_x);
                w.int(qy - last_y);
                (last_x, last_y) = (qx, qy);
            }
        }
    }
    w.finish()
}

fn quantise(degrees: f64) -> i64 {
    (degrees / COORDINATE_STEP).round() as i64
}

/// Reads what [`encode_shapes`] wrote.
pub fn decode_shapes(bytes: &[u8]) -> Decoded<Vec<Shape>> {
    let mut r = Reader::new(bytes)?;
    let shapes = r.list(|r| {
        Ok(Shape {
            key: r.text()?,
            rings: r.list(decode_ring)?,
        })
    })?;
    r.done()?;
    Ok(shapes)
}

fn decode_ring(r: &mut Reader<'_>) -> Decoded<Ring> {
    let (mut x, mut y) = (0i64, 0i64);
    r.list(|r| {
        x = x.wrapping_add(r.int()?);
        y = y.wrapping_add(r.int()?);
        Ok((x as f64 * COORDINATE_STEP, y as f64 * COORDINATE_STEP))
    })
}
