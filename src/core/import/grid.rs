//! A file as a grid of text cells: its header row and the rows under it, each with the
//! line (CSV) or row (XLSX) it came from, so that every problem can be located.

use std::io::Cursor;

use super::text::{decode_text, TextError};

/// At most this many columns are read; a wider file is refused.
pub const MAX_COLUMNS: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<GridRow>,
    /// `,`, `;` or a tab for a text file; `None` for a workbook.
    pub separator: Option<char>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// The 1-based line of a text file, or row of a sheet.
    pub line: u64,
    pub cells: Vec<String>,
}

impl GridRow {
    /// The cell of column `ix`, empty where the row is short.
    pub fn cell(&self, ix: usize) -> &str {
        self.cells.get(ix).map_or("", |c| c.trim())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum GridError {
    Text(TextError),
    /// Broken CSV at a line.
    Csv {
        line: u64,
        message: String,
    },
    /// Not a workbook that can be read, or one without a sheet.
    Workbook(String),
    /// No header row: the file has no non-empty line.
    NoHeader,
    TooWide(usize),
}

/// Rows read between two calls of a progress callback.
const PROGRESS_EVERY: usize = 50_000;

/// Reads a CSV or text file, or an XLSX workbook (told by its ZIP signature).
pub fn read_file(bytes: &[u8]) -> Result<Grid, GridError> {
    read_file_with_progress(bytes, &mut |_, _| {})
}

/// As [`read_file`], calling `progress(bytes read, bytes in all)` as it goes.
pub fn read_file_with_progress(
    bytes: &[u8],
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Grid, GridError> {
    if bytes.starts_with(b"PK\x03\x04") {
        read_workbook(bytes)
    } else {
        let text = decode_text(bytes).map_err(GridError::Text)?;
        read_delimited_with_progress(&text, progress)
    }
}

/// Whether `text` has a carriage return that is not followed by a line feed.
fn has_lone_cr(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
}

/// Reads delimited text: the separator is the one of `,` `;` and tab that the first line
/// (outside quotes) has most of. Line ends may be LF, CRLF or a lone CR.
pub fn read_delimited(text: &str) -> Result<Grid, GridError> {
    read_delimited_with_progress(text, &mut |_, _| {})
}

fn read_delimited_with_progress(
    text: &str,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Grid, GridError> {
    // Excel for Mac writes CSV with a lone CR at each line's end: read as line ends, so
    // that each row keeps its own line number (the reader counts LFs).
    let text: std::borrow::Cow<'_, str> = if has_lone_cr(text) {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let text = text.as_ref();
    let separator = sniff_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(text.as_bytes());
    let mut grid = Grid {
        separator: Some(separator),
        ..Grid::default()
    };
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                if grid.rows.len() % PROGRESS_EVERY == PROGRESS_EVERY - 1 {
                    let done = record.position().map_or(0, |p| p.byte());
                    progress(done, text.len() as u64);
                }
                let line = record.position().map_or(0, |p| p.line());
                let cells: Vec<String> = record.iter().map(str::to_string).collect();
                push_row(&mut grid, line, cells)?;
            }
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                return Err(GridError::Csv {
                    line,
                    message: error.to_string(),
                });
            }
        }
    }
    finish(grid)
}

fn push_row(grid: &mut Grid, line: u64, cells: Vec<String>) -> Result<(), GridError> {
    if cells.len() > MAX_COLUMNS {
        return Err(GridError::TooWide(cells.len()));
    }
    if cells.iter().all(|c| c.trim().is_empty()) {
        return Ok(());
    }
    if grid.header.is_empty() {
        grid.header = cells.iter().map(|c| c.trim().to_string()).collect();
    } else {
        grid.rows.push(GridRow { line, cells });
    }
    Ok(())
}

fn finish(grid: Grid) -> Result<Grid, GridError> {
    if grid.header.is_empty() {
        Err(GridError::NoHeader)
    } else {
        Ok(grid)
    }
}

fn sniff_separator(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                if let Some(count) = counts.iter_mut().find(|(s, _)| *s == c) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(',', |(s, _)| *s)
}

/// The first sheet of an XLSX workbook; numbers as they read in Rust (`0.4843`, `25`).
fn read_workbook(bytes: &[u8]) -> Result<Grid, GridError> {
    use calamine::{Data, Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| GridError::Workbook(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| GridError::Workbook("no sheet".to_string()))?
        .map_err(|e| GridError::Workbook(e.to_string()))?;
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut grid = Grid::default();
    for (ix, row) in range.rows().enumerate() {
        let cells = row
            .iter()
            .map(|cell| match cell {
                Data::Empty | Data::Error(_) => String::new(),
                Data::String(s) => s.clone(),
                Data::Float(f) => f.to_string(),
                Data::Int(i) => i.to_string(),
                Data::Bool(b) => b.to_string(),
                other => other.to_string(),
            })
            .collect();
        push_row(&mut grid, u64::from(top) + ix as u64 + 1, cells)?;
    }
    finish(grid)
}
