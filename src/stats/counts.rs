//! Term counts per document and across a corpus, optionally with word forms
//! grouped by their stem (`kampanye`, `berkampanye`, `kampanyenya` count as
//! one term, shown by its most frequent form, with the forms as members).
//! Which tokens are terms and what they are keyed by is the terms stage's
//! (`text::terms`); tokens inside page chrome (`text::chrome`) are not
//! counted unless the filter keeps it.

use crate::error::ArahError;
use crate::text::chrome::ChromeCursor;
use crate::text::terms::TermFilter;
use crate::text::tokenize::{for_each_token, TokenKind};
use serde::{Deserialize, Serialize};
/// Term maps of this module: see `crate::hash`.
pub type HashMap<K, V> = crate::hash::TermMap<K, V>;

/// The counted terms of one document, keyed by term (or stem).
#[derive(Debug, Clone, Default)]
pub struct DocumentCounts {
    /// Every token of the text outside page chrome, counted or not.
    pub tokens: usize,
    /// Tokens inside page chrome, passed over.
    pub chrome_tokens: usize,
    /// Tokens that passed the filter.
    pub counted: usize,
    pub counts: HashMap<String, u32>,
    /// With grouping by stem: each key's word forms and their counts.
    pub forms: HashMap<String, HashMap<String, u32>>,
}

impl DocumentCounts {
    pub fn of_text(text: &str, filter: &TermFilter) -> Self {
        // Count each distinct (kind, form) first and judge forms once each:
        // one hash lookup per token, and slang, stopwords and stems cost per
        // distinct form instead of per token.
        let mut forms_by_kind: [HashMap<String, u32>; 4] = Default::default();
        let mut tokens = 0;
        let mut chrome_tokens = 0;
        let chrome = filter.chrome_of(text);
        let mut in_chrome = ChromeCursor::new(&chrome);
        for_each_token(text, |token| {
            if in_chrome.covering(token.bytes.0).is_some() {
                chrome_tokens += 1;
                return;
            }
            tokens += 1;
            let slot = match token.kind {
                TokenKind::Word => 0,
                TokenKind::Hashtag => 1,
                TokenKind::Mention => 2,
                TokenKind::Number if filter.include_numbers => 3,
                _ => return,
            };
            add(&mut forms_by_kind[slot], token.term, 1);
        });
        let kinds = [
            TokenKind::Word,
            TokenKind::Hashtag,
            TokenKind::Mention,
            TokenKind::Number,
        ];
        let mut result = DocumentCounts {
            tokens,
            chrome_tokens,
            ..Default::default()
        };
        let keys = filter.keys();
        for (forms, kind) in forms_by_kind.iter().zip(kinds) {
            for (form, &count) in forms {
                let Some(key) = keys.key(form, kind) else {
                    continue;
                };
                result.counted += count as usize;
                if keys.groups_by_stem() {
                    add(
                        result.forms.entry(key.to_string()).or_default(),
                        form,
                        count,
                    );
                }
                add(&mut result.counts, &key, count);
            }
        }
        result
    }
}

/// Adds `n` to `key` without allocating when the key is already there.
pub fn add(counts: &mut HashMap<String, u32>, key: &str, n: u32) {
    match counts.get_mut(key) {
        Some(count) => *count += n,
        None => {
            counts.insert(key.to_owned(), n);
        }
    }
}

/// A term with its count and the number of documents it occurs in. Read
/// back from JS as the first screen's `termCloud` takes a term table's rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermCount {
    /// The term; with grouping by stem, the group's most frequent form.
    pub term: String,
    pub count: u32,
    #[serde(default)]
    pub documents: u32,
    /// With grouping by stem: the stem the group is keyed by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stem: Option<String>,
    /// With grouping by stem: the group's forms, most frequent first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

/// Counts of every document of a corpus and of the corpus as a whole.
#[derive(Debug, Clone, Default)]
pub struct CorpusCounts {
    pub documents: Vec<DocumentCounts>,
    pub total: HashMap<String, u32>,
    pub document_frequency: HashMap<String, u32>,
    pub forms: HashMap<String, HashMap<String, u32>>,
}

impl CorpusCounts {
    pub fn of_texts<'a>(texts: impl IntoIterator<Item = &'a str>, filter: &TermFilter) -> Self {
        let mut corpus = CorpusCounts::default();
        for text in texts {
            let document = DocumentCounts::of_text(text, filter);
            for (term, &count) in &document.counts {
                add(&mut corpus.total, term, count);
                add(&mut corpus.document_frequency, term, 1);
            }
            for (key, forms) in &document.forms {
                let group = corpus.forms.entry(key.clone()).or_default();
                for (form, &count) in forms {
                    add(group, form, count);
                }
            }
            corpus.documents.push(document);
        }
        corpus
    }

    /// Fails when page chrome was all the documents had: nothing is left
    /// to analyse.
    pub fn require_text(&self) -> Result<(), ArahError> {
        let any_text = self.documents.iter().any(|d| d.tokens > 0);
        let any_chrome = self.documents.iter().any(|d| d.chrome_tokens > 0);
        match any_chrome && !any_text {
            true => Err(ArahError::OnlyChrome),
            false => Ok(()),
        }
    }

    /// The `n` most frequent terms of the whole corpus, or of one document.
    /// Ties are broken alphabetically so the order never depends on hashing.
    pub fn top(&self, document: Option<usize>, n: usize) -> Vec<TermCount> {
        let (counts, forms) = match document {
            Some(index) => (&self.documents[index].counts, &self.documents[index].forms),
            None => (&self.total, &self.forms),
        };
        let mut terms: Vec<TermCount> = counts
            .iter()
            .map(|(key, &count)| {
                let documents = self.document_frequency.get(key).copied().unwrap_or(0);
                match forms.get(key) {
                    Some(group) => {
                        let members = by_count(group);
                        TermCount {
                            term: members[0].clone(),
                            count,
                            documents,
                            stem: Some(key.clone()),
                            members,
                        }
                    }
                    None => TermCount {
                        term: key.clone(),
                        count,
                        documents,
                        stem: None,
                        members: Vec::new(),
                    },
                }
            })
            .collect();
        terms.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
        terms.truncate(n);
        terms
    }
}

/// Keys of `counts`, most frequent first, ties alphabetical.
pub fn by_count(counts: &HashMap<String, u32>) -> Vec<String> {
    let mut entries: Vec<(&String, &u32)> = counts.iter().collect();
    entries.sort_unstable_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    entries.into_iter().map(|(form, _)| form.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::terms::test_filter as filter;

    #[test]
    fn page_chrome_is_passed_over_unless_kept() {
        let text = "ADVERTISEMENT\nKampanye dialog warga.\nBaca juga: Kampanye Baliho\n12 Komentar";
        let counts = DocumentCounts::of_text(text, &filter());
        assert_eq!(counts.counts.get("advertisement"), None);
        assert_eq!(counts.counts.get("baca"), None);
        assert_eq!(counts.counts.get("komentar"), None);
        assert_eq!(counts.counts["kampanye"], 1);
        assert_eq!((counts.tokens, counts.chrome_tokens), (3, 7));
        let kept = DocumentCounts::of_text(
            text,
            &TermFilter {
                keep_chrome: true,
                ..filter()
            },
        );
        assert_eq!(kept.counts["advertisement"], 1);
        assert_eq!(kept.counts["kampanye"], 2);
        assert_eq!((kept.tokens, kept.chrome_tokens), (10, 0));
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
                documents: 2,
                stem: None,
                members: Vec::new(),
            }
        );
        let names: Vec<&str> = top.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["media", "kampanye", "politik"]);
        let second = corpus.top(Some(1), 1);
        assert_eq!(second[0].count, 2);
        assert_eq!(second[0].documents, 2);
    }

    #[test]
    fn grouping_by_stem_counts_forms_together() {
        let grouped = TermFilter {
            group_by_stem: true,
            ..filter()
        };
        let corpus = CorpusCounts::of_texts(
            [
                "Kampanye berkampanye kampanye. Penggunaan",
                "kegunaan kampanyenya #kampanye",
            ],
            &grouped,
        );
        let top = corpus.top(None, 3);
        assert_eq!(top[0].term, "kampanye");
        assert_eq!(top[0].count, 4);
        assert_eq!(top[0].stem.as_deref(), Some("kampanye"));
        assert_eq!(top[0].members, ["kampanye", "berkampanye", "kampanyenya"]);
        assert_eq!(top[0].documents, 2);
        let guna = top
            .iter()
            .find(|t| t.stem.as_deref() == Some("guna"))
            .unwrap();
        assert_eq!((guna.count, guna.members.len()), (2, 2));
        // Hashtags are not stemmed.
        assert!(
            top.iter().any(|t| t.term == "#kampanye") || corpus.total.contains_key("#kampanye")
        );
        let first = corpus.top(Some(0), 1);
        assert_eq!((first[0].term.as_str(), first[0].count), ("kampanye", 3));
    }

    #[test]
    fn slang_is_read_as_the_standard_word_when_asked() {
        let text = "yg penting gak golput, kampanye utk rakyat";
        let plain = DocumentCounts::of_text(text, &filter());
        assert_eq!(plain.counts.get("yg"), Some(&1));
        let normalized = DocumentCounts::of_text(
            text,
            &TermFilter {
                normalize_slang: true,
                ..filter()
            },
        );
        // yang, tidak and untuk are stopwords once read in full.
        assert_eq!(normalized.counts.get("yg"), None);
        assert_eq!(normalized.counts.get("gak"), None);
        assert_eq!(normalized.counts.get("kampanye"), Some(&1));
        assert_eq!(normalized.counted, plain.counted - 3);
    }

    #[test]
    fn top_truncates_and_breaks_ties_alphabetically() {
        let corpus = CorpusCounts::of_texts(["zeta alfa beta"], &filter());
        let names: Vec<String> = corpus.top(None, 2).into_iter().map(|t| t.term).collect();
        assert_eq!(names, ["alfa", "beta"]);
    }
}
