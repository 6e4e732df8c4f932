//! The byte form under `compact`: a [`Writer`] of LEB128 varints, zigzag integers,
//! `f64`s bit for bit and strings interned in a table written first, and the [`Reader`]
//! that reads them back, checking every length, count and index, so that damaged bytes
//! are a [`DecodeError`], never a panic. A count is never believed beyond what the bytes
//! left could hold (every item takes at least one), and a reader may be given a budget of
//! text: strings are interned, so a few bytes of indices could otherwise name one long
//! string a million times.

use std::collections::HashMap;
use std::fmt;

/// The built-in data could not be read back: the build is broken.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeError(pub &'static str);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the built-in data is damaged: {}", self.0)
    }
}

pub type Decoded<T> = Result<T, DecodeError>;

/// Writes numbers and interned strings; [`Writer::finish`] puts the string table first.
#[derive(Default)]
pub(crate) struct Writer {
    strings: Vec<String>,
    interned: HashMap<String, u64>,
    body: Vec<u8>,
}

impl Writer {
    pub(crate) fn uint(&mut self, mut value: u64) {
        write_uint(&mut self.body, &mut value);
    }

    pub(crate) fn int(&mut self, value: i64) {
        self.uint(((value << 1) ^ (value >> 63)) as u64);
    }

    pub(crate) fn float(&mut self, value: f64) {
        self.body.extend_from_slice(&value.to_le_bytes());
    }

    pub(crate) fn text(&mut self, text: &str) {
        let next = self.strings.len() as u64;
        let ix = *self.interned.entry(text.to_string()).or_insert(next);
        if ix == next {
            self.strings.push(text.to_string());
        }
        self.uint(ix);
    }

    pub(crate) fn optional_text(&mut self, text: Option<&str>) {
        match text {
            None => self.uint(0),
            Some(text) => {
                self.uint(1);
                self.text(text);
            }
        }
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        let mut out = Vec::new();
        write_uint(&mut out, &mut (self.strings.len() as u64));
        for text in &self.strings {
            write_uint(&mut out, &mut (text.len() as u64));
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&self.body);
        out
    }
}

fn write_uint(out: &mut Vec<u8>, value: &mut u64) {
    loop {
        let byte = (*value & 0x7f) as u8;
        *value >>= 7;
        if *value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Items a list reserves room for before it reads them (it grows as they are read).
const LIST_RESERVED: usize = 1024;

/// Reads what [`Writer`] wrote.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    strings: Vec<&'a str>,
    /// Bytes of text [`Reader::text`] may still copy out.
    text_left: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Decoded<Self> {
        let mut reader = Reader {
            bytes,
            at: 0,
            strings: Vec::new(),
            text_left: usize::MAX,
        };
        let count = reader.count()?;
        for _ in 0..count {
            let len = reader.count()?;
            let raw = reader.take(len)?;
            let text = std::str::from_utf8(raw).map_err(|_| DecodeError("a string"))?;
            reader.strings.push(text);
        }
        Ok(reader)
    }

    /// At most `bytes` of text will be copied out by [`Reader::text`]; more is an error.
    pub(crate) fn limit_text(&mut self, bytes: usize) {
        self.text_left = bytes;
    }

    /// What is left of the budget of [`Reader::limit_text`].
    pub(crate) fn text_left(&self) -> usize {
        self.text_left
    }

    /// The bytes not read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    pub(crate) fn take(&mut self, len: usize) -> Decoded<&'a [u8]> {
        let end = self.at.checked_add(len).ok_or(DecodeError("a length"))?;
        let raw = self.bytes.get(self.at..end).ok_or(DecodeError("the end"))?;
        self.at = end;
        Ok(raw)
    }

    pub(crate) fn uint(&mut self) -> Decoded<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at).ok_or(DecodeError("the end"))?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError("a number"))
    }

    /// A count or an index, bounded by what the input could hold.
    pub(crate) fn count(&mut self) -> Decoded<usize> {
        let value = usize::try_from(self.uint()?).map_err(|_| DecodeError("a count"))?;
        if value > self.bytes.len().saturating_mul(8) {
            return Err(DecodeError("a count"));
        }
        Ok(value)
    }

    pub(crate) fn int(&mut self) -> Decoded<i64> {
        let raw = self.uint()?;
        Ok((raw >> 1) as i64 ^ -((raw & 1) as i64))
    }

    pub(crate) fn float(&mut self) -> Decoded<f64> {
        let raw = self.take(8)?;
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(raw);
        Ok(f64::from_le_bytes(bytes))
    }

    pub(crate) fn text(&mut self) -> Decoded<String> {
        let ix = self.count()?;
        let text = *self.strings.get(ix).ok_or(DecodeError("a string index"))?;
        self.text_left = self
            .text_left
            .checked_sub(text.len())
            .ok_or(DecodeError("more text than its bytes allow"))?;
        Ok(text.to_string())
    }

    pub(crate) fn optional_text(&mut self) -> Decoded<Option<String>> {
        match self.uint()? {
            0 => Ok(None),
            _ => self.text().map(Some),
        }
    }

    pub(crate) fn small(&mut self, what: &'static str, below: usize) -> Decoded<usize> {
        let value = self.count()?;
        if value < below {
            Ok(value)
        } else {
            Err(DecodeError(what))
        }
    }

    /// A count, then as many items; every item takes at least one byte, so a count larger
    /// than the bytes left is an error before anything is reserved, and the vector is
    /// reserved small and grows only with items actually read.
    pub(crate) fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Decoded<T>,
    ) -> Decoded<Vec<T>> {
        let count = self.count()?;
        if count > self.remaining() {
            return Err(DecodeError("a count larger than its bytes"));
        }
        let mut items = Vec::with_capacity(count.min(LIST_RESERVED));
        for _ in 0..count {
            items.push(item(self)?);
        }
        Ok(items)
    }

    pub(crate) fn done(&self) -> Decoded<()> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(DecodeError("bytes after the end"))
        }
    }
}
