//! What the CLI test files share: the reference corpus, running the `arah`
//! binary, its output as text, and files written for a test. Each test file
//! uses some of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub const CORPUS: [&str; 3] = [
    "www/corpus/000_385cd6622f47b7f1.txt",
    "www/corpus/001_8466fea3bf4f444b.txt",
    "www/corpus/002_92436bb8d9535eba.txt",
];

/// Runs `arah ARGS…` from the repository's root.
pub fn arah(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arah"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the arah binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// `bytes` written to a file named `name` in cargo's scratch directory.
pub fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `arah ARGS…` from the repository's root with `input` on stdin.
pub fn arah_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_arah"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the arah binary runs");
    // A command that fails before reading (a usage error) closes the pipe
    // early: the input not taken is not an error of the test's.
    match child.stdin.take().unwrap().write_all(input) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.unwrap(),
    }
    child.wait_with_output().unwrap()
}
