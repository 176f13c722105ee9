//! Native throughput of normalize + tokenize + count on the reference corpus
//! repeated to at least 10 MB:
//!
//!   cargo run --profile bench --example throughput
//!
//! The bench profile is opt-level 3; `--release` gives opt-level "z", the
//! size-tuned code the wasm is built from.

use arah::stats::counts::DocumentCounts;
use arah::AnalyzeOptions;
use std::time::Instant;

fn main() {
    let corpus = [
        include_str!("../www/corpus/000_385cd6622f47b7f1.txt"),
        include_str!("../www/corpus/001_8466fea3bf4f444b.txt"),
        include_str!("../www/corpus/002_92436bb8d9535eba.txt"),
    ]
    .join("\n");
    let target: usize = std::env::var("ARAH_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let copies = target / corpus.len() + 1;
    let text = vec![corpus.as_str(); copies].join("\n");
    let filter = AnalyzeOptions::default()
        .term_filter()
        .expect("default options");
    let megabytes = text.len() as f64 / 1e6;
    let mut best = f64::MAX;
    let mut terms = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let counts = DocumentCounts::of_text(&text, &filter);
        best = best.min(start.elapsed().as_secs_f64());
        terms = counts.counted;
    }
    println!(
        "normalize + tokenize + count: {megabytes:.1} MB, {terms} terms counted, best of 5: {:.3} s = {:.0} MB/s",
        best,
        megabytes / best
    );
}
