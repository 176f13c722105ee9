//! The learned layer: a multinomial logistic regression over the features
//! of [`super::features`], trained by `examples/strategy_train.rs` on the
//! real labelled set. It relabels the sentences the gate leaves open, and
//! its class probabilities are their labels' probabilities.
//!
//! Whether Arah ships it is decided by document-grouped cross-validation
//! (`examples/strategy_real_eval.rs`): only a gain whose 95 % interval lies
//! above zero adopts it (see BENCHMARKS.md). A model file that is
//! truncated, malformed or of another version is refused with a clear error,
//! and the rules alone still run.

use super::features::{document_shares, sentence_features, FeatureSet};
use super::matcher::Matcher;
use super::report::SentenceStrategy;
use crate::error::ArahError;
use crate::hash::TermMap;
use serde_json::{Map, Value};

/// The model file's format version.
pub const MODEL_VERSION: u64 = 1;
/// The classes, in the order of each feature's weights.
pub const CLASSES: [&str; 3] = ["one-way", "two-way", "neither"];

#[derive(Debug, Clone)]
pub struct Model {
    pub set: FeatureSet,
    pub weights: TermMap<String, [f64; 3]>,
}

fn bad(why: &str) -> ArahError {
    ArahError::StrategyModel(format!("model file: {why}"))
}

impl Model {
    /// Class probabilities for one sentence's features.
    pub fn probabilities(&self, features: &[(String, f64)]) -> [f64; 3] {
        let mut z = [0.0; 3];
        for (name, value) in features {
            if let Some(w) = self.weights.get(name.as_str()) {
                for (zc, wc) in z.iter_mut().zip(w) {
                    *zc += wc * value;
                }
            }
        }
        softmax(z)
    }

    /// Relabels the open sentences of one document (the gate's closed ones
    /// keep `neither`), from features read off the engine's labels.
    pub fn relabel(&self, sentences: &mut [SentenceStrategy], matcher: &Matcher<'_>) {
        let shares = document_shares(sentences);
        let found: Vec<Option<[f64; 3]>> = (0..sentences.len())
            .map(|i| {
                (sentences[i].basis != "gate").then(|| {
                    self.probabilities(&sentence_features(sentences, i, shares, self.set, matcher))
                })
            })
            .collect();
        for (sentence, p) in sentences.iter_mut().zip(found) {
            if let Some(p) = p {
                let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(2);
                sentence.label = CLASSES[best];
                sentence.probability = p[best];
            }
        }
    }

    pub fn from_json(text: &str) -> Result<Model, ArahError> {
        let value: Value = serde_json::from_str(text).map_err(|e| bad(&e.to_string()))?;
        match value.get("version").and_then(Value::as_u64) {
            Some(MODEL_VERSION) => {}
            other => {
                return Err(bad(&format!(
                    "version {} is not {MODEL_VERSION}; retrain it with examples/strategy_train.rs",
                    other.map_or("missing".to_owned(), |v| v.to_string())
                )))
            }
        }
        let classes: Option<Vec<&str>> = value
            .get("classes")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect());
        if classes.as_deref() != Some(&CLASSES[..]) {
            return Err(bad(
                "\"classes\" must be [\"one-way\", \"two-way\", \"neither\"]",
            ));
        }
        let set = value
            .get("features")
            .and_then(Value::as_str)
            .and_then(FeatureSet::parse)
            .ok_or_else(|| bad("\"features\" must be \"engine\" or \"lexical\""))?;
        let Some(Value::Object(weights)) = value.get("weights") else {
            return Err(bad("\"weights\" must be an object of feature: [3 numbers]"));
        };
        let mut table = TermMap::default();
        for (name, w) in weights {
            let numbers: Option<Vec<f64>> = w
                .as_array()
                .and_then(|a| a.iter().map(Value::as_f64).collect());
            match numbers.as_deref() {
                Some(&[a, b, c]) if [a, b, c].iter().all(|x| x.is_finite()) => {
                    table.insert(name.clone(), [a, b, c]);
                }
                _ => {
                    return Err(bad(&format!(
                        "the weights of {name} must be 3 finite numbers"
                    )))
                }
            }
        }
        Ok(Model {
            set,
            weights: table,
        })
    }

    pub fn to_json(&self) -> String {
        let round = |x: f64| (x * 1e4).round() / 1e4;
        let mut names: Vec<&String> = self.weights.keys().collect();
        names.sort();
        let weights: Map<String, Value> = names
            .into_iter()
            .map(|n| {
                let w = self.weights[n.as_str()];
                (n.clone(), w.iter().map(|x| round(*x)).collect())
            })
            .collect();
        serde_json::json!({"version": MODEL_VERSION, "classes": CLASSES,
            "features": self.set.name(), "weights": weights})
        .to_string()
    }
}

pub fn softmax(z: [f64; 3]) -> [f64; 3] {
    let top = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|x| (x - top).exp());
    let sum: f64 = e.iter().sum();
    e.map(|x| x / sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"version":1,"classes":["one-way","two-way","neither"],"features":"engine",
        "weights":{"bias":[0,0,1],"label=two-way":[0,3,0]}}"#;

    #[test]
    fn a_model_reads_and_scores() {
        let model = Model::from_json(SMALL).unwrap();
        let p = model.probabilities(&[("bias".into(), 1.0), ("label=two-way".into(), 1.0)]);
        assert!(p[1] > p[2] && p[2] > p[0], "{p:?}");
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let again = Model::from_json(&model.to_json()).unwrap();
        assert_eq!(again.weights.len(), 2);
    }

    #[test]
    fn truncated_or_foreign_files_are_clear_errors() {
        let cut = &SMALL[..SMALL.len() - 20];
        let error = Model::from_json(cut).unwrap_err().to_string();
        assert!(error.starts_with("strategy model: model file:"), "{error}");
        let old = SMALL.replace("\"version\":1", "\"version\":7");
        let error = Model::from_json(&old).unwrap_err().to_string();
        assert!(error.contains("version 7 is not 1"), "{error}");
        let short = SMALL.replace("[0,3,0]", "[0,3]");
        let error = Model::from_json(&short).unwrap_err().to_string();
        assert!(error.contains("label=two-way must be 3"), "{error}");
    }
}
