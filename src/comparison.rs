//! Keyness between documents as readers ask for it: "which words does this
//! document (or these documents) use more, or less, than the others?".
//! Shared by the CLI and the wasm facade so both give the same table.

use crate::analysis::{AnalyzeOptions, Document};
use crate::error::ArahError;
use crate::stats::counts::{by_count, CorpusCounts, HashMap};
use crate::stats::keyness::{keyness, Keyness, KeynessOptions};
use serde::{Deserialize, Serialize};

/// What to compare, and how.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CompareOptions {
    /// Indices of the target documents; every other document is the reference.
    pub target: Vec<usize>,
    /// Terms shown on each side: the `top` most over-used, then the `top`
    /// most under-used.
    pub top: usize,
    pub min_count: u32,
    pub yates: bool,
    /// How terms are counted (stopwords, grouping by stem, slang).
    pub terms: AnalyzeOptions,
}

impl Default for CompareOptions {
    fn default() -> Self {
        let keyness = KeynessOptions::default();
        CompareOptions {
            target: vec![0],
            top: 15,
            min_count: keyness.min_count,
            yates: keyness.yates,
            terms: AnalyzeOptions::default(),
        }
    }
}

/// One row of the comparison: the statistics plus, with grouping by stem,
/// the forms counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyTerm {
    #[serde(flatten)]
    pub keyness: Keyness,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Titles of the two sides, for legends.
    pub target: String,
    pub reference: String,
    pub target_terms: u64,
    pub reference_terms: u64,
    /// Over-used terms, strongest first, then under-used, strongest first.
    pub terms: Vec<KeyTerm>,
}

/// Keyness of the target documents against the rest.
pub fn compare(documents: &[Document], options: &CompareOptions) -> Result<Comparison, ArahError> {
    let in_target = |index: usize| options.target.contains(&index);
    if let Some(&bad) = options.target.iter().find(|&&i| i >= documents.len()) {
        return Err(ArahError::InvalidOption(format!(
            "target document {bad} does not exist; there are {} documents",
            documents.len()
        )));
    }
    let target_count = (0..documents.len()).filter(|&i| in_target(i)).count();
    if target_count == 0 || target_count == documents.len() {
        return Err(ArahError::InvalidOption(
            "keyness needs at least one target document and at least one other document".into(),
        ));
    }
    if documents.iter().all(|d| d.text.trim().is_empty()) {
        return Err(ArahError::EmptyInput);
    }
    let filter = options.terms.term_filter()?;
    let corpus = CorpusCounts::of_texts(documents.iter().map(|d| d.text.as_str()), &filter);
    corpus.require_text()?;
    let mut target = HashMap::default();
    let mut reference = HashMap::default();
    for (index, counts) in corpus.documents.iter().enumerate() {
        let side = if in_target(index) {
            &mut target
        } else {
            &mut reference
        };
        for (term, &count) in &counts.counts {
            *side.entry(term.clone()).or_insert(0) += count;
        }
    }
    let rows = keyness(
        &target,
        &reference,
        KeynessOptions {
            yates: options.yates,
            min_count: options.min_count,
        },
    );
    let over = rows
        .iter()
        .filter(|r| r.log_likelihood > 0.0)
        .take(options.top);
    // Most under-used first; ties stay alphabetical, as on the other side.
    let mut under: Vec<&Keyness> = rows.iter().filter(|r| r.log_likelihood < 0.0).collect();
    under.sort_unstable_by(|x, y| {
        x.log_likelihood
            .total_cmp(&y.log_likelihood)
            .then_with(|| x.term.cmp(&y.term))
    });
    let under = under.into_iter().take(options.top);
    let terms = over
        .chain(under)
        .map(|row| with_forms(row.clone(), &corpus))
        .collect();
    Ok(Comparison {
        target: side_title(documents, in_target, ""),
        reference: side_title(documents, |i| !in_target(i), "the other "),
        target_terms: target.values().map(|&n| u64::from(n)).sum(),
        reference_terms: reference.values().map(|&n| u64::from(n)).sum(),
        terms,
    })
}

/// With grouping by stem the keys are stems: show the group's most frequent
/// form and list its members, as the term tables do.
fn with_forms(mut keyness: Keyness, corpus: &CorpusCounts) -> KeyTerm {
    let members = match corpus.forms.get(&keyness.term) {
        Some(group) => by_count(group),
        None => Vec::new(),
    };
    if let Some(most_frequent) = members.first() {
        keyness.term = most_frequent.clone();
    }
    KeyTerm { keyness, members }
}

/// The title of the one document on a side, or "the other 3 documents".
fn side_title(documents: &[Document], on_side: impl Fn(usize) -> bool, plural: &str) -> String {
    let titles: Vec<&str> = (0..documents.len())
        .filter(|&i| on_side(i))
        .map(|i| documents[i].title.as_str())
        .collect();
    match titles.as_slice() {
        [only] => (*only).to_owned(),
        _ => format!("{plural}{} documents", titles.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(texts: &[&str]) -> Vec<Document> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| Document {
                title: format!("D{i}"),
                text: (*text).to_owned(),
            })
            .collect()
    }

    fn terms(comparison: &Comparison) -> Vec<(&str, bool)> {
        comparison
            .terms
            .iter()
            .map(|t| (t.keyness.term.as_str(), t.keyness.log_likelihood > 0.0))
            .collect()
    }

    #[test]
    fn target_words_come_first_then_reference_words() {
        let documents = docs(&[
            "baliho baliho baliho iklan iklan iklan kampanye",
            "dialog dialog dialog interaksi interaksi interaksi kampanye",
        ]);
        let comparison = compare(&documents, &CompareOptions::default()).unwrap();
        assert_eq!(
            terms(&comparison),
            [
                ("baliho", true),
                ("iklan", true),
                ("dialog", false),
                ("interaksi", false)
            ]
        );
        assert_eq!(comparison.target, "D0");
        assert_eq!(comparison.reference, "D1");
        assert_eq!(
            (comparison.target_terms, comparison.reference_terms),
            (7, 7)
        );
    }

    #[test]
    fn several_targets_are_pooled_and_titled() {
        let documents = docs(&["baliho baliho", "baliho iklan", "dialog dialog dialog"]);
        let options = CompareOptions {
            target: vec![0, 1],
            min_count: 1,
            ..CompareOptions::default()
        };
        let comparison = compare(&documents, &options).unwrap();
        assert_eq!(comparison.target, "2 documents");
        assert_eq!(comparison.terms[0].keyness.term, "baliho");
        assert_eq!(comparison.terms[0].keyness.target_count, 3);
    }

    #[test]
    fn grouped_terms_show_their_most_frequent_form() {
        let documents = docs(&[
            "berkampanye berkampanye kampanye kampanye kampanye",
            "dialog dialog dialog dialog dialog",
        ]);
        let mut options = CompareOptions::default();
        options.terms.group_by_stem = true;
        let comparison = compare(&documents, &options).unwrap();
        let first = &comparison.terms[0];
        assert_eq!(first.keyness.term, "kampanye");
        assert_eq!(first.members, ["kampanye", "berkampanye"]);
    }

    #[test]
    fn page_chrome_is_no_key_term_unless_kept() {
        let documents = docs(&[
            "ADVERTISEMENT\nbaliho baliho baliho\nADVERTISEMENT\nADVERTISEMENT",
            "dialog dialog dialog",
        ]);
        let comparison = compare(&documents, &CompareOptions::default()).unwrap();
        assert_eq!(terms(&comparison), [("baliho", true), ("dialog", false)]);
        let mut options = CompareOptions::default();
        options.terms.keep_chrome = true;
        let comparison = compare(&documents, &options).unwrap();
        assert!(terms(&comparison).contains(&("advertisement", true)));
    }

    #[test]
    fn impossible_targets_are_errors() {
        let documents = docs(&["a b c", "d e f"]);
        for target in [vec![], vec![0, 1], vec![2]] {
            let options = CompareOptions {
                target,
                ..CompareOptions::default()
            };
            assert!(matches!(
                compare(&documents, &options),
                Err(ArahError::InvalidOption(_))
            ));
        }
        let empty = docs(&["", " "]);
        assert_eq!(
            compare(&empty, &CompareOptions::default()),
            Err(ArahError::EmptyInput)
        );
    }
}
