//! Inputs with no end or no sense, read by the CLI: `/dev/zero`, a FIFO
//! whose writer never stops, a 2 GB file, a directory. Each must stop with
//! status 1 and one line that names the file and the limit, having read no
//! more than its ceiling.
//!
//! Every run is capped (`ulimit -v`, 1.5 GB of address space) and guarded
//! (`timeout`, 60 s, far past what any of them takes): a CLI that reads
//! without a bound aborts on the cap or is killed by the guard, and the
//! status shows it, instead of the test taking the machine's memory.
//!
//! Unix only: FIFOs, /dev/zero, `ulimit` and `timeout`.
#![cfg(unix)]

mod common;

use common::*;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Address space allowed to one run: well above what the CLI needs for a
/// document at its ceiling (256 MB, a doubling vector: 768 MB while it
/// grows), well below a 2 GB file read whole.
const ADDRESS_SPACE_KB: u64 = 1536 * 1024;

/// Runs `arah ARGS…` under the cap and the guard, with `stdin`.
fn capped(args: &[&str], stdin: Stdio) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {ADDRESS_SPACE_KB} && exec timeout -s KILL 60 \"$@\""
        ))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_arah"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(stdin)
        .output()
        .expect("sh runs")
}

/// Status 1 and one line on stderr holding each of `expected`.
fn assert_fails_with(output: &Output, expected: &[&str]) {
    let message = stderr(output);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{:?}: {message}",
        output.status
    );
    assert!(message.starts_with("arah: "), "{message}");
    for part in expected {
        assert!(message.contains(part), "{part:?} in {message}");
    }
    assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    assert!(output.stdout.is_empty());
}

fn scratch_path(name: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// A FIFO made with mkfifo(1), fresh for each test.
fn fifo(name: &str) -> PathBuf {
    let path = scratch_path(name);
    let made = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success());
    path
}

/// A file of `len` bytes, `text` first and zeros after, made sparse by
/// `set_len`: it takes no room on disk.
fn sparse_file(name: &str, text: &[u8], len: u64) -> PathBuf {
    let path = scratch_path(name);
    let mut file = File::create(&path).unwrap();
    file.write_all(text).unwrap();
    file.set_len(len).unwrap();
    path
}

fn str_of(path: &Path) -> &str {
    path.to_str().unwrap()
}

const GB2: u64 = 2 << 30;

#[test]
fn dev_zero_as_a_file_is_refused_as_binary() {
    let output = capped(&["top", "/dev/zero"], Stdio::null());
    assert_fails_with(&output, &["/dev/zero looks like a binary file"]);
}

#[test]
fn dev_zero_on_standard_input_is_refused_as_binary() {
    let zero = File::open("/dev/zero").unwrap();
    let output = capped(&["tokens", "-"], Stdio::from(zero));
    assert_fails_with(&output, &["standard input looks like a binary file"]);
}

#[test]
fn dev_zero_as_a_lexicon_is_refused() {
    let output = capped(
        &["strategy", CORPUS[0], "--lexicon", "/dev/zero"],
        Stdio::null(),
    );
    assert_fails_with(&output, &["/dev/zero is a binary file, not JSON"]);
}

#[test]
fn dev_zero_as_a_learned_layer_is_a_warning_as_any_unreadable_one() {
    let output = capped(
        &["strategy", CORPUS[0], "--model", "/dev/zero", "--json"],
        Stdio::null(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("/dev/zero is a binary file, not JSON; the rules alone"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn dev_zero_as_a_font_stops_at_the_font_ceiling() {
    let out = scratch_path("limits-font.svg");
    let output = capped(
        &[
            "cloud",
            CORPUS[0],
            "-o",
            str_of(&out),
            "--font",
            "/dev/zero",
        ],
        Stdio::null(),
    );
    assert_fails_with(
        &output,
        &["--font /dev/zero goes on past the 64 MB limit for a font"],
    );
    assert!(!out.exists());
}

#[test]
fn dev_zero_into_stem_stops_at_a_line_ceiling() {
    let zero = File::open("/dev/zero").unwrap();
    let output = capped(&["stem"], Stdio::from(zero));
    assert_fails_with(
        &output,
        &[
            "standard input has a line longer than the 64 KB limit",
            "one word a line",
        ],
    );
}

#[test]
fn a_fifo_whose_writer_never_stops_stops_at_the_document_ceiling() {
    let path = fifo("limits-endless.fifo");
    let writer_path = path.clone();
    // Writes until the CLI closes its end (a broken pipe: the test harness
    // ignores SIGPIPE, as every Rust program does).
    let writer = std::thread::spawn(move || {
        let mut fifo = File::create(writer_path).unwrap();
        let block = "kampanye dua arah di media sosial. ".repeat(2000);
        while fifo.write_all(block.as_bytes()).is_ok() {}
    });
    // Not joined: had the CLI never opened the FIFO, the writer would wait
    // in its open for ever; the output tells what happened.
    drop(writer);
    let output = capped(&["top", str_of(&path)], Stdio::null());
    assert_fails_with(
        &output,
        &[
            &format!(
                "{} goes on past the 256 MB limit for a document",
                str_of(&path)
            ),
            "split it into smaller files",
        ],
    );
}

/// What the CLI does with a FIFO nobody writes to yet: it waits for the
/// writer, as `cat` does, and reads what comes (a FIFO is made to be
/// written after its reader starts).
#[test]
fn a_fifo_is_read_once_its_writer_comes() {
    let path = fifo("limits-late.fifo");
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        // Opening blocks until the CLI has opened its end.
        let mut fifo = File::create(writer_path).unwrap();
        fifo.write_all(b"Kampanye dua arah, kampanye satu arah.\n")
            .unwrap();
    });
    drop(writer);
    let output = capped(&["top", str_of(&path), "--csv"], Stdio::null());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("kampanye,2"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_2_gb_file_of_zeros_is_refused_as_binary_by_its_first_bytes() {
    let path = sparse_file("limits-zeros.txt", b"", GB2);
    let output = capped(&["top", str_of(&path)], Stdio::null());
    assert_fails_with(
        &output,
        &[&format!("{} looks like a binary file", str_of(&path))],
    );
}

#[test]
fn a_2_gb_text_file_is_refused_by_its_size() {
    let text = "kampanye dua arah di media sosial. ".repeat(3000);
    let path = sparse_file("limits-large.txt", text.as_bytes(), GB2);
    let output = capped(&["top", str_of(&path)], Stdio::null());
    assert_fails_with(
        &output,
        &[
            &format!(
                "{} is 2048 MB, over the 256 MB limit for a document",
                str_of(&path)
            ),
            "split it",
        ],
    );
}

#[test]
fn a_2_gb_text_file_on_standard_input_is_refused_by_its_size() {
    let text = "kampanye dua arah di media sosial. ".repeat(3000);
    let path = sparse_file("limits-large-stdin.txt", text.as_bytes(), GB2);
    let output = capped(&["tokens", "-"], Stdio::from(File::open(&path).unwrap()));
    assert_fails_with(
        &output,
        &["standard input is 2048 MB, over the 256 MB limit for a document"],
    );
}

#[test]
fn a_lexicon_over_its_ceiling_is_refused_by_its_size() {
    // Spaces, not zeros: text in its first bytes, so its size is the reason.
    let mut json = b"{\"entries\": [".to_vec();
    json.resize(5 << 20, b' ');
    let path = scratch("limits-lexicon.json", &json);
    let output = capped(
        &["strategy", CORPUS[0], "--lexicon", str_of(&path)],
        Stdio::null(),
    );
    assert_fails_with(&output, &["is 5 MB, over the 4 MB limit for a lexicon"]);
}

#[test]
fn a_directory_given_as_a_file_is_said_to_be_one() {
    let output = capped(&["top", "tests"], Stdio::null());
    assert_fails_with(
        &output,
        &["tests is a directory, not a file; give the files in it"],
    );
}
