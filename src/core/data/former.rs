//! Units that ceased to exist before the 2025 merger (Hà Tây, merged into Hà Nội on
//! 2008-08-01): their values are kept under their own name and lineage, never dropped
//! and never added to the values of the unit they joined.

use super::model::ProvinceIx;

/// A province that was merged into another before 2025 (Hà Tây into Hà Nội, 2008), kept
/// apart with its own rows and its lineage.
#[derive(Debug, Clone, PartialEq)]
pub struct FormerUnit {
    /// ASCII kebab-case name, e.g. `ha-tay`; written `former:ha-tay` in data files.
    pub slug: String,
    pub name_vi: String,
    pub name_en: String,
    /// The province it became part of.
    pub merged_into: ProvinceIx,
    /// The day it ceased to exist, `YYYY-MM-DD`.
    pub until: String,
}
