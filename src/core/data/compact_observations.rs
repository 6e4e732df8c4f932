//! The compact form of observations, shared by the page's dataset (`compact`) and the
//! families' data files (`compact_notes`): indices into the dataset's tables, the value
//! bit for bit, interned texts; decoding checks every index against the dataset.

use super::citation::Citation;
use super::compact_bytes::{DecodeError, Decoded, Reader, Writer};
use super::dataset::Dataset;
use super::model::{Area, Observation, ObservationKind, PeriodPart, Year};

const CITATIONS: [Citation; 3] = [Citation::Quote, Citation::TableRow, Citation::DerivedRank];
const OBSERVATION_KINDS: [ObservationKind; 3] = [
    ObservationKind::Actual,
    ObservationKind::Estimate,
    ObservationKind::Target,
];

fn position<T: PartialEq>(all: &[T], value: &T) -> u64 {
    all.iter().position(|v| v == value).unwrap_or(0) as u64
}

fn pick<T: Copy>(reader: &mut Reader<'_>, all: &[T], what: &'static str) -> Decoded<T> {
    let ix = reader.small(what, all.len())?;
    Ok(all[ix])
}

/// A list of observations (the page's, or one family's data file).
pub(crate) fn encode_observations(w: &mut Writer, observations: &[Observation]) {
    w.uint(observations.len() as u64);
    for o in observations {
        encode_observation(w, o);
    }
}

fn encode_observation(w: &mut Writer, o: &Observation) {
    w.uint(o.indicator as u64);
    match o.area {
        Area::Province(p) => w.uint(p as u64 * 4),
        Area::Merged(u) => w.uint(u as u64 * 4 + 1),
        Area::National => w.uint(2),
        Area::Former(f) => w.uint(f as u64 * 4 + 3),
        // Only imported sets have areas of a person's own, and they are kept apart from
        // this form: such an area is written as an index decoding refuses; a region's
        // average is never an observation's area.
        Area::Own(_) | Area::Region(_) => w.uint(6),
    }
    w.uint(u64::from(o.year.get()));
    w.uint(match o.part {
        PeriodPart::FullYear => 0,
        PeriodPart::FirstHalf => 1,
        PeriodPart::AsOf => 2,
        PeriodPart::Through(month) => 2 + u64::from(month),
    });
    w.uint(position(&OBSERVATION_KINDS, &o.kind));
    w.float(o.value);
    w.text(&o.printed);
    w.uint(o.group.map_or(0, |g| u64::from(g) + 1));
    w.uint(u64::from(o.tie));
    w.uint(u64::from(o.year_inferred));
    w.uint(o.source as u64);
    w.text(&o.quote);
    w.text(&o.note);
    w.uint(position(&CITATIONS, &o.citation));
}

/// Reads what [`encode_observations`] wrote, checking every index against `dataset`.
pub(crate) fn decode_observations(
    r: &mut Reader<'_>,
    dataset: &Dataset,
) -> Decoded<Vec<Observation>> {
    let tables = (
        dataset.provinces().len(),
        dataset.merged_units().len(),
        dataset.former_units().len(),
        dataset.indicators().len(),
        dataset.sources().len(),
    );
    r.list(|r| decode_observation(r, tables))
}

fn decode_observation(
    r: &mut Reader<'_>,
    (provinces, units, former, indicators, sources): (usize, usize, usize, usize, usize),
) -> Decoded<Observation> {
    let indicator = r.small("an indicator index", indicators)?;
    let area = match r.count()? {
        2 => Area::National,
        n if n % 4 == 0 && n / 4 < provinces => Area::Province(n / 4),
        n if n % 4 == 1 && n / 4 < units => Area::Merged(n / 4),
        n if n % 4 == 3 && n / 4 < former => Area::Former(n / 4),
        _ => return Err(DecodeError("an area")),
    };
    let year = u16::try_from(r.uint()?)
        .ok()
        .and_then(Year::new)
        .ok_or(DecodeError("a year"))?;
    let part = match r.small("a period", 15)? {
        0 => PeriodPart::FullYear,
        1 => PeriodPart::FirstHalf,
        2 => PeriodPart::AsOf,
        n => PeriodPart::Through((n - 2) as u8),
    };
    Ok(Observation {
        indicator,
        area,
        year,
        part,
        kind: pick(r, &OBSERVATION_KINDS, "a value kind")?,
        value: r.float()?,
        printed: r.text()?,
        group: match r.small("a group", 257)? {
            0 => None,
            g => Some((g - 1) as u8),
        },
        tie: r.small("a tie", 2)? == 1,
        year_inferred: r.small("a year basis", 2)? == 1,
        source: r.small("a source index", sources)?,
        quote: r.text()?,
        note: r.text()?,
        citation: pick(r, &CITATIONS, "a citation")?,
    })
}
