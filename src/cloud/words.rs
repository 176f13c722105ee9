//! Term counts as cloud words: the one conversion the CLI and the facade
//! share, so a cloud drawn from a table shows what the table counted.

use super::CloudWord;
use crate::stats::counts::TermCount;

/// One word per term, its count as its weight, its grouped forms as members.
pub fn cloud_words(terms: &[TermCount]) -> Vec<CloudWord> {
    terms
        .iter()
        .map(|t| CloudWord {
            text: t.term.clone(),
            weight: f64::from(t.count),
            members: t.members.clone(),
            ..CloudWord::default()
        })
        .collect()
}
