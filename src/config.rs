//! `DRILL_HOME/drill.toml`, the user's settings, each overridden by an environment variable:
//!
//! ```toml
//! language = "zh"        # DRILL_LANG: statement language, zh, en or both
//! editor = "code -w"     # DRILL_EDITOR: editor for `pick` and `edit` (else $VISUAL, then $EDITOR)
//! color = "auto"         # DRILL_COLOR: auto, always or never
//! company = "bytedance"  # DRILL_COMPANY: the list `drill list`, `drill next` and `drill pick`
//!                        # (without an id) use without --company
//! ```
//! A missing file means the defaults; an unknown key or a bad value is an error naming it.

use crate::cli::ColorWhen;
use crate::files::{self, Refusal};
use crate::workspace::Workspace;
use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// Largest settings file read: a handful of keys need a few hundred bytes.
const MAX_CONFIG_BYTES: u64 = 64 << 10;

/// The settings file as written; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    language: Option<String>,
    editor: Option<String>,
    color: Option<ColorWhen>,
    company: Option<String>,
}

/// Settings after the environment's overrides.
#[derive(Debug)]
pub struct Config {
    /// zh, en or both.
    pub language: String,
    pub editor: Option<String>,
    pub color: ColorWhen,
    pub company: Option<String>,
}

impl Config {
    /// Reads drill.toml (if DRILL_HOME can be located and the file exists), then the environment.
    pub fn load() -> Result<Config> {
        let settings = match Workspace::locate() {
            Ok(ws) => read(&ws)?,
            Err(_) => Settings::default(),
        };
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let language = match env("DRILL_LANG") {
            Some(lang) => check_language(&lang).context("DRILL_LANG")?,
            None => match settings.language {
                Some(lang) => check_language(&lang).context("drill.toml `language`")?,
                None => "zh".to_string(),
            },
        };
        let color = match env("DRILL_COLOR") {
            Some(c) => match c.trim() {
                "auto" => ColorWhen::Auto,
                "always" => ColorWhen::Always,
                "never" => ColorWhen::Never,
                other => bail!("DRILL_COLOR is '{other}'; use auto, always or never"),
            },
            None => settings.color.unwrap_or(ColorWhen::Auto),
        };
        Ok(Config {
            language,
            editor: env("DRILL_EDITOR").or(settings.editor).filter(|e| !e.trim().is_empty()),
            color,
            company: env("DRILL_COMPANY").or(settings.company),
        })
    }

    /// The statement language: the `--lang` flag, else the setting.
    pub fn language(&self, flag: Option<&str>) -> Result<String> {
        match flag {
            Some(lang) => check_language(lang),
            None => Ok(self.language.clone()),
        }
    }

    /// The editor command: the setting (or DRILL_EDITOR), else $VISUAL, else $EDITOR.
    pub fn editor(&self) -> Option<String> {
        self.editor.clone().or_else(|| {
            ["VISUAL", "EDITOR"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        })
    }
}

fn read(ws: &Workspace) -> Result<Settings> {
    let path = ws.config_file();
    let text = match files::read_text(&path, MAX_CONFIG_BYTES) {
        Ok(text) => text,
        Err(Refusal::Missing) => return Ok(Settings::default()),
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotADirectory => return Ok(Settings::default()),
        Err(r) => bail!("{} {r}", path.display()),
    };
    toml::from_str(&text).map_err(|e| {
        let message = e.message().trim().to_string();
        let line = e.span().map(|s| text[..s.start].lines().count().max(1));
        match line {
            Some(line) => anyhow::anyhow!("{}:{line}: {message}", path.display()),
            None => anyhow::anyhow!("{}: {message}", path.display()),
        }
    })
}

fn check_language(lang: &str) -> Result<String> {
    match lang.trim() {
        l @ ("zh" | "en" | "both") => Ok(l.to_string()),
        other => bail!("unknown language '{other}'; use zh, en or both"),
    }
}
