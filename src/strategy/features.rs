//! What the learned layer ([`super::model`]) sees of a sentence: the rule
//! engine's reading of it (its label, scores, the rules and lexicon
//! categories of its evidence, whether it is normative or a foil), its
//! shape (a short line without final punctuation is a heading, a caption or
//! a byline), its neighbours' labels (a sentence that points back, "Ini
//! penting.", takes the mode of what it points to), the document's balance,
//! and, in the lexical set, its word stems and stem pairs.
//!
//! Features are named strings with a value; the model file maps names to
//! weights, so a feature unknown to the model simply weighs nothing.

use super::matcher::Matcher;
use super::report::SentenceStrategy;
use crate::text::tokenize::{for_each_token, TokenKind};

/// Which features a model uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureSet {
    /// The engine's reading, the sentence's shape and its context.
    Engine,
    /// And its stems and stem bigrams.
    Lexical,
}

impl FeatureSet {
    pub fn name(self) -> &'static str {
        match self {
            FeatureSet::Engine => "engine",
            FeatureSet::Lexical => "lexical",
        }
    }

    pub fn parse(name: &str) -> Option<FeatureSet> {
        match name {
            "engine" => Some(FeatureSet::Engine),
            "lexical" => Some(FeatureSet::Lexical),
            _ => None,
        }
    }
}

/// Longest line, in words, read as a heading when it has no final stop.
const HEADING_WORDS: usize = 10;

/// The shares of a document's sentences the engine labels one-way and
/// two-way, of those it labels at all: the context every sentence shares.
pub fn document_shares(sentences: &[SentenceStrategy]) -> (f64, f64) {
    let (one, two) = sentences.iter().fold((0usize, 0usize), |(o, t), n| {
        (
            o + usize::from(n.label == "one-way"),
            t + usize::from(n.label == "two-way"),
        )
    });
    let labelled = (one + two).max(1) as f64;
    (one as f64 / labelled, two as f64 / labelled)
}

/// The features of sentence `index` of a document's scored sentences;
/// `shares` is [`document_shares`] of them.
pub fn sentence_features(
    sentences: &[SentenceStrategy],
    index: usize,
    shares: (f64, f64),
    set: FeatureSet,
    matcher: &Matcher<'_>,
) -> Vec<(String, f64)> {
    let s = &sentences[index];
    let mut out: Vec<(String, f64)> = Vec::with_capacity(32);
    let mut flag = |name: String| out.push((name, 1.0));
    flag(format!("label={}", s.label));
    flag(format!("basis={}", s.basis));
    if s.normative {
        flag("normative".into());
    }
    if s.foil {
        flag("foil".into());
    }
    if s.mobilisation {
        flag("mobilisation".into());
    }
    for e in s.evidence.iter().filter(|e| e.counted) {
        flag(format!("rule={}/{}", e.rule, e.side));
        if let Some(category) = &e.category {
            flag(format!("category={category}"));
        }
    }
    for e in s.evidence.iter().filter(|e| !e.counted) {
        flag(format!("cancelled={}/{}", e.rule, e.side));
    }
    let words = s.text.split_whitespace().count();
    let ends_with_stop = s
        .text
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?', ':', ';']);
    if words <= HEADING_WORDS && !ends_with_stop {
        flag("shape=heading".into());
    }
    if s.text.trim_end().ends_with('?') {
        flag("shape=question".into());
    }
    for (offset, name) in [(-1isize, "previous"), (1, "next")] {
        let neighbour = index
            .checked_add_signed(offset)
            .and_then(|i| sentences.get(i));
        match neighbour {
            Some(n) => flag(format!("{name}={}", n.label)),
            None => flag(format!("{name}=edge")),
        }
    }
    out.push(("document-one-way-share".into(), shares.0));
    out.push(("document-two-way-share".into(), shares.1));
    out.push(("one-way-score".into(), s.one_way.ln_1p()));
    out.push(("two-way-score".into(), s.two_way.ln_1p()));
    out.push(("bias".into(), 1.0));
    if set == FeatureSet::Lexical {
        let mut previous: Option<String> = None;
        for_each_token(&s.text, |token| {
            if token.kind != TokenKind::Word {
                previous = None;
                return;
            }
            let stem = matcher.stem_of(token.term);
            if let Some(p) = &previous {
                out.push((format!("pair={p}_{stem}"), 1.0));
            }
            out.push((format!("stem={stem}"), 1.0));
            previous = Some(stem);
        });
    }
    out
}
