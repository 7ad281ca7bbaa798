//! Runs the real `drill` binary in a temporary DRILL_HOME (with a build cache shared by all
//! tests, so each test pays for its own compile only).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Drill {
    home: tempfile::TempDir,
}

/// What one run of drill printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}):\n{}\nstderr: {}", self.stdout, self.stderr))
    }
}

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

pub fn problem_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("problems").join(path)
}

impl Drill {
    pub fn new() -> Drill {
        Drill {
            home: tempfile::tempdir().expect("temp DRILL_HOME"),
        }
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_drill"));
        cmd.env("DRILL_HOME", self.home.path())
            .env("DRILL_CACHE", Path::new(env!("CARGO_TARGET_TMPDIR")).join("drill-cache"))
            .env("NO_COLOR", "1");
        // The machine's own settings must not leak into a test.
        for var in [
            "VISUAL",
            "EDITOR",
            "DRILL_LANG",
            "DRILL_EDITOR",
            "DRILL_COLOR",
            "DRILL_COMPANY",
            "COLUMNS",
            "CLICOLOR_FORCE",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// Like `run`, with extra environment variables.
    pub fn run_with(&self, env: &[(&str, &str)], args: &[&str]) -> Run {
        let mut cmd = self.command();
        cmd.envs(env.iter().copied());
        let Output { status, stdout, stderr } = cmd.args(args).output().expect("drill runs");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let Output { status, stdout, stderr } = self.command().args(args).output().expect("drill runs");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// `drill <mode> <id> --file <file> --json`: the exit code and the parsed report.
    pub fn judge(&self, mode: &str, id: &str, file: &Path) -> (i32, Value) {
        let run = self.run(&[mode, id, "--file", file.to_str().expect("UTF-8 path"), "--json"]);
        let json = run.json();
        (run.code, json)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.home.path().join(name);
        std::fs::write(&path, contents).expect("write fixture");
        path
    }
}
