//! Areas of a person's own: places an imported file names that are not provinces (a
//! district, a commune, a school…). The ranking and the table list them (see
//! `Dataset::own_area`); no map draws them and no link picks them.

/// An area of a person's own, as the dataset keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnArea {
    /// As the file writes it (made safe to show), with the places it lies in.
    pub name: String,
    /// Folded for sorting and search.
    pub folded: String,
}

/// Marks an area of a person's own in an imported value's `area`, e.g.
/// `own:Xã Tân Lập, Hải Dương`.
pub const OWN_PREFIX: &str = "own:";
