//! A kept set read back from the browser's storage as warily as a new file. Its bytes are
//! read with bounds: the value count its header claims is believed only as far as its
//! chunks' bytes could hold it ([`MIN_VALUE_BYTES`] a value), nothing is reserved from a
//! claim, and its text may not decode to more than [`TEXT_LIMIT`] (strings are interned:
//! a few bytes could name one long string a million times). Its names are made safe to
//! show (`data::untrusted`), and its values are checked again: a value that is not a
//! finite number, is out of its unit's range, or names no known indicator, year or kind
//! is left out and counted by reason ([`LeftOut`]). A set that does not read at all is
//! [`Damage`]: the page sets it aside, names it, and offers to remove it.

use std::collections::HashMap;

use super::user_set::{
    UserSet, UserValue, INDICATOR_LETTERS, NAME_LETTERS, PRINTED_LETTERS, QUOTE_LETTERS,
};
use super::wire::{
    decode_set_header_within, decode_values_within, encode_set_header, MIN_VALUE_BYTES,
};
use crate::core::data::compact_bytes::DecodeError;
use crate::core::data::dataset::Dataset;
use crate::core::data::model::{Area, Unit, Year};
use crate::core::data::own_area::OWN_PREFIX;
use crate::core::data::untrusted::{is_hidden, shown};
use crate::core::view::state::Lang;

/// The most text a kept set may decode to. A set of a million values decodes to about
/// 160 MB; more than this no import could have made under the page's memory.
pub const TEXT_LIMIT: usize = 256 << 20;

/// Letters kept of a value's note.
const NOTE_LETTERS: usize = 400;

/// Why a kept set does not read.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    /// Its bytes are not a set (cut short, a bad index, another version…).
    Bytes(DecodeError),
    /// Its header claims more values than its chunks' bytes could hold.
    Claims { claimed: usize, room: usize },
    /// Its header claims another number of values than its chunks hold.
    Count { claimed: usize, found: usize },
    /// Its id is empty, too long or holds hidden characters.
    Id,
    /// An indicator of its own has no unit this page knows.
    Unit(String),
}

impl From<DecodeError> for Damage {
    fn from(error: DecodeError) -> Damage {
        Damage::Bytes(error)
    }
}

/// Why a value of a kept set was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LeftOut {
    /// NaN or ±∞.
    NotFinite,
    /// Outside its unit's range, or a rank or count that is not whole.
    OutOfRange,
    /// Its indicator is neither the set's nor built in.
    UnknownIndicator,
    /// A year outside 2015–2035.
    Year,
    /// A kind other than actual, estimate or target.
    Kind,
}

/// A set read back, in steps: the header ([`KeptReader::new`]), a chunk of values at a
/// time ([`KeptReader::add`]), then [`KeptReader::finish`].
pub struct KeptReader<'d> {
    dataset: &'d Dataset,
    set: UserSet,
    claimed: usize,
    found: usize,
    text_left: usize,
    /// The unit of each indicator met (the set's own first, built-in ones when met).
    units: HashMap<String, Option<Unit>>,
    /// Whether an area is one of the 34 post-2025 units (ranks among 34, not 63).
    merged: HashMap<String, bool>,
    left_out: HashMap<LeftOut, usize>,
}

impl<'d> KeptReader<'d> {
    /// Reads a set's header; `chunk_bytes` is the size of its chunks together.
    pub fn new(header: &[u8], chunk_bytes: usize, dataset: &'d Dataset) -> Result<Self, Damage> {
        let mut text_left = TEXT_LIMIT;
        let (mut set, claimed) = decode_set_header_within(header, &mut text_left)?;
        let room = chunk_bytes / MIN_VALUE_BYTES;
        if claimed > room {
            return Err(Damage::Claims { claimed, room });
        }
        if set.id.is_empty() || set.id.len() > 200 || set.id.chars().any(is_hidden) {
            return Err(Damage::Id);
        }
        set.name = shown(&set.name, NAME_LETTERS);
        set.file = shown(&set.file, NAME_LETTERS);
        set.imported = shown(&set.imported, 10);
        let mut units = HashMap::new();
        for indicator in &mut set.indicators {
            let unit = Unit::from_id(&indicator.unit)
                .ok_or_else(|| Damage::Unit(shown(&indicator.unit, 40)))?;
            indicator.name = shown(&indicator.name, INDICATOR_LETTERS);
            units.insert(indicator.id.clone(), Some(unit));
        }
        Ok(KeptReader {
            dataset,
            set,
            claimed,
            found: 0,
            text_left,
            units,
            merged: HashMap::new(),
            left_out: HashMap::new(),
        })
    }

    /// The set's name, made safe to show.
    pub fn name(&self) -> &str {
        &self.set.name
    }

    /// Reads a chunk of values, keeping those that pass the checks.
    pub fn add(&mut self, chunk: &[u8]) -> Result<(), Damage> {
        let values = decode_values_within(chunk, &mut self.text_left)?;
        self.found = self.found.saturating_add(values.len());
        if self.found > self.claimed {
            return Err(self.miscount());
        }
        for value in values {
            match self.check(value) {
                Ok(value) => self.set.values.push(value),
                Err(reason) => *self.left_out.entry(reason).or_default() += 1,
            }
        }
        Ok(())
    }

    /// The set, and how many values were left out for each reason (none, most often).
    pub fn finish(self) -> Result<(UserSet, Vec<(LeftOut, usize)>), Damage> {
        if self.found != self.claimed {
            return Err(self.miscount());
        }
        let mut left_out: Vec<(LeftOut, usize)> = self.left_out.into_iter().collect();
        left_out.sort();
        Ok((self.set, left_out))
    }

    fn miscount(&self) -> Damage {
        Damage::Count {
            claimed: self.claimed,
            found: self.found,
        }
    }

    fn unit(&mut self, indicator: &str) -> Option<Unit> {
        if let Some(&known) = self.units.get(indicator) {
            return known;
        }
        let dataset = self.dataset;
        let unit = dataset
            .find_indicator(indicator)
            .and_then(|ix| dataset.indicator(ix))
            .map(|i| i.unit);
        self.units.insert(indicator.to_string(), unit);
        unit
    }

    /// The value as a new file's would be accepted, its texts made safe; or why not.
    fn check(&mut self, mut v: UserValue) -> Result<UserValue, LeftOut> {
        let unit = self.unit(&v.indicator).ok_or(LeftOut::UnknownIndicator)?;
        Year::new(v.year).ok_or(LeftOut::Year)?;
        if !matches!(v.kind.as_str(), "actual" | "estimate" | "target") {
            return Err(LeftOut::Kind);
        }
        if !v.value.is_finite() {
            return Err(LeftOut::NotFinite);
        }
        v.area = match v.area.strip_prefix(OWN_PREFIX) {
            Some(name) => format!("{OWN_PREFIX}{}", shown(name, NAME_LETTERS)),
            None => shown(&v.area, NAME_LETTERS),
        };
        let (min, max) = match unit {
            // A person's own areas are ranked among as many as there are.
            Unit::Rank if v.area.starts_with(OWN_PREFIX) => (1.0, f64::MAX),
            Unit::Rank => unit.range(Some(if self.is_merged(&v.area) { 34 } else { 63 })),
            _ => unit.range(None),
        };
        let whole = !matches!(unit, Unit::Rank | Unit::Count) || v.value.fract() == 0.0;
        if !(min..=max).contains(&v.value) || !whole {
            return Err(LeftOut::OutOfRange);
        }
        v.printed = shown(&v.printed, PRINTED_LETTERS);
        v.quote = shown(&v.quote, QUOTE_LETTERS);
        v.note = shown(&v.note, NOTE_LETTERS);
        Ok(v)
    }

    fn is_merged(&mut self, area: &str) -> bool {
        if let Some(&known) = self.merged.get(area) {
            return known;
        }
        let merged = matches!(self.dataset.find_area(area), Some(Area::Merged(_)));
        self.merged.insert(area.to_string(), merged);
        merged
    }
}

/// The header `bytes` of a kept set under a new name, its count of values untouched
/// (the values kept, not those that passed the checks when it was last read).
pub fn renamed_header(bytes: &[u8], name: &str) -> Result<Vec<u8>, Damage> {
    let mut text_left = TEXT_LIMIT;
    let (mut set, count) = decode_set_header_within(bytes, &mut text_left)?;
    set.name = shown(name, NAME_LETTERS);
    Ok(encode_set_header(&set, count))
}

/// A whole set read back at once (the page reads a chunk per task with [`KeptReader`]).
pub fn read_kept(
    header: &[u8],
    chunks: &[&[u8]],
    dataset: &Dataset,
) -> Result<(UserSet, Vec<(LeftOut, usize)>), Damage> {
    let bytes = chunks.iter().map(|c| c.len()).sum();
    let mut reader = KeptReader::new(header, bytes, dataset)?;
    for chunk in chunks {
        reader.add(chunk)?;
    }
    reader.finish()
}

/// "The kept set “X” could not be read and was set aside", in `lang`; `name` is the
/// set's name where its header reads, else its key in the browser's storage.
pub fn set_aside_text(name: &str, damage: &Damage, lang: Lang) -> String {
    let name = shown(name, NAME_LETTERS);
    let why = match (damage, lang) {
        (Damage::Bytes(_), Lang::Vi) => "dữ liệu đã lưu bị hỏng".to_string(),
        (Damage::Bytes(_), Lang::En) => "its stored bytes are damaged".to_string(),
        (Damage::Claims { claimed, room }, Lang::Vi) => {
            format!("phần đầu ghi {claimed} giá trị, mà dữ liệu chỉ đủ chỗ cho {room}")
        }
        (Damage::Claims { claimed, room }, Lang::En) => {
            format!("its header claims {claimed} values, and its bytes have room for {room}")
        }
        (Damage::Count { claimed, found }, Lang::Vi) => {
            format!("phần đầu ghi {claimed} giá trị nhưng đọc được {found}")
        }
        (Damage::Count { claimed, found }, Lang::En) => {
            format!("its header claims {claimed} values, {found} were found")
        }
        (Damage::Id, Lang::Vi) => "mã của bộ không hợp lệ".to_string(),
        (Damage::Id, Lang::En) => "its id is not valid".to_string(),
        (Damage::Unit(unit), Lang::Vi) => format!("đơn vị “{unit}” không được hỗ trợ"),
        (Damage::Unit(unit), Lang::En) => format!("the unit “{unit}” is not known"),
    };
    match lang {
        Lang::Vi => format!(
            "Bộ dữ liệu đã lưu “{name}” không đọc được ({why}) nên được để riêng; trang và các bộ khác vẫn dùng được."
        ),
        Lang::En => format!(
            "The kept set “{name}” could not be read ({why}) and was set aside; the page and your other sets still work."
        ),
    }
}

/// "3 values of the kept set “X” were left out: not a finite number (2), …", in `lang`.
pub fn left_out_text(name: &str, left_out: &[(LeftOut, usize)], lang: Lang) -> String {
    let name = shown(name, NAME_LETTERS);
    let total: usize = left_out.iter().map(|(_, n)| n).sum();
    let reasons: Vec<String> = left_out
        .iter()
        .map(|(reason, n)| {
            let why = match (reason, lang) {
                (LeftOut::NotFinite, Lang::Vi) => "không phải số hữu hạn",
                (LeftOut::NotFinite, Lang::En) => "not a finite number",
                (LeftOut::OutOfRange, Lang::Vi) => "ngoài khoảng của đơn vị",
                (LeftOut::OutOfRange, Lang::En) => "outside its unit's range",
                (LeftOut::UnknownIndicator, Lang::Vi) => "chỉ số không rõ",
                (LeftOut::UnknownIndicator, Lang::En) => "an unknown indicator",
                (LeftOut::Year, Lang::Vi) => "năm ngoài 2015–2035",
                (LeftOut::Year, Lang::En) => "a year outside 2015–2035",
                (LeftOut::Kind, Lang::Vi) => "loại giá trị không rõ",
                (LeftOut::Kind, Lang::En) => "an unknown kind of value",
            };
            format!("{why} ({n})")
        })
        .collect();
    match lang {
        Lang::Vi => format!(
            "{total} giá trị của bộ dữ liệu đã lưu “{name}” bị bỏ qua: {}.",
            reasons.join(", ")
        ),
        Lang::En => format!(
            "{total} values of the kept set “{name}” were left out: {}.",
            reasons.join(", ")
        ),
    }
}
