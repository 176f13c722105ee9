//! Copies the word lists that are compiled into the binary without their
//! `#` comment lines: the comments (sources, licences, what was left out and
//! why) stay in the data files for readers, and cost the wasm nothing. The
//! stem audit also loses its reasons (its fourth column).

use std::{env, fs, path::Path};

const COMMENTED_LISTS: [(&str, &str); 4] = [
    ("src/text/stopwords/id.txt", "stopwords-id.txt"),
    ("src/text/stopwords/en.txt", "stopwords-en.txt"),
    ("src/text/slang/id.tsv", "slang-id.tsv"),
    ("src/strategy/lexicon/stem-audit.tsv", "stem-audit.tsv"),
];
/// Columns kept from a list's tab-separated lines.
const KEPT_COLUMNS: usize = 3;

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target) in COMMENTED_LISTS {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let data: String = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| {
                let kept = match line.match_indices('\t').nth(KEPT_COLUMNS - 1) {
                    Some((at, _)) => &line[..at],
                    None => line,
                };
                [kept, "\n"]
            })
            .collect();
        fs::write(Path::new(&out_dir).join(target), data)
            .unwrap_or_else(|e| panic!("{target}: {e}"));
    }
}
