//! The charts layer (being assembled).

pub mod shared;
