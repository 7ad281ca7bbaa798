//! End-to-end tests through the real binary. One test binary, one module per topic.

mod util;

mod bad_input;
mod contract;
mod paste;
mod problems;
mod verdicts;
mod workflow;
