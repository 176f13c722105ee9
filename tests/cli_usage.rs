//! The CLI's own command line: `--help` for every command and for `arah`,
//! `--version`, `-` for standard input, and the exit statuses (0 done, 1 a
//! failure, 2 a wrong command line).

mod common;

use common::*;

const COMMANDS: [&str; 8] = [
    "stem", "tokens", "top", "keyness", "analyze", "kwic", "cloud", "strategy",
];

/// The flags a usage text names: `--json`, `-o`, … (not `--` alone).
fn flags_named(usage: &str) -> Vec<String> {
    let mut flags: Vec<String> = usage
        .split(|c: char| c.is_whitespace() || "[]|".contains(c))
        .filter(|w| w.starts_with('-') && w.len() > 2 || *w == "-o")
        .map(|w| w.trim_end_matches([',', ';', ':']).to_string())
        .collect();
    flags.sort();
    flags.dedup();
    flags
}

#[test]
fn every_command_has_its_own_help() {
    let all = arah(&["--help"]);
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    let all = stdout(&all);
    assert!(all.starts_with("usage:\n"), "{all}");
    let named = flags_named(&all);
    for flag in [
        "-o",
        "--n",
        "--svg",
        "--rotate",
        "--lexicon",
        "--keep-chrome",
    ] {
        assert!(named.iter().any(|f| f == flag), "{flag}: {named:?}");
    }
    assert!(all.contains("arah --version"), "{all}");
    for name in COMMANDS {
        let output = arah(&[name, "--help"]);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        assert!(output.stderr.is_empty(), "{name}");
        let help = stdout(&output);
        let first = format!("usage:\n  arah {name} ");
        assert!(help.starts_with(&first), "{name}: {help}");
        // No other command's usage line.
        for other in COMMANDS.iter().filter(|o| **o != name) {
            assert!(
                !help.contains(&format!("  arah {other} ")),
                "{name}: {help}"
            );
        }
        // The same text for -h, `arah help NAME`, and flags before --help.
        assert_eq!(stdout(&arah(&[name, "-h"])), help, "{name}");
        assert_eq!(stdout(&arah(&["help", name])), help, "{name}");
        // `arah --help` holds this command's usage block.
        let block = help["usage:\n".len()..].split("\n\n").next().unwrap();
        assert!(all.contains(block), "{name}: {block}");
        // Every flag the help names is one the command takes.
        for flag in flags_named(block) {
            let message = stderr(&arah(&[name, &flag]));
            assert!(
                !message.contains("unknown option"),
                "{name} {flag}: {message}"
            );
        }
    }
    // Commands that read files say what `-` does; those that pass over
    // chrome say so.
    assert!(stdout(&arah(&["top", "--help"])).contains("A FILE of - reads standard input"));
    assert!(stdout(&arah(&["top", "--help"])).contains("--keep-chrome counts"));
    assert!(!stdout(&arah(&["tokens", "--help"])).contains("--keep-chrome"));
}

#[test]
fn version_is_the_packages() {
    for flag in ["--version", "-V"] {
        let output = arah(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(
            stdout(&output),
            format!("arah {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn a_dash_reads_standard_input() {
    let text = std::fs::read(CORPUS[1]).unwrap();
    // The same output as from the file, for commands without file names in it.
    for args in [
        vec!["top", "--json", "--n", "12"],
        vec!["analyze", "--json", "--stem"],
    ] {
        let mut from_file = args.clone();
        from_file.insert(1, CORPUS[1]);
        let expected = arah(&from_file);
        let mut from_stdin = args.clone();
        from_stdin.insert(1, "-");
        let got = arah_with_stdin(&from_stdin, &text);
        assert_eq!(got.status.code(), Some(0), "{args:?}: {}", stderr(&got));
        assert!(!got.stdout.is_empty());
        if args[0] == "top" {
            assert_eq!(stdout(&got), stdout(&expected), "{args:?}");
        } else {
            // analyze names each document: `-` where the file's path was.
            let renamed = stdout(&expected).replace(CORPUS[1], "-");
            assert_eq!(stdout(&got), renamed, "{args:?}");
        }
    }
    // Beside files, as a keyness reference; tokens are titled `-`.
    let keyness = arah_with_stdin(&["keyness", CORPUS[0], "--", "-", "--json"], &text);
    let expected = arah(&["keyness", CORPUS[0], "--", CORPUS[1], "--json"]);
    assert_eq!(keyness.status.code(), Some(0), "{}", stderr(&keyness));
    assert_eq!(stdout(&keyness), stdout(&expected).replace(CORPUS[1], "-"));
    let tokens = arah_with_stdin(&["tokens", "-"], "Kampanye dua arah".as_bytes());
    assert_eq!(
        stdout(&tokens),
        "-\t0\t8\tword\tkampanye\n-\t9\t12\tword\tdua\n-\t13\t17\tword\tarah\n"
    );
    // What a file would fail with, standard input fails with too.
    let binary = arah_with_stdin(&["top", "-"], b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!(binary.status.code(), Some(1));
    assert!(
        stderr(&binary).contains("standard input looks like a binary file"),
        "{}",
        stderr(&binary)
    );
    let twice = arah_with_stdin(&["top", "-", "-"], &text);
    assert_eq!(twice.status.code(), Some(2));
    assert!(stderr(&twice).contains("only once"), "{}", stderr(&twice));
}

#[test]
fn exit_status_tells_a_failure_from_a_wrong_command_line() {
    let missing = arah(&["tokens", "/nonexistent/a.txt"]);
    assert_eq!(missing.status.code(), Some(1));
    let empty = arah_with_stdin(&["top", "-"], b"   \n");
    assert_eq!(empty.status.code(), Some(1), "{}", stderr(&empty));
    for args in [
        vec!["top", CORPUS[0], "--bogus"],
        vec!["top", CORPUS[0], "-x"],
        vec!["kwic", "arah", CORPUS[0], "--window"],
        vec!["kwic", "arah", CORPUS[0], "--window", "wide"],
        vec![
            "cloud",
            CORPUS[0],
            "-o",
            "/tmp/never.svg",
            "--shape",
            "star",
        ],
        vec!["keyness", CORPUS[0], CORPUS[1]],
        vec!["stem", "file.txt"],
        vec!["help", "frobnicate"],
    ] {
        let output = arah(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stderr(&output).lines().count(), 1, "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(arah(&["top", CORPUS[0]]).status.code(), Some(0));
}
