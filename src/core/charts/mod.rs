//! The charts layer (being assembled).

pub mod map;
pub mod shared;
