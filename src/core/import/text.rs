//! Bytes to text: UTF-8 with or without a byte-order mark, and UTF-16 (little- or
//! big-endian, as Excel writes "Unicode text"), told by the mark or by its zero bytes.

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Empty,
    /// Neither UTF-8 nor UTF-16; the byte offset of the first byte that is not.
    NotUnicode {
        at: usize,
    },
}

/// The text of `bytes`, without its byte-order mark.
pub fn decode_text(bytes: &[u8]) -> Result<String, TextError> {
    if bytes.is_empty() {
        return Err(TextError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes, 2);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes, 2);
    }
    // Without a mark: UTF-16 has a zero byte in most ASCII characters.
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half >= 2 && zeros_at(1) * 2 > half {
        return utf16(bytes, u16::from_le_bytes, 0);
    }
    if half >= 2 && zeros_at(0) * 2 > half {
        return utf16(bytes, u16::from_be_bytes, 0);
    }
    utf8(bytes, 0)
}

fn utf8(bytes: &[u8], offset: usize) -> Result<String, TextError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => Err(TextError::NotUnicode {
            at: offset + error.valid_up_to(),
        }),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, offset: usize) -> Result<String, TextError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(TextError::NotUnicode {
            at: offset + bytes.len() - 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for (ix, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(TextError::NotUnicode {
                    at: offset + ix * 2,
                })
            }
        }
    }
    Ok(text)
}
