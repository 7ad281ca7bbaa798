//! How programs are linked: by the toolchain's `rust-lld` directly when `cc` says how, through
//! `cc` when that fails.

use crate::util::{fixture, problem_file, Drill, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn submit(drill: &Drill, cache: &Path, file: &Path) -> Run {
    let out = drill
        .command()
        .env("DRILL_CACHE", cache)
        .args(["submit", "lc300", "--json", "--file"])
        .arg(file)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn toolchain(cache: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(cache.join("toolchain.json")).unwrap()).unwrap()
}

/// The toolchain's lld, where drill looks for it.
fn rust_lld(toolchain: &Value) -> PathBuf {
    Path::new(toolchain["target_libdir"].as_str().unwrap()).join("../bin/rust-lld")
}

#[test]
fn a_direct_link_that_fails_is_done_through_cc_and_given_up() {
    let drill = Drill::new();
    let cache = drill.home().join("own-cache");
    let reference = problem_file("lc300/reference.rs");
    let first = submit(&drill, &cache, &reference);
    assert_eq!(first.json()["verdict"], "Accepted", "{}{}", first.stdout, first.stderr);
    let mut tc = toolchain(&cache);
    assert!(
        !rust_lld(&tc).is_file() || tc["linker"]["Direct"]["args"].is_array(),
        "this toolchain ships rust-lld and `cc -###` names the start files: {tc}"
    );
    if !tc["linker"]["Direct"].is_object() {
        eprintln!("no direct link on this machine; nothing to fall back from");
        return;
    }

    // A link error of the user's own making is a Compile Error and keeps the direct link.
    let undefined = submit(&drill, &cache, &fixture("lc300/undefined_symbol.rs"));
    assert_eq!(undefined.json()["verdict"], "Compile Error", "{}", undefined.stdout);
    assert!(
        undefined.json()["message"]
            .as_str()
            .unwrap()
            .contains("drill_fixture_no_such_symbol"),
        "{}",
        undefined.stdout
    );
    assert!(toolchain(&cache)["linker"]["Direct"].is_object());

    // A direct link that cannot work (here: a flag lld does not know) is retried through cc,
    // which links, and the toolchain links through cc from then on.
    tc["linker"]["Direct"]["args"]
        .as_array_mut()
        .unwrap()
        .push("--no-such-linker-flag".into());
    std::fs::write(cache.join("toolchain.json"), serde_json::to_vec(&tc).unwrap()).unwrap();
    let retried = submit(&drill, &cache, &reference);
    assert_eq!(retried.json()["verdict"], "Accepted", "{}{}", retried.stdout, retried.stderr);
    assert_eq!(toolchain(&cache)["linker"], "Cc");
    let again = submit(&drill, &cache, &reference);
    assert_eq!(again.json()["verdict"], "Accepted", "{}{}", again.stdout, again.stderr);
}
