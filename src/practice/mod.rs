//! What the history means: attempts and solve times (`attempts`), the review schedule
//! (`schedule`), per-list statistics (`stats`), and how times read (`time`). Everything here is
//! derived from `history` records; nothing is stored.

pub mod attempts;
pub mod schedule;
pub mod stats;
pub mod time;

pub use attempts::{load, millis_between, replay, Practice};
