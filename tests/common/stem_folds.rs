// Each user reads part of what this module gives.
#![allow(dead_code)]

//! The stemmer's agreement with a lemma table on folds its lexicon was not
//! built from: shared by `examples/stem_eval.rs` (figures for
//! BENCHMARKS.md) and `tests/stem_agreement.rs` (a floor in `make test`).
//!
//! The pairs are split into 10 folds (a fixed shuffle); for each fold the
//! root lexicon is rebuilt from the lemmas of the other nine plus Arah's own
//! short list, and the fold's forms are stemmed against their gold lemmas.

use arah::text::stem::Stemmer;
use std::collections::HashSet;

pub const FOLDS: usize = 10;

/// Arah's own roots (`src/text/stem/roots-own.txt`), which every fold's
/// lexicon has.
pub fn own_roots() -> Vec<&'static str> {
    include_str!("../../src/text/stem/roots-own.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The (form, lemma) pairs of a table, in the fixed shuffle.
pub fn shuffled_pairs(table: &str) -> Vec<(&str, &str)> {
    let mut pairs: Vec<(&str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("form\t"))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    // A fixed shuffle (64-bit LCG), so folds do not follow alphabetical order.
    let mut state: u64 = 0x5EED;
    for i in (1..pairs.len()).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        pairs.swap(i, (state >> 33) as usize % (i + 1));
    }
    pairs
}

/// One held-out fold's figures.
#[derive(Debug, Clone, Copy)]
pub struct Fold {
    pub pairs: usize,
    /// Forms whose stem is their gold lemma.
    pub agree: usize,
    /// Forms that are their own lemma (the identity baseline).
    pub identity: usize,
    /// Forms whose gold lemma is in the fold's lexicon.
    pub reachable: usize,
}

impl Fold {
    pub fn rate(&self) -> f64 {
        self.agree as f64 / self.pairs as f64
    }
}

/// One form judged: its gold lemma, its stem, and whether the lemma was in
/// the fold's lexicon.
pub struct Judged<'a> {
    pub form: &'a str,
    pub lemma: &'a str,
    pub stem: &'a str,
    pub known: bool,
}

/// Every fold of `pairs`, each form passed to `each` as it is judged.
pub fn evaluate(pairs: &[(&str, &str)], own: &[&str], mut each: impl FnMut(&Judged)) -> Vec<Fold> {
    (0..FOLDS)
        .map(|fold| {
            let held_out: Vec<(&str, &str)> = pairs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS == fold)
                .map(|(_, p)| *p)
                .collect();
            let roots: HashSet<&str> = pairs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != fold)
                .map(|(_, (_, lemma))| *lemma)
                .chain(own.iter().copied())
                .collect();
            let mut stemmer = Stemmer::with_roots(roots.iter().copied());
            // The fold's own forms are the corpus at hand (forms only, never
            // their lemmas), as a document's words are when it is analysed.
            stemmer.add_corpus_words(held_out.iter().map(|(form, _)| *form));
            let mut agree = 0;
            for (form, lemma) in &held_out {
                let stem = stemmer.stem(form);
                agree += usize::from(stem == *lemma);
                each(&Judged {
                    form,
                    lemma,
                    stem: &stem,
                    known: roots.contains(lemma),
                });
            }
            Fold {
                pairs: held_out.len(),
                agree,
                identity: held_out
                    .iter()
                    .filter(|(form, lemma)| form == lemma)
                    .count(),
                // No lexicon-guided stemmer can reach a lemma its lexicon lacks.
                reachable: held_out
                    .iter()
                    .filter(|(_, lemma)| roots.contains(lemma))
                    .count(),
            }
        })
        .collect()
}
