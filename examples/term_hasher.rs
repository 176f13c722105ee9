//! The term maps' hasher on a large vocabulary: rustc-hash 2 (what
//! `arah::hash::TermMap` uses) against the hand-written Fx-style hasher it
//! replaced, kept here only as the benchmark's peer. Both count the same
//! tokens, alternately, in one run (the machine is shared and noisy).
//!
//! The text: every form of the stemmer's lemma table with Indonesian
//! affixes (me-, di-, -kan, -nya, -an, …), over 100 000 distinct forms,
//! drawn with a Zipf-like law (seeded) to about 5 MB.
//!
//! cargo run --profile bench --example term_hasher [-- LEMMAS.tsv]

use arah::text::tokenize::for_each_token;
use rustc_hash::FxBuildHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::time::Instant;

/// The hasher `src/hash.rs` had before rustc-hash: rotate, xor, multiply
/// per 8-byte word, no final mixing (so the low bits come from the last
/// word's bytes).
#[derive(Default, Clone, Copy)]
struct HandWrittenFx(u64);

impl Hasher for HandWrittenFx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = rest.len() as u64;
            for &byte in rest {
                word = word << 8 | u64::from(byte);
            }
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Before = BuildHasherDefault<HandWrittenFx>;

const PREFIXES: &[&str] = &["", "me", "di", "ber", "ter", "pe", "ke", "se", "memper"];
const SUFFIXES: &[&str] = &["", "kan", "an", "nya", "i", "lah", "kannya", "annya"];

fn vocabulary(lemmas_path: &str) -> Vec<String> {
    let table = std::fs::read_to_string(lemmas_path)
        .unwrap_or_else(|e| panic!("cannot read {lemmas_path}: {e}"));
    let forms: Vec<&str> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("form\t"))
        .filter_map(|l| l.split('\t').next())
        .filter(|f| f.chars().all(char::is_alphabetic))
        .collect();
    let mut seen = HashSet::new();
    let mut words = Vec::new();
    for prefix in PREFIXES {
        for suffix in SUFFIXES {
            for form in &forms {
                let word = format!("{prefix}{form}{suffix}");
                if seen.insert(word.clone()) {
                    words.push(word);
                }
            }
        }
    }
    words
}

/// xorshift64*: the same text on every run.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

fn text_of(words: &[String], bytes: usize) -> String {
    let mut state = 0x9E37_79B9_7F4A_7C15;
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        // Zipf-like: rank ≈ n^u for u uniform, so rank r has weight ≈ 1/r.
        let u = (next(&mut state) >> 11) as f64 / (1u64 << 53) as f64;
        let rank = (words.len() as f64).powf(u) as usize - 1;
        text.push_str(&words[rank.min(words.len() - 1)]);
        text.push(' ');
    }
    text
}

fn count<S: BuildHasher + Default>(tokens: &[&str]) -> usize {
    let mut counts: HashMap<&str, usize, S> = HashMap::default();
    for token in tokens {
        *counts.entry(token).or_insert(0) += 1;
    }
    counts.len()
}

fn tokenize_and_count<S: BuildHasher + Default>(text: &str) -> usize {
    let mut counts: HashMap<String, usize, S> = HashMap::default();
    for_each_token(text, |token| match counts.get_mut(token.term) {
        Some(n) => *n += 1,
        None => {
            counts.insert(token.term.to_owned(), 1);
        }
    });
    counts.len()
}

/// How many of the 2^bits low-bit buckets the distinct words' hashes reach.
fn buckets<S: BuildHasher + Default>(words: &[String], bits: u32) -> usize {
    let state = S::default();
    let mask = (1u64 << bits) - 1;
    let used: HashSet<u64> = words.iter().map(|w| state.hash_one(w) & mask).collect();
    used.len()
}

fn median_ms(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn main() {
    let lemmas = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/id-lemma-dev.tsv".into());
    let words = vocabulary(&lemmas);
    let text = text_of(&words, 5_000_000);
    let tokens: Vec<&str> = text.split(' ').filter(|t| !t.is_empty()).collect();
    let distinct = count::<FxBuildHasher>(&tokens);
    assert_eq!(distinct, count::<Before>(&tokens));
    println!(
        "{} bytes, {} tokens, {} distinct forms in the text ({} in the vocabulary)",
        text.len(),
        tokens.len(),
        distinct,
        words.len()
    );
    // The text's distinct forms in the table of 2^bits buckets that holds
    // them at a load of at most 7/8, as hashbrown sizes it.
    let forms: Vec<String> = tokens
        .iter()
        .copied()
        .collect::<HashSet<&str>>()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let bits = (forms.len() as f64 * 8.0 / 7.0).log2().ceil() as u32;
    let slots = (1u64 << bits) as f64;
    let uniform = slots * (1.0 - (-(forms.len() as f64) / slots).exp());
    println!(
        "distinct low {bits}-bit buckets of the {} forms (uniform ≈ {uniform:.0}): hand-written {}, rustc-hash {}",
        forms.len(),
        buckets::<Before>(&forms, bits),
        buckets::<FxBuildHasher>(&forms, bits)
    );
    let (mut before, mut after) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
    let ms = |run: &dyn Fn() -> usize| {
        let t = Instant::now();
        std::hint::black_box(run());
        t.elapsed().as_secs_f64() * 1e3
    };
    for round in 0..7 {
        // Which hasher goes first alternates, so neither always runs on a
        // warmer cache.
        for first in [round % 2 == 0, round % 2 != 0] {
            if first {
                before.0.push(ms(&|| count::<Before>(&tokens)));
                before.1.push(ms(&|| tokenize_and_count::<Before>(&text)));
            } else {
                after.0.push(ms(&|| count::<FxBuildHasher>(&tokens)));
                after
                    .1
                    .push(ms(&|| tokenize_and_count::<FxBuildHasher>(&text)));
            }
        }
    }
    println!(
        "count only (median of 7): hand-written {:.1} ms, rustc-hash {:.1} ms",
        median_ms(before.0),
        median_ms(after.0)
    );
    println!(
        "tokenize + count (median of 7): hand-written {:.1} ms, rustc-hash {:.1} ms",
        median_ms(before.1),
        median_ms(after.1)
    );
}
