//! Province colours: each province has a home colour that stays the same whatever
//! else is selected; a province whose home colour is already taken by an earlier pick
//! gets the next free one, so that no two lines on a chart share a colour while the
//! selection is no larger than the palette.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Tableau 10, a categorical palette designed to stay distinguishable for the common
/// forms of colour-vision deficiency.
pub const PALETTE: [Rgb; 10] = [
    Rgb(0x4e, 0x79, 0xa7),
    Rgb(0xf2, 0x8e, 0x2b),
    Rgb(0xe1, 0x57, 0x59),
    Rgb(0x76, 0xb7, 0xb2),
    Rgb(0x59, 0xa1, 0x4f),
    Rgb(0xed, 0xc9, 0x48),
    Rgb(0xb0, 0x7a, 0xa1),
    Rgb(0xff, 0x9d, 0xa7),
    Rgb(0x9c, 0x75, 0x5f),
    Rgb(0xba, 0xb0, 0xac),
];

/// The palette slot a place prefers, from a stable hash of its key (its ISO code).
fn home_slot(key: &str) -> usize {
    // FNV-1a: stable across platforms and releases, unlike std's hasher.
    let hash = key.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash as usize % PALETTE.len()
}

/// Colours for the places with these keys, in selection order.
pub fn assign_colours<K: AsRef<str>>(codes: &[K]) -> Vec<Rgb> {
    let mut taken = [false; PALETTE.len()];
    codes
        .iter()
        .map(|code| {
            let home = home_slot(code.as_ref());
            let slot = (0..PALETTE.len())
                .map(|offset| (home + offset) % PALETTE.len())
                .find(|&slot| !taken[slot])
                .unwrap_or(home);
            taken[slot] = true;
            PALETTE[slot]
        })
        .collect()
}
