//! `drill doctor`: starts one harmless process in the sandbox and prints each layer as active or
//! unavailable, and why.

use crate::judge::sandbox::{self, Layer};
use anstyle::{AnsiColor, Style};
use anyhow::Result;
use std::process::ExitCode;

const GREEN: Style = AnsiColor::Green.on_default().bold();
const YELLOW: Style = AnsiColor::Yellow.on_default().bold();
const DIM: Style = Style::new().dimmed();

pub fn run(json: bool) -> Result<ExitCode> {
    let states = sandbox::doctor()?;
    if json {
        let layers: Vec<_> = states
            .iter()
            .map(|s| serde_json::json!({"layer": s.layer.name(), "active": s.active, "detail": s.detail}))
            .collect();
        println!("{}", serde_json::to_string(&layers)?);
        return Ok(ExitCode::SUCCESS);
    }
    // The effective uid, read from /proc (no unsafe code in commands).
    let who = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_string())
        })
        .unwrap_or_else(|| "?".into());
    println!("drill sandbox, as uid {who}:");
    for s in &states {
        let (mark, word, style) = if s.active {
            ("✓", "active", GREEN)
        } else {
            ("✗", "unavailable", YELLOW)
        };
        anstream::println!(
            "  {style}{mark} {:<17} {word:<11}{style:#} {DIM}{}{DIM:#}",
            s.layer.name(),
            s.detail
        );
        anstream::println!("      {DIM}{}{DIM:#}", s.layer.purpose());
    }
    let on = |l: Layer| states.iter().any(|s| s.layer == l && s.active);
    let network = match (on(Layer::Namespaces), on(Layer::Seccomp), on(Layer::Landlock)) {
        (true, true, _) => "blocked (network namespace and seccomp)",
        (true, false, _) => "blocked (network namespace)",
        (false, true, _) => "blocked (seccomp: no sockets)",
        (false, false, true) => "TCP blocked by Landlock only; UDP is open",
        (false, false, false) => "OPEN: no layer blocks the network",
    };
    println!("network: {network}");
    let off: Vec<&str> = states.iter().filter(|s| !s.active).map(|s| s.layer.name()).collect();
    if off.is_empty() {
        println!("every layer is in force");
    } else {
        println!("judging works; reports will list as off: {}", off.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}
