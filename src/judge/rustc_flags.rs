// The flags of every compile, shared with build.rs (which `include!`s this file) so that the
// prebuilt prelude and run-time compiles agree.

/// LeetCode's build (edition 2021, `-O`), with libstd linked dynamically and one codegen unit:
/// both measurably shorten the compile of a small crate. Warnings are not shown (as on LeetCode).
pub const RUSTC_FLAGS: &[&str] = &[
    "--edition",
    "2021",
    "-O",
    "-C",
    "prefer-dynamic",
    "-C",
    "codegen-units=1",
    "-A",
    "warnings",
    "--color",
    "never",
];
