//! Agreement of the stemmer with a lemma table, on folds the lexicon was not
//! built from, and its speed:
//!
//!   cargo run --profile bench --example stem_eval -- ../shared/data/id-lemma-dev.tsv
//!
//! The pairs are split into 10 folds (a fixed shuffle); for each fold the
//! root lexicon is rebuilt from the lemmas of the other nine plus Arah's own
//! short list, and the fold's forms are stemmed against their gold lemmas
//! (`tests/common/stem_folds.rs`, which `tests/stem_agreement.rs` holds to a
//! floor).

use arah::text::stem::Stemmer;
use std::io::Write;
use std::time::Instant;

#[path = "../tests/common/stem_folds.rs"]
mod stem_folds;
use stem_folds::{evaluate, own_roots, shuffled_pairs, FOLDS};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/id-lemma-dev.tsv".into());
    let table =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let own = own_roots();
    let pairs = shuffled_pairs(&table);

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
    let folds = evaluate(&pairs, &own, |judged| {
        let class = match (judged.stem == judged.lemma, judged.known) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        };
        classes[class] += 1;
        if let Some(out) = errors.as_mut().filter(|_| class >= 2) {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                judged.form,
                judged.lemma,
                judged.stem,
                class == 2
            )
            .unwrap();
        }
    });
    let (mut sum, mut sum_identity, mut sum_reachable) = (0.0, 0.0, 0.0);
    for (fold, figures) in folds.iter().enumerate() {
        let n = figures.pairs as f64;
        let (rate, identity_rate, reachable) = (
            figures.rate(),
            figures.identity as f64 / n,
            figures.reachable as f64 / n,
        );
        sum += rate;
        sum_identity += identity_rate;
        sum_reachable += reachable;
        println!(
            "| {} | {} | {:.2} % | {:.2} % | {:.2} % |",
            fold + 1,
            figures.pairs,
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
