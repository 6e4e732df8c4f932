//! Numbers as people type them in Vietnamese and English tables: `0,4843`, `0.4843`,
//! `1.234.567`, `1,234,567`, `17,5%`, `25/63`, with spaces or no-break spaces.

/// The number a cell holds, if it holds one. A rank printed `25/63` reads as 25.
pub fn parse_number(cell: &str) -> Option<f64> {
    let text: String = cell
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let text = text.strip_suffix('%').unwrap_or(&text);
    let text = match text.split_once('/') {
        Some((rank, of)) if of.chars().all(|c| c.is_ascii_digit()) && !of.is_empty() => rank,
        _ => text,
    };
    if text.is_empty() {
        return None;
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let normal = normalise(digits)?;
    let value: f64 = normal.parse().ok().filter(|v: &f64| v.is_finite())?;
    Some(if negative { -value } else { value })
}

/// `1.234,5` / `1,234.5` / `0,4843` / `0.4843` / `1.234.567` → a plain decimal.
fn normalise(digits: &str) -> Option<String> {
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let grouped = |sep: char| {
        let mut parts = digits.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    Some(match (dots, commas) {
        (0, 0) => digits.to_string(),
        // One separator of one kind: a decimal mark, unless it groups thousands
        // (`1.234` is read as 1234 only with two or more groups, `1.234.567`).
        (1, 0) => digits.to_string(),
        (0, 1) => digits.replace(',', "."),
        (_, 0) if grouped('.') => digits.replace('.', ""),
        (0, _) if grouped(',') => digits.replace(',', ""),
        (_, _) => {
            let last_dot = digits.rfind('.')?;
            let last_comma = digits.rfind(',')?;
            if last_comma > last_dot {
                digits.replace('.', "").replace(',', ".")
            } else {
                digits.replace(',', "")
            }
        }
    })
}
