//! Every shipped problem: the reference is Accepted (with every follow-up) and every known-wrong
//! solution gets the verdicts it names — judged through `drill submit --file --json`.

use crate::util::Drill;
use std::path::Path;

#[test]
fn every_reference_accepted_and_every_wrong_solution_rejected() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    let drill = Drill::new();
    let mut checked = 0;
    for dir in std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let id = dir.file_name().unwrap().to_str().unwrap().to_string();
        let (code, r) = drill.judge("submit", &id, &dir.join("reference.rs"));
        assert_eq!((code, r["verdict"].as_str()), (0, Some("Accepted")), "{id} reference: {r}");
        for f in r["follow_ups"].as_array().unwrap() {
            assert_eq!(f["verdict"], "Accepted", "{id} reference follow-up: {r}");
        }
        for wrong in std::fs::read_dir(dir.join("wrong")).unwrap().flatten().map(|e| e.path()) {
            let source = std::fs::read_to_string(&wrong).unwrap();
            let want = source
                .lines()
                .find_map(|l| l.strip_prefix("// verdict:"))
                .unwrap_or_else(|| panic!("{} names no verdict", wrong.display()))
                .trim();
            let (code, r) = drill.judge("submit", &id, &wrong);
            assert_eq!(r["verdict"], want, "{}: {r}", wrong.display());
            assert_eq!(code, if want == "Accepted" { 0 } else { 1 }, "{}", wrong.display());
            for line in source.lines().filter_map(|l| l.strip_prefix("// follow-up ")) {
                let (name, verdict) = line.rsplit_once(':').unwrap();
                let got = r["follow_ups"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|f| f["name"] == name.trim())
                    .unwrap_or_else(|| panic!("{}: no follow-up {name}: {r}", wrong.display()));
                assert_eq!(got["verdict"], verdict.trim(), "{}: {r}", wrong.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 3, "wrong solutions were found and judged ({checked})");
}
