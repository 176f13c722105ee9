//! Term counts per document and across a corpus.

use crate::text::stopwords::Stopwords;
use crate::text::tokenize::{for_each_token, TokenKind};
use serde::Serialize;
use std::collections::HashMap;

/// Which tokens become counted terms.
#[derive(Debug, Clone)]
pub struct TermFilter {
    pub stopwords: Stopwords,
    /// Count tokens made only of digits (`2012`, `1`)? Off by default: years
    /// and list numbers crowd out the words in a cloud.
    pub include_numbers: bool,
    /// Shortest term counted, in characters.
    pub min_chars: usize,
}

impl TermFilter {
    /// Words, hashtags and mentions are terms; numbers only when asked for;
    /// abbreviations, URLs, emails and emoji are not.
    pub fn accepts(&self, term: &str, kind: TokenKind) -> bool {
        match kind {
            TokenKind::Word | TokenKind::Hashtag | TokenKind::Mention => {}
            TokenKind::Number if self.include_numbers => {}
            _ => return false,
        }
        if term.chars().nth(self.min_chars.saturating_sub(1)).is_none() {
            return false;
        }
        !self.stopwords.contains(term)
    }
}

/// The counted terms of one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentCounts {
    /// Every token of the text, counted or not.
    pub tokens: usize,
    /// Tokens that passed the filter.
    pub counted: usize,
    pub counts: HashMap<String, u32>,
}

impl DocumentCounts {
    pub fn of_text(text: &str, filter: &TermFilter) -> Self {
        let mut result = DocumentCounts::default();
        for_each_token(text, |token| {
            result.tokens += 1;
            if !filter.accepts(token.term, token.kind) {
                return;
            }
            result.counted += 1;
            match result.counts.get_mut(token.term) {
                Some(count) => *count += 1,
                None => {
                    result.counts.insert(token.term.to_owned(), 1);
                }
            }
        });
        result
    }
}

/// A term with its count and the number of documents it occurs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermCount {
    pub term: String,
    pub count: u32,
    pub documents: u32,
}

/// Counts of every document of a corpus and of the corpus as a whole.
#[derive(Debug, Clone, Default)]
pub struct CorpusCounts {
    pub documents: Vec<DocumentCounts>,
    pub total: HashMap<String, u32>,
    pub document_frequency: HashMap<String, u32>,
}

impl CorpusCounts {
    pub fn of_texts<'a>(texts: impl IntoIterator<Item = &'a str>, filter: &TermFilter) -> Self {
        let mut corpus = CorpusCounts::default();
        for text in texts {
            let document = DocumentCounts::of_text(text, filter);
            for (term, &count) in &document.counts {
                *corpus.total.entry(term.clone()).or_default() += count;
                *corpus.document_frequency.entry(term.clone()).or_default() += 1;
            }
            corpus.documents.push(document);
        }
        corpus
    }

    /// The `n` most frequent terms of the whole corpus, or of one document.
    /// Ties are broken alphabetically so the order never depends on hashing.
    pub fn top(&self, document: Option<usize>, n: usize) -> Vec<TermCount> {
        let counts = match document {
            Some(index) => &self.documents[index].counts,
            None => &self.total,
        };
        let mut terms: Vec<TermCount> = counts
            .iter()
            .map(|(term, &count)| TermCount {
                term: term.clone(),
                count,
                documents: self.document_frequency.get(term).copied().unwrap_or(0),
            })
            .collect();
        terms.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
        terms.truncate(n);
        terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> TermFilter {
        TermFilter {
            stopwords: Stopwords::build(&["id"], &[], &[]).unwrap(),
            include_numbers: false,
            min_chars: 2,
        }
    }

    #[test]
    fn counts_lowercased_terms_without_stopwords() {
        let counts = DocumentCounts::of_text("Media sosial dan media massa. MEDIA!", &filter());
        assert_eq!(counts.tokens, 6);
        assert_eq!(counts.counted, 5);
        assert_eq!(counts.counts["media"], 3);
        assert_eq!(counts.counts.get("dan"), None);
    }

    #[test]
    fn numbers_and_single_letters_are_left_out_by_default() {
        let counts = DocumentCounts::of_text("Tahun 2012 Gen Z", &filter());
        assert_eq!(counts.counts.get("2012"), None);
        assert_eq!(counts.counts.get("z"), None);
        let mut with_numbers = filter();
        with_numbers.include_numbers = true;
        let counts = DocumentCounts::of_text("Tahun 2012", &with_numbers);
        assert_eq!(counts.counts["2012"], 1);
    }

    #[test]
    fn social_media_tokens_count_but_links_and_abbreviations_do_not() {
        let counts = DocumentCounts::of_text(
            "#Pemilu2024 @kpu_ri https://kpu.go.id info@kpu.go.id 👍 Hasan dkk. kampanye",
            &filter(),
        );
        let mut terms: Vec<&str> = counts.counts.keys().map(String::as_str).collect();
        terms.sort();
        assert_eq!(terms, ["#pemilu2024", "@kpu_ri", "hasan", "kampanye"]);
    }

    #[test]
    fn corpus_totals_and_document_frequency() {
        let corpus = CorpusCounts::of_texts(["politik media", "media media kampanye"], &filter());
        let top = corpus.top(None, 10);
        assert_eq!(
            top[0],
            TermCount {
                term: "media".into(),
                count: 3,
                documents: 2
            }
        );
        let names: Vec<&str> = top.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["media", "kampanye", "politik"]);
        let second = corpus.top(Some(1), 1);
        assert_eq!(second[0].count, 2);
        assert_eq!(second[0].documents, 2);
    }

    #[test]
    fn top_truncates_and_breaks_ties_alphabetically() {
        let corpus = CorpusCounts::of_texts(["zeta alfa beta"], &filter());
        let names: Vec<String> = corpus.top(None, 2).into_iter().map(|t| t.term).collect();
        assert_eq!(names, ["alfa", "beta"]);
    }
}
