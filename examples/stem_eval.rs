//! Agreement of the stemmer with a lemma table, on folds the lexicon was not
//! built from, and its speed:
//!
//!   cargo run --profile bench --example stem_eval -- ../shared/data/id-lemma-dev.tsv
//!
//! The pairs are split into 10 folds (a fixed shuffle); for each fold the
//! root lexicon is rebuilt from the lemmas of the other nine plus Arah's own
//! short list, and the fold's forms are stemmed against their gold lemmas.

use arah::text::stem::Stemmer;
use std::collections::HashSet;
use std::io::Write;
use std::time::Instant;

const FOLDS: usize = 10;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/id-lemma-dev.tsv".into());
    let table =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let own: Vec<&str> = include_str!("../src/text/stem/roots-own.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
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

    println!(
        "| fold | pairs | stemmer agrees | identity agrees | gold lemma in the fold's lexicon |"
    );
    println!("|---:|---:|---:|---:|---:|");
    // Agreement by whether the gold lemma is in the fold's lexicon;
    // STEM_EVAL_ERRORS=FILE writes the disagreements (form, gold, stem, known).
    let mut classes = [0usize; 4];
    let mut errors = std::env::var("STEM_EVAL_ERRORS")
        .ok()
        .map(|path| std::io::BufWriter::new(std::fs::File::create(path).unwrap()));
    let (mut sum, mut sum_identity, mut sum_reachable) = (0.0, 0.0, 0.0);
    for fold in 0..FOLDS {
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
            let class = match (stem == *lemma, roots.contains(lemma)) {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (false, false) => 3,
            };
            classes[class] += 1;
            agree += usize::from(class < 2);
            if let Some(out) = errors.as_mut().filter(|_| class >= 2) {
                writeln!(out, "{form}\t{lemma}\t{stem}\t{}", class == 2).unwrap();
            }
        }
        let identity = held_out
            .iter()
            .filter(|(form, lemma)| form == lemma)
            .count();
        let (rate, identity_rate) = (
            agree as f64 / held_out.len() as f64,
            identity as f64 / held_out.len() as f64,
        );
        // No lexicon-guided stemmer can reach a lemma its lexicon lacks.
        let reachable = held_out
            .iter()
            .filter(|(_, lemma)| roots.contains(lemma))
            .count() as f64
            / held_out.len() as f64;
        sum += rate;
        sum_identity += identity_rate;
        sum_reachable += reachable;
        println!(
            "| {} | {} | {:.2} % | {:.2} % | {:.2} % |",
            fold + 1,
            held_out.len(),
            100.0 * rate,
            100.0 * identity_rate,
            100.0 * reachable
        );
    }
    println!(
        "| mean | {} | **{:.2} %** | {:.2} % | {:.2} % |",
        pairs.len(),
        100.0 * sum / FOLDS as f64,
        100.0 * sum_identity / FOLDS as f64,
        100.0 * sum_reachable / FOLDS as f64
    );

    let share = |n: usize| 100.0 * n as f64 / pairs.len() as f64;
    println!(
        "\nlemma in the lexicon: {:.2} % right, {:.2} % wrong; not in it (guessed): {:.2} % right, {:.2} % wrong",
        share(classes[0]),
        share(classes[2]),
        share(classes[1]),
        share(classes[3])
    );

    // Speed on distinct words with the built-in lexicon.
    let stemmer = Stemmer::from_front_coded(include_str!("../src/text/stem/roots.txt"))
        .expect("the built-in root lexicon is valid");
    let words: Vec<&str> = pairs.iter().map(|(form, _)| *form).collect();
    let rounds = 20;
    let start = Instant::now();
    let mut changed = 0usize;
    for _ in 0..rounds {
        for word in &words {
            changed += usize::from(stemmer.stem(word) != *word);
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "\nspeed: {:.2} M distinct words/s ({} words × {rounds} rounds in {:.3} s; {} changed per round)",
        (words.len() * rounds) as f64 / seconds / 1e6,
        words.len(),
        seconds,
        changed / rounds
    );
}
