//! End-to-end tests through the real binary. One test binary, one module per topic.

mod util;

mod bad_input;
mod contract;
mod custom_cases;
mod editor;
mod hints;
mod linking;
mod manners;
mod paste;
mod problems;
mod snapshots;
mod verdicts;
mod watch;
mod workflow;
