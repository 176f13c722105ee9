//! Copies the word lists that are compiled into the binary without their
//! `#` comment lines: the comments (sources, licences, what was left out and
//! why) stay in the data files for readers, and cost the wasm nothing. Of
//! the stem audit only the rows whose decision overrides the policy are
//! compiled in (entry word, word, decision): the policy decides the rest.

use std::{env, fs, path::Path};

const COMMENTED_LISTS: [(&str, &str); 3] = [
    ("src/text/stopwords/id.txt", "stopwords-id.txt"),
    ("src/text/stopwords/en.txt", "stopwords-en.txt"),
    ("src/text/slang/id.tsv", "slang-id.tsv"),
];
/// Columns: entry word, word, the policy's decision, the reviewed decision,
/// reason.
const STEM_AUDIT: (&str, &str) = ("src/strategy/lexicon/stem-audit.tsv", "stem-overrides.tsv");

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target) in COMMENTED_LISTS {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let data: String = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| [line, "\n"])
            .collect();
        fs::write(Path::new(&out_dir).join(target), data)
            .unwrap_or_else(|e| panic!("{target}: {e}"));
    }
    let (source, target) = STEM_AUDIT;
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let overrides: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields.len() > 3 && fields[2] != fields[3])
                .then(|| format!("{}\t{}\t{}\n", fields[0], fields[1], fields[3]))
        })
        .collect();
    fs::write(Path::new(&out_dir).join(target), overrides)
        .unwrap_or_else(|e| panic!("{target}: {e}"));
}
