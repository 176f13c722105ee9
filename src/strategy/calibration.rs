//! Calibrated confidence: the probability that a sentence's label, or a
//! document's mode, is what a reader following the labelling guideline
//! would say. Platt scaling (logistic regression on a score; Platt, 1999),
//! fitted on the real labelled set (`examples/strategy_train.rs`, measured
//! by document-grouped cross-validation in `examples/strategy_real_eval.rs`),
//! one fit per kind of decision, since a cue-less `neither` and a labelled
//! sentence are right for different reasons:
//!
//! - a sentence labelled `one-way`, `two-way`, or `neither` because its
//!   cues cancelled or the gate closed, from the margin between its side
//!   scores, the strength of the winning side, and whether the gate or the
//!   chrome stage decided;
//! - a sentence with no cue at all (`basis` = `no-cue`): the rate at which
//!   such sentences are `neither`;
//! - a document's mode, from how far its minority share is from the
//!   `mixed` threshold, its labelled mass, and whether the gate closed.
//!
//! The fitted numbers live in `calibration.json` beside this file (a few
//! dozen bytes, compiled in); retrain with the command in its header.

use super::mode::{ModeMass, MIXED_MINORITY_SHARE};
use super::report::SentenceStrategy;
use crate::error::ArahError;
use serde_json::Value;

/// The fitted calibration shipped with Arah.
pub const DEFAULT_CALIBRATION: &str = include_str!("calibration.json");
/// The calibration file's format version.
pub const CALIBRATION_VERSION: u64 = 1;
/// Inputs of a sentence decision (intercept first).
pub const SENTENCE_INPUTS: usize = 4;
/// Inputs of a document decision (intercept first).
pub const DOCUMENT_INPUTS: usize = 4;

/// The kinds of sentence decision, each with its own fit.
pub const SENTENCE_GROUPS: [&str; 4] = ["one-way", "two-way", "neither", "no-cue"];

/// Logistic coefficients per sentence group and for documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    pub sentence: [[f64; SENTENCE_INPUTS]; 4],
    pub document: [f64; DOCUMENT_INPUTS],
}

fn logistic(weights: &[f64], features: &[f64]) -> f64 {
    let z: f64 = weights.iter().zip(features).map(|(w, x)| w * x).sum();
    1.0 / (1.0 + (-z).exp())
}

/// Which fit a sentence's decision belongs to.
pub fn sentence_group(sentence: &SentenceStrategy) -> usize {
    match (sentence.label, sentence.basis) {
        ("one-way", _) => 0,
        ("two-way", _) => 1,
        (_, "no-cue") => 3,
        _ => 2,
    }
}

/// The inputs of a sentence decision: intercept, margin between the side
/// scores, strength of the stronger side (log), and whether the gate or the
/// chrome stage decided.
pub fn sentence_inputs(sentence: &SentenceStrategy) -> [f64; SENTENCE_INPUTS] {
    let margin = (sentence.one_way - sentence.two_way).abs();
    let strength = sentence.one_way.max(sentence.two_way).ln_1p();
    let closed = f64::from(u8::from(matches!(sentence.basis, "gate" | "chrome")));
    [1.0, margin, strength, closed]
}

/// The inputs of a document decision: intercept, distance of the
/// minority share from the `mixed` threshold, labelled mass (log), and
/// whether the gate closed.
pub fn document_inputs(mass: &ModeMass, relevant: bool) -> [f64; DOCUMENT_INPUTS] {
    let distance = (mass.minority_share() - MIXED_MINORITY_SHARE).abs();
    let closed = f64::from(u8::from(!relevant));
    [1.0, distance, (mass.one_way + mass.two_way).ln_1p(), closed]
}

impl Calibration {
    /// The shipped fit.
    pub fn fitted() -> Calibration {
        Calibration::from_json(DEFAULT_CALIBRATION).expect("the shipped calibration is valid")
    }

    pub fn sentence_probability(&self, sentence: &SentenceStrategy) -> f64 {
        logistic(
            &self.sentence[sentence_group(sentence)],
            &sentence_inputs(sentence),
        )
    }

    pub fn document_probability(&self, mass: &ModeMass, relevant: bool) -> f64 {
        logistic(&self.document, &document_inputs(mass, relevant))
    }

    pub fn from_json(text: &str) -> Result<Calibration, ArahError> {
        let bad = |why: &str| ArahError::StrategyModel(format!("calibration file: {why}"));
        let value: Value = serde_json::from_str(text).map_err(|e| bad(&e.to_string()))?;
        match value.get("version").and_then(Value::as_u64) {
            Some(CALIBRATION_VERSION) => {}
            other => {
                return Err(bad(&format!(
                    "version {} is not {CALIBRATION_VERSION}; retrain it",
                    other.map_or("missing".to_owned(), |v| v.to_string())
                )))
            }
        }
        let numbers = |value: Option<&Value>, length: usize, what: &str| {
            let numbers: Option<Vec<f64>> = value
                .and_then(Value::as_array)
                .and_then(|a| a.iter().map(Value::as_f64).collect::<Option<Vec<f64>>>())
                .filter(|n| n.len() == length && n.iter().all(|x| x.is_finite()));
            numbers.ok_or_else(|| bad(&format!("{what} must be {length} finite numbers")))
        };
        let mut sentence = [[0.0; SENTENCE_INPUTS]; 4];
        for (group, name) in sentence.iter_mut().zip(SENTENCE_GROUPS) {
            let found = numbers(
                value.get("sentence").and_then(|s| s.get(name)),
                SENTENCE_INPUTS,
                &format!("sentence.{name}"),
            )?;
            group.copy_from_slice(&found);
        }
        let mut document = [0.0; DOCUMENT_INPUTS];
        document.copy_from_slice(&numbers(
            value.get("document"),
            DOCUMENT_INPUTS,
            "document",
        )?);
        Ok(Calibration { sentence, document })
    }

    pub fn to_json(&self) -> String {
        let round = |x: &f64| (x * 1e4).round() / 1e4;
        let sentence: serde_json::Map<String, Value> = SENTENCE_GROUPS
            .iter()
            .zip(&self.sentence)
            .map(|(name, w)| (name.to_string(), w.iter().map(round).collect()))
            .collect();
        let document: Vec<f64> = self.document.iter().map(round).collect();
        serde_json::json!({"version": CALIBRATION_VERSION, "sentence": sentence, "document": document})
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_fit_reads_back() {
        let fitted = Calibration::fitted();
        assert_eq!(Calibration::from_json(&fitted.to_json()).unwrap(), fitted);
    }

    #[test]
    fn a_wrong_version_or_shape_is_a_clear_error() {
        let text = Calibration::fitted().to_json();
        let old = text.replace("\"version\":1", "\"version\":0");
        let error = Calibration::from_json(&old).unwrap_err().to_string();
        assert!(error.contains("version 0 is not 1"), "{error}");
        let truncated = &text[..text.len() / 2];
        assert!(Calibration::from_json(truncated).is_err());
        let short = r#"{"version":1,"sentence":{},"document":[0,0,0,0]}"#;
        let error = Calibration::from_json(short).unwrap_err().to_string();
        assert!(error.contains("sentence.one-way must be 4"), "{error}");
    }
}
