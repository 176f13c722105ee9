//! Candidate words for the strategy lexicon, proposed by keyness and left to
//! a person to accept or reject (issue 10: recall grown by principle, not by
//! test errors). The engine labels unlabelled text; the words that its
//! confident one-way and two-way sentences use far more than its neutral
//! sentences are what the lexicon may be missing. No gold label is read, so
//! the list cannot be fitted to the labelled sets.
//!
//!   cargo run --release --example strategy_candidates [-- N]
//!
//! prints the top N (default 40) candidates per side. The reviewed list is
//! kept in `src/strategy/lexicon/candidates.tsv`; `tests/strategy_lexicon.rs`
//! checks that every accepted word is a lexicon entry and no rejected one is.
//!
//! - Texts: the reference corpus (`www/corpus/`), the development texts
//!   (`tests/data/strategy/texts/`) and the real texts of
//!   `../shared/data/strategy-real/texts/` (or `ARAH_REAL_TEXTS`) except the
//!   sealed ones listed in `tests/data/strategy-real/sealed.txt`.
//! - Confident: a sentence the engine labels one-way (two-way) with a side
//!   score of at least [`CONFIDENT_SCORE`] and nothing on the other side.
//!   Neutral: the sentences it labels `neither`.
//! - Terms: the words of a sentence outside its evidence (the markers found
//!   are in the lexicon already), stopwords removed, slang read as the
//!   standard word, forms grouped by stem (as the cloud counts them).
//! - Keyness: signed log-likelihood G² of each side's terms against the
//!   neutral terms (`arah::stats::keyness`); a candidate is over-used on its
//!   side, seen in at least [`MIN_TEXTS`] texts, and reaches no single-word
//!   entry of the lexicon by its form or its stem.

use arah::stats::counts::{add, DocumentCounts, HashMap};
use arah::stats::keyness::{keyness, KeynessOptions};
use arah::strategy::{analyze_with, Lexicon, MatchOn, Matcher, SentenceStrategy};
use arah::text::decode::decode_text;
use arah::text::lexicon::require_stemmer;
use arah::text::stopwords::Stopwords;
use arah::text::terms::TermFilter;
use arah::Document;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Side score of a confident sentence: twice the lowest score that labels
/// one (`MIN_SENTENCE_SCORE`, 0.75), that is one marker that names the mode
/// or two ordinary ones.
const CONFIDENT_SCORE: f64 = 1.5;
/// A word of one text only is that text's topic, not a marker.
const MIN_TEXTS: usize = 2;

/// Term counts of one group of sentences.
#[derive(Default)]
struct Group {
    counts: HashMap<String, u32>,
    forms: HashMap<String, HashMap<String, u32>>,
    texts: HashMap<String, BTreeSet<usize>>,
    sentences: usize,
}

impl Group {
    fn add(&mut self, sentence: &SentenceStrategy, text: usize, filter: &TermFilter) {
        self.sentences += 1;
        let counts = DocumentCounts::of_text(&outside_evidence(sentence), filter);
        for (stem, &n) in &counts.counts {
            add(&mut self.counts, stem, n);
            self.texts.entry(stem.clone()).or_default().insert(text);
        }
        for (stem, forms) in &counts.forms {
            let group = self.forms.entry(stem.clone()).or_default();
            for (form, &n) in forms {
                add(group, form, n);
            }
        }
    }
}

/// The sentence with its evidence blanked out.
fn outside_evidence(sentence: &SentenceStrategy) -> String {
    let mut text = sentence.text.clone().into_bytes();
    for e in &sentence.evidence {
        let (start, end) = (e.start - sentence.start, e.end - sentence.start);
        if end <= text.len() {
            text[start..end].fill(b' ');
        }
    }
    String::from_utf8(text).expect("blanking whole tokens keeps UTF-8")
}

fn main() {
    let top: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let real = std::env::var_os("ARAH_REAL_TEXTS").map_or_else(
        || root.join("../shared/data/strategy-real/texts"),
        PathBuf::from,
    );
    let sealed = std::fs::read_to_string(root.join("tests/data/strategy-real/sealed.txt"))
        .expect("tests/data/strategy-real/sealed.txt");
    let sealed: BTreeSet<&str> = sealed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut files = Vec::new();
    for dir in [
        root.join("www/corpus"),
        root.join("tests/data/strategy/texts"),
        real,
    ] {
        let before = files.len();
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".txt") && !sealed.contains(name.as_str()) {
                    files.push(path);
                }
            }
        }
        files[before..].sort();
        println!("{:>3} texts from {}", files.len() - before, dir.display());
    }
    let documents: Vec<Document> = files
        .iter()
        .map(|path| {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).expect("readable text");
            Document {
                text: decode_text(&name, &bytes).expect("decodable text").text,
                title: name,
            }
        })
        .collect();

    let lexicon = Lexicon::default_lexicon();
    let report = analyze_with(&documents, &Matcher::new(&lexicon), &Default::default());
    let filter = TermFilter {
        stopwords: Stopwords::build(&["id", "en"], &[], &[]).expect("built-in lists"),
        include_numbers: false,
        min_chars: 3,
        group_by_stem: true,
        normalize_slang: true,
        keep_chrome: false,
    };
    let (mut one_way, mut two_way, mut neutral) = Default::default();
    for (text, document) in report.documents.iter().enumerate() {
        for s in &document.sentences {
            let group: &mut Group = match s.label {
                "one-way" if s.one_way >= CONFIDENT_SCORE && s.two_way == 0.0 => &mut one_way,
                "two-way" if s.two_way >= CONFIDENT_SCORE && s.one_way == 0.0 => &mut two_way,
                "neither" => &mut neutral,
                _ => continue,
            };
            group.add(s, text, &filter);
        }
    }
    println!(
        "confident one-way sentences {}, two-way {}, neutral {}\n",
        one_way.sentences, two_way.sentences, neutral.sentences
    );

    let known = single_word_entries(&lexicon);
    println!("side\tword\tG2\tcount\tneutral\ttexts\tforms");
    for (side, group) in [("one-way", &one_way), ("two-way", &two_way)] {
        let rows = keyness(&group.counts, &neutral.counts, KeynessOptions::default());
        let candidates = rows.iter().filter(|k| {
            let texts = group.texts.get(&k.term).map_or(0, BTreeSet::len);
            let forms = group.forms.get(&k.term);
            k.log_likelihood > 0.0
                && texts >= MIN_TEXTS
                && !known.contains(&k.term)
                && !forms.is_some_and(|f| f.keys().any(|form| known.contains(form)))
        });
        for k in candidates.take(top) {
            let mut forms: Vec<(&String, &u32)> =
                group.forms.get(&k.term).into_iter().flatten().collect();
            forms.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            let word = forms.first().map_or(k.term.as_str(), |f| f.0.as_str());
            let forms: Vec<&str> = forms.iter().map(|f| f.0.as_str()).collect();
            println!(
                "{side}\t{word}\t{:.1}\t{}\t{}\t{}\t{}",
                k.log_likelihood,
                k.target_count,
                k.reference_count,
                group.texts[&k.term].len(),
                forms.join(",")
            );
        }
    }
}

/// The words and stems that a single-word entry reaches: a candidate is new
/// only when none of them is its stem or one of its forms.
fn single_word_entries(lexicon: &Lexicon) -> BTreeSet<String> {
    let stemmer = require_stemmer().expect("the root lexicon is compiled in natively");
    let mut known = BTreeSet::new();
    for entry in lexicon.entries.iter().filter(|e| e.words.len() == 1) {
        let word = &entry.words[0];
        known.insert(word.clone());
        if entry.match_on == MatchOn::Stem || !entry.exact {
            known.insert(stemmer.stem(word).into_owned());
        }
    }
    known
}
