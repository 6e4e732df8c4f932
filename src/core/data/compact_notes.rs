//! The compact form of what goes with complete tables — former units, method breaks,
//! areas left out of a year, the families shipped as data files of their own with what
//! each indicator of them covers — and of a family's data file itself.

use super::compact_bytes::{DecodeError, Decoded, Reader, Writer};
use super::compact_observations::{decode_observations, encode_observations};
use super::dataset::Dataset;
use super::families::{Coverage, Family};
use super::former::FormerUnit;
use super::model::{Area, Observation, Year, YearRange};
use super::notes::{MethodBreak, MissingValues};

pub(crate) fn encode_notes(w: &mut Writer, dataset: &Dataset) {
    w.uint(dataset.former_units().len() as u64);
    for u in dataset.former_units() {
        w.text(&u.slug);
        w.text(&u.name_vi);
        w.text(&u.name_en);
        w.uint(u.merged_into as u64);
        w.text(&u.until);
    }
    w.uint(dataset.method_breaks().len() as u64);
    for b in dataset.method_breaks() {
        w.text(&b.indicator_prefix);
        w.uint(u64::from(b.year.get()));
        w.text(&b.note_vi);
        w.text(&b.note_en);
    }
    w.uint(dataset.missing_all().len() as u64);
    for m in dataset.missing_all() {
        w.text(&m.indicator_prefix);
        match m.area {
            Area::Merged(u) => w.uint(u as u64 * 2 + 1),
            Area::Province(p) => w.uint(p as u64 * 2),
            // Only provinces and units are read into this register (`load_tables`).
            _ => w.uint(u64::MAX),
        }
        w.uint(u64::from(m.year.get()));
        w.text(&m.reason_vi);
        w.text(&m.reason_en);
        w.uint(u64::from(m.excluded));
    }
    w.uint(dataset.families().len() as u64);
    for f in dataset.families() {
        w.text(&f.id);
        w.text(&f.file);
        w.uint(f.bytes);
        w.uint(u64::from(f.loaded));
        w.uint(f.coverage.len() as u64);
        for c in &f.coverage {
            w.uint(c.indicator as u64);
            w.uint(u64::from(c.provinces));
            w.uint(u64::from(c.merged_units));
            w.uint(u64::from(c.national));
            match c.years {
                None => w.uint(0),
                Some(years) => {
                    w.uint(u64::from(years.start().get()));
                    w.uint(u64::from(years.end().get()));
                }
            }
            w.uint(c.only_province.map_or(0, |p| p as u64 + 1));
        }
    }
}

fn year(r: &mut Reader<'_>) -> Decoded<Year> {
    u16::try_from(r.uint()?)
        .ok()
        .and_then(Year::new)
        .ok_or(DecodeError("a year"))
}

pub(crate) fn decode_notes(r: &mut Reader<'_>, dataset: &mut Dataset) -> Decoded<()> {
    let provinces = dataset.provinces().len();
    let units = dataset.merged_units().len();
    let indicators = dataset.indicators().len();
    let former = r.list(|r| {
        Ok(FormerUnit {
            slug: r.text()?,
            name_vi: r.text()?,
            name_en: r.text()?,
            merged_into: r.small("a province index", provinces)?,
            until: r.text()?,
        })
    })?;
    let breaks = r.list(|r| {
        Ok(MethodBreak {
            indicator_prefix: r.text()?,
            year: year(r)?,
            note_vi: r.text()?,
            note_en: r.text()?,
        })
    })?;
    let missing = r.list(|r| {
        let indicator_prefix = r.text()?;
        let area = match r.count()? {
            n if n % 2 == 0 && n / 2 < provinces => Area::Province(n / 2),
            n if n % 2 == 1 && n / 2 < units => Area::Merged(n / 2),
            _ => return Err(DecodeError("an area")),
        };
        Ok(MissingValues {
            indicator_prefix,
            area,
            year: year(r)?,
            reason_vi: r.text()?,
            reason_en: r.text()?,
            excluded: r.small("a flag", 2)? == 1,
        })
    })?;
    let families = r.list(|r| {
        Ok(Family {
            id: r.text()?,
            file: r.text()?,
            bytes: r.uint()?,
            loaded: r.small("a flag", 2)? == 1,
            coverage: r.list(|r| {
                let indicator = r.small("an indicator index", indicators)?;
                let provinces16 = |n: usize| u16::try_from(n).map_err(|_| DecodeError("a count"));
                let provinces_seen = provinces16(r.count()?)?;
                let units_seen = provinces16(r.count()?)?;
                let national = r.small("a flag", 2)? == 1;
                let years = match r.uint()? {
                    0 => None,
                    start => {
                        let start = u16::try_from(start)
                            .ok()
                            .and_then(Year::new)
                            .ok_or(DecodeError("a year"))?;
                        Some(YearRange::new(start, year(r)?).ok_or(DecodeError("a span"))?)
                    }
                };
                let only_province = match r.small("a province index", provinces + 1)? {
                    0 => None,
                    p => Some(p - 1),
                };
                Ok(Coverage {
                    indicator,
                    provinces: provinces_seen,
                    merged_units: units_seen,
                    national,
                    years,
                    only_province,
                })
            })?,
        })
    })?;
    dataset.set_notes(former, breaks, missing);
    dataset.set_families(families);
    Ok(())
}

/// A family's data file: its id and its values.
pub fn encode_family(id: &str, observations: &[Observation]) -> Vec<u8> {
    let mut w = Writer::default();
    w.text(id);
    encode_observations(&mut w, observations);
    w.finish()
}

/// Reads a family's data file against the dataset it was built with; damaged bytes, or
/// a file of another build, are an error, never a panic.
pub fn decode_family(bytes: &[u8], dataset: &Dataset) -> Decoded<(String, Vec<Observation>)> {
    let mut r = Reader::new(bytes)?;
    let id = r.text()?;
    let observations = decode_observations(&mut r, dataset)?;
    r.done()?;
    Ok((id, observations))
}
