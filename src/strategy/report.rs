//! What the strategy analysis reports, and the JSON it serializes to: per
//! document its sentences with their evidence, and the totals. The types
//! live apart from the scorer that fills them in ([`super::scoring`]), since
//! the stages after it read them too (the learned layer's features, the
//! calibration, the document's mode): those stay below the scorer.

use super::relevance::Relevance;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// Byte offsets into the document's text.
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// The text between the offsets.
    pub text: String,
    /// The matched tokens, lowercased.
    pub words: Vec<String>,
    pub side: &'static str,
    pub weight: f64,
    /// False when a rule cancelled it (negation, a denied contrast, a past
    /// state, a rhetorical question): shown, not scored.
    pub counted: bool,
    pub rule: &'static str,
    /// The lexicon entry's pattern and category (absent for question and
    /// mention rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceStrategy {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub text: String,
    /// `one-way`, `two-way` or `neither`.
    pub label: &'static str,
    pub mobilisation: bool,
    /// It states an ideal or a recommendation ("seharusnya mendengar
    /// aspirasi", "should listen"): labelled by the mode it recommends, as
    /// the guideline says, and flagged so the document's mode can weigh it
    /// less (`rules::is_normative`).
    pub normative: bool,
    /// One side appears in it only as a foil: denied in a contrast, the past
    /// state of a change, "no longer" ("bukan sekadar baliho, melainkan
    /// dialog"); a foil does not make a text mixed (`rules::is_foil`).
    pub foil: bool,
    pub one_way: f64,
    pub two_way: f64,
    pub mobilisation_score: f64,
    /// What decided the label: `cue` (evidence), `no-cue` (nothing found:
    /// `neither` for want of a cue, not a confident `neither`), `chrome`
    /// (the sentence is page chrome) or `gate` (the document or paragraph
    /// is not about actor–audience communication, so no label).
    pub basis: &'static str,
    /// The calibrated probability that the label is right.
    pub probability: f64,
    pub evidence: Vec<Evidence>,
    /// The kind of page chrome the sentence lies in (`advertisement`,
    /// `related-link`, `share`, `byline`, `counter`, `timestamp`,
    /// `cookie-notice`); absent for the text itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chrome: Option<&'static str>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub one_way: f64,
    pub two_way: f64,
    pub mobilisation: f64,
    /// In [-1, 1]; negative leans one-way.
    pub balance: f64,
    /// `one-way`, `two-way`, `mixed` or `none`.
    pub label: &'static str,
    pub sentence_count: usize,
    pub one_way_sentences: usize,
    pub two_way_sentences: usize,
    pub neither_sentences: usize,
    pub mobilisation_sentences: usize,
    /// Shares of all sentences.
    pub one_way_share: f64,
    pub two_way_share: f64,
    pub neither_share: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentStrategy {
    /// The file name or title.
    pub file: String,
    #[serde(flatten)]
    pub totals: Totals,
    /// The calibrated probability that the mode (`label`) is right.
    pub probability: f64,
    /// The relevance gate's decision and evidence.
    pub relevance: Relevance,
    pub sentences: Vec<SentenceStrategy>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StrategyReport {
    pub documents: Vec<DocumentStrategy>,
    /// Every document together.
    pub corpus: Totals,
    /// Document indexes from the most one-way balance to the most two-way.
    pub ranking: Vec<usize>,
}
