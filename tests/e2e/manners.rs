//! Terminal manners: --version, --help with examples, completions, did-you-mean, colour
//! choices, tables that fit, statements in the chosen language, drill.toml.

use crate::util::Drill;

const SUBCOMMANDS: &[&str] = &[
    "list",
    "lists",
    "pick",
    "show",
    "edit",
    "hint",
    "test",
    "submit",
    "watch",
    "completions",
];

#[test]
fn version_and_help_with_an_example_on_every_subcommand() {
    let drill = Drill::new();
    let run = drill.run(&["--version"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.trim(), format!("drill {}", env!("CARGO_PKG_VERSION")));
    let help = drill.run(&["--help"]).stdout;
    for needle in [
        "DRILL_LANG",
        "DRILL_EDITOR",
        "DRILL_COLOR",
        "DRILL_COMPANY",
        "DRILL_HOME",
        "drill.toml",
        "--color",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
    for sub in SUBCOMMANDS.iter().chain(&["dev check", "dev bless"]) {
        let mut args: Vec<&str> = sub.split(' ').collect();
        args.push("--help");
        let run = drill.run(&args);
        assert_eq!(run.code, 0, "{sub}: {}", run.stderr);
        assert!(
            run.stdout.contains("Example"),
            "`drill {sub} --help` has no example:\n{}",
            run.stdout
        );
        args.pop();
        args.push("-h");
        assert!(drill.run(&args).stdout.contains("Example"), "`drill {sub} -h` has no example");
    }
}

#[test]
fn completions_for_bash_zsh_and_fish_name_every_subcommand() {
    let drill = Drill::new();
    for shell in ["bash", "zsh", "fish"] {
        let run = drill.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for sub in SUBCOMMANDS {
            assert!(run.stdout.contains(sub), "{shell} completion lacks {sub}");
        }
    }
    assert_eq!(drill.run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn mistyped_subcommands_and_companies_get_a_suggestion() {
    let drill = Drill::new();
    let run = drill.run(&["sumbit", "lc300"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("similar subcommand") && run.stderr.contains("'submit'"),
        "{}",
        run.stderr
    );
    let run = drill.run(&["list", "--company", "bytedace"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("did you mean 'bytedance'"), "{}", run.stderr);
    let run = drill.run(&["list", "--company", "字节"]);
    assert!(run.stderr.contains("did you mean 'bytedance'"), "{}", run.stderr);
}

fn has_ansi(s: &str) -> bool {
    s.contains('\u{1b}')
}

#[test]
fn colour_only_when_asked_for_never_in_a_pipe_or_with_no_color() {
    let drill = Drill::new();
    // Output to a pipe: no colour by default (util sets NO_COLOR; drop it here).
    let piped = drill.command().env_remove("NO_COLOR").args(["show", "lc300"]).output().unwrap();
    assert!(!has_ansi(&String::from_utf8_lossy(&piped.stdout)));
    let always = drill
        .command()
        .env_remove("NO_COLOR")
        .args(["show", "lc300", "--color", "always"])
        .output()
        .unwrap();
    assert!(has_ansi(&String::from_utf8_lossy(&always.stdout)));
    let from_env = drill.run_with(&[("DRILL_COLOR", "always")], &["show", "lc300"]);
    assert!(has_ansi(&from_env.stdout));
    let never = drill.run_with(&[("DRILL_COLOR", "always")], &["--color", "never", "show", "lc300"]);
    assert!(!has_ansi(&never.stdout), "the flag wins over the environment");
    drill.write("drill.toml", "color = \"always\"\n");
    assert!(has_ansi(&drill.run(&["list"]).stdout), "the setting");
    let bad = drill.run_with(&[("DRILL_COLOR", "sometimes")], &["list"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("DRILL_COLOR is 'sometimes'; use auto, always or never"),
        "{}",
        bad.stderr
    );
}

#[test]
fn list_fits_the_terminal_width() {
    let drill = Drill::new();
    let wide = drill.run(&["list"]);
    let longest = wide.stdout.lines().map(width).max().unwrap();
    assert!(longest > 60, "{}", wide.stdout);
    let narrow = drill.run_with(&[("COLUMNS", "60")], &["list"]);
    assert_eq!(narrow.code, 0);
    for line in narrow.stdout.lines() {
        assert!(width(line) <= 60, "{} columns: {line}\n{}", width(line), narrow.stdout);
    }
    assert!(narrow.stdout.contains("lc300"), "{}", narrow.stdout);
}

/// Terminal columns, with CJK counted double.
fn width(line: &str) -> usize {
    line.chars()
        .map(|c| if ('\u{2E80}'..='\u{FFEF}').contains(&c) { 2 } else { 1 })
        .sum()
}

#[test]
fn statements_are_rendered_in_chinese_by_default_and_english_on_request() {
    let drill = Drill::new();
    let zh = drill.run(&["show", "lc300"]);
    assert_eq!(zh.code, 0, "{}", zh.stderr);
    assert!(
        zh.stdout.contains("给你一个整数数组 nums"),
        "markdown rendered, no backticks:\n{}",
        zh.stdout
    );
    assert!(!zh.stdout.contains("Given an integer array"), "{}", zh.stdout);
    assert!(!zh.stdout.contains("```") && !zh.stdout.contains("**"), "{}", zh.stdout);
    let en = drill.run(&["show", "lc300", "--lang", "en"]);
    assert!(
        en.stdout.contains("Given an integer array nums") && !en.stdout.contains("给你"),
        "{}",
        en.stdout
    );
    let both = drill.run(&["show", "lc300", "--lang", "both"]);
    assert!(both.stdout.contains("给你") && both.stdout.contains("Given"), "{}", both.stdout);
    drill.write("drill.toml", "language = \"en\"\n");
    assert!(drill.run(&["show", "lc300"]).stdout.contains("Given an integer array"));
    assert!(drill.run_with(&[("DRILL_LANG", "zh")], &["show", "lc300"]).stdout.contains("给你"));
}

#[test]
fn drill_toml_sets_the_default_company_and_bad_settings_are_named() {
    let drill = Drill::new();
    drill.write("drill.toml", "company = \"tencent\"\n");
    let listed = drill.run(&["list", "--json"]);
    let tencent = drill.run(&["list", "--company", "tencent", "--json"]);
    assert_eq!(
        (listed.code, &listed.stdout, &listed.stderr),
        (tencent.code, &tencent.stdout, &tencent.stderr)
    );
    let all = drill.run(&["list", "--all", "--json"]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert!(all.stdout.contains("\"lc300\""), "{}", all.stdout);

    drill.write("drill.toml", "langauge = \"en\"\n");
    let run = drill.run(&["list"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("drill.toml:1: unknown field `langauge`"), "{}", run.stderr);
    drill.write("drill.toml", "language = \"fr\"\n");
    let run = drill.run(&["show", "lc300"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown language 'fr'"), "{}", run.stderr);
}

#[test]
fn json_output_has_no_spinner_or_colour() {
    let drill = Drill::new();
    let reference = crate::util::problem_file("lc300/reference.rs");
    let run = drill.run_with(
        &[("DRILL_COLOR", "always")],
        &["test", "lc300", "--file", reference.to_str().unwrap(), "--json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !has_ansi(&run.stdout) && !has_ansi(&run.stderr),
        "{:?} {:?}",
        run.stdout,
        run.stderr
    );
    run.json();
}
