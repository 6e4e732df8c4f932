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

/// A categorical palette after Tableau 10 (designed to stay distinguishable for the
/// common forms of colour-vision deficiency), with its light colours darkened so that
/// every line has at least 3:1 contrast against the white chart.
pub const PALETTE: [Rgb; 10] = [
    Rgb(0x4e, 0x79, 0xa7),
    Rgb(0xe0, 0x71, 0x2b),
    Rgb(0xe1, 0x57, 0x59),
    Rgb(0x3f, 0x8f, 0x8a),
    Rgb(0x59, 0xa1, 0x4f),
    Rgb(0xb8, 0x86, 0x0b),
    Rgb(0xb0, 0x7a, 0xa1),
    Rgb(0xd3, 0x72, 0x95),
    Rgb(0x9c, 0x75, 0x5f),
    Rgb(0x6b, 0x6b, 0x6b),
];

/// The FNV-1a seed, chosen so that the places most often compared — the default
/// three, Hà Nội, TP. Hồ Chí Minh, Hải Phòng, Quảng Ninh and the whole country — all
/// have different home colours.
const SEED: u32 = 0x811c_9dca;

/// The palette slot a place prefers, from a stable hash of its key (its ISO code).
fn home_slot(key: &str) -> usize {
    // FNV-1a: stable across platforms and releases, unlike std's hasher.
    let hash = key
        .bytes()
        .fold(SEED, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
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

#[cfg(test)]
mod tests {
    use super::{assign_colours, PALETTE};

    /// WCAG relative luminance contrast against white.
    fn contrast(c: super::Rgb) -> f64 {
        let linear = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2);
        1.05 / (l + 0.05)
    }

    #[test]
    fn every_colour_stands_out_on_white() {
        for colour in PALETTE {
            assert!(
                contrast(colour) >= 3.0,
                "{} has {:.2}:1",
                colour.hex(),
                contrast(colour)
            );
        }
    }

    #[test]
    fn common_places_keep_their_colour_whatever_else_is_picked() {
        let common = [
            "VN-61", "VN-21", "VN-DN", "VN-HN", "VN-SG", "VN", "VN-HP", "VN-13",
        ];
        let together = assign_colours(&common);
        for (i, key) in common.iter().enumerate() {
            assert_eq!(
                assign_colours(&[key])[0],
                together[i],
                "{key} alone and with the others"
            );
        }
        // However many places share home colours, up to ten get ten colours.
        let all: Vec<String> = (1..=10).map(|i| format!("K{i}")).collect();
        let colours = assign_colours(&all);
        let distinct: std::collections::HashSet<_> = colours.iter().collect();
        assert_eq!(distinct.len(), 10, "ten places, ten colours");
    }
}
