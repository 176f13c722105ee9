//! The whole analysis a reader sees: documents in, per-document and corpus
//! term tables out. Shared by the CLI and the wasm facade so both report the
//! same counts for the same files.

use crate::error::ArahError;
use crate::stats::collocations::{collocations, Collocation};
use crate::stats::counts::{CorpusCounts, TermCount};
use crate::stats::tfidf::{top_tfidf, TfIdf};
use crate::text::lexicon;
use crate::text::stopwords::Stopwords;
use crate::text::terms::TermFilter;
use serde::{Deserialize, Serialize};

/// A text to analyse and the title readers know it by.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Document {
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AnalyzeOptions {
    /// Built-in stopword lists to apply, by language code.
    pub stopword_languages: Vec<String>,
    /// Words to treat as stopwords as well.
    pub extra_stopwords: Vec<String>,
    /// Words to count even though a list names them.
    pub keep_words: Vec<String>,
    /// Count tokens made only of digits.
    pub include_numbers: bool,
    /// Shortest term counted, in characters.
    pub min_chars: usize,
    /// Length of each top-terms table.
    pub top: usize,
    /// Count word forms under their stem (`berkampanye` with `kampanye`).
    pub group_by_stem: bool,
    /// Read informal spellings as standard words (`yg` as `yang`).
    pub normalize_slang: bool,
    /// Count page chrome too ("ADVERTISEMENT", "Baca juga: …", bylines,
    /// share buttons); by default it is passed over.
    pub keep_chrome: bool,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            stopword_languages: vec!["id".into(), "en".into()],
            extra_stopwords: Vec::new(),
            keep_words: Vec::new(),
            include_numbers: false,
            min_chars: 2,
            top: 100,
            group_by_stem: false,
            normalize_slang: false,
            keep_chrome: false,
        }
    }
}

impl AnalyzeOptions {
    pub fn term_filter(&self) -> Result<TermFilter, ArahError> {
        if self.group_by_stem {
            lexicon::require_stemmer()?;
        }
        Ok(TermFilter {
            stopwords: Stopwords::build(
                &self.stopword_languages,
                &self.extra_stopwords,
                &self.keep_words,
            )?,
            include_numbers: self.include_numbers,
            min_chars: self.min_chars.max(1),
            group_by_stem: self.group_by_stem,
            normalize_slang: self.normalize_slang,
            keep_chrome: self.keep_chrome,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSummary {
    pub title: String,
    /// All tokens outside page chrome, stopwords included.
    pub token_count: usize,
    /// Tokens counted as terms.
    pub term_count: usize,
    pub unique_terms: usize,
    pub top_terms: Vec<TermCount>,
    /// In detail, per document: its most characteristic terms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tfidf: Vec<TfIdf>,
    /// In detail, for the corpus: its strongest word pairs (seen at least
    /// twice).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub collocations: Vec<Collocation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub documents: Vec<DocumentSummary>,
    /// The corpus as one: every document together.
    pub corpus: DocumentSummary,
}

/// Counts the terms of `documents`. Fails only when there is no text at all;
/// a document without countable words gets an empty table.
pub fn analyze(documents: &[Document], options: &AnalyzeOptions) -> Result<Analysis, ArahError> {
    summarise::<false>(documents, options)
}

/// [`analyze`], plus each document's terms ranked by tf-idf and the corpus's
/// bigram collocations (`top` of each): one more pass over the texts.
pub fn analyze_in_detail(
    documents: &[Document],
    options: &AnalyzeOptions,
) -> Result<Analysis, ArahError> {
    summarise::<true>(documents, options)
}

/// `DETAILS` is a constant so that the first-screen wasm, which only calls
/// [`analyze`], carries no tf-idf or collocation code.
fn summarise<const DETAILS: bool>(
    documents: &[Document],
    options: &AnalyzeOptions,
) -> Result<Analysis, ArahError> {
    if documents.iter().all(|d| d.text.trim().is_empty()) {
        return Err(ArahError::EmptyInput);
    }
    let filter = options.term_filter()?;
    let texts = || documents.iter().map(|d| d.text.as_str());
    let counts = CorpusCounts::of_texts(texts(), &filter);
    counts.require_text()?;
    let summaries = documents
        .iter()
        .zip(&counts.documents)
        .enumerate()
        .map(|(index, (document, doc_counts))| DocumentSummary {
            title: document.title.clone(),
            token_count: doc_counts.tokens,
            term_count: doc_counts.counted,
            unique_terms: doc_counts.counts.len(),
            top_terms: counts.top(Some(index), options.top),
            tfidf: match DETAILS {
                true => top_tfidf(&counts, index, options.top),
                false => Vec::new(),
            },
            collocations: Vec::new(),
        })
        .collect();
    let corpus = DocumentSummary {
        title: match documents {
            [only] => only.title.clone(),
            _ => format!("All {} documents", documents.len()),
        },
        token_count: counts.documents.iter().map(|d| d.tokens).sum(),
        term_count: counts.documents.iter().map(|d| d.counted).sum(),
        unique_terms: counts.total.len(),
        top_terms: counts.top(None, options.top),
        tfidf: Vec::new(),
        collocations: match DETAILS {
            true => collocations(texts(), &filter, 2, options.top),
            false => Vec::new(),
        },
    };
    Ok(Analysis {
        documents: summaries,
        corpus,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, text: &str) -> Document {
        Document {
            title: title.into(),
            text: text.into(),
        }
    }

    #[test]
    fn documents_and_corpus_are_summarised() {
        let analysis = analyze(
            &[
                doc("A", "Media sosial dan politik."),
                doc("B", "Kampanye media sosial, media!"),
            ],
            &AnalyzeOptions::default(),
        )
        .unwrap();
        assert_eq!(analysis.documents.len(), 2);
        assert_eq!(analysis.documents[0].token_count, 4);
        assert_eq!(analysis.documents[0].term_count, 3);
        assert_eq!(analysis.corpus.top_terms[0].term, "media");
        assert_eq!(analysis.corpus.top_terms[0].count, 3);
        assert_eq!(analysis.corpus.title, "All 2 documents");
    }

    #[test]
    fn all_empty_is_an_error_one_empty_is_not() {
        let options = AnalyzeOptions::default();
        assert_eq!(
            analyze(&[doc("A", "  \n")], &options),
            Err(ArahError::EmptyInput)
        );
        assert_eq!(analyze(&[], &options), Err(ArahError::EmptyInput));
        let analysis = analyze(&[doc("A", ""), doc("B", "kampanye")], &options).unwrap();
        assert!(analysis.documents[0].top_terms.is_empty());
    }

    #[test]
    fn a_corpus_of_page_chrome_only_is_empty() {
        let chrome = doc(
            "A",
            "ADVERTISEMENT\nBaca juga: Kampanye Dialog di Desa\nBagikan",
        );
        let options = AnalyzeOptions::default();
        assert_eq!(
            analyze(std::slice::from_ref(&chrome), &options),
            Err(ArahError::OnlyChrome)
        );
        // With a document of text beside it, it is an empty table.
        let analysis = analyze(&[chrome.clone(), doc("B", "kampanye")], &options).unwrap();
        assert!(analysis.documents[0].top_terms.is_empty());
        let kept = AnalyzeOptions {
            keep_chrome: true,
            ..AnalyzeOptions::default()
        };
        let analysis = analyze(&[chrome], &kept).unwrap();
        let terms: Vec<&str> = analysis
            .corpus
            .top_terms
            .iter()
            .map(|t| t.term.as_str())
            .collect();
        assert!(terms.contains(&"advertisement") && terms.contains(&"baca"));
    }

    #[test]
    fn only_stopwords_gives_empty_tables() {
        let analysis = analyze(
            &[doc("A", "yang dan di dengan")],
            &AnalyzeOptions::default(),
        )
        .unwrap();
        assert_eq!(analysis.corpus.token_count, 4);
        assert!(analysis.corpus.top_terms.is_empty());
    }

    #[test]
    fn options_reach_the_filter() {
        let options = AnalyzeOptions {
            extra_stopwords: vec!["media".into()],
            include_numbers: true,
            ..AnalyzeOptions::default()
        };
        let analysis = analyze(&[doc("A", "media 2012 politik")], &options).unwrap();
        let terms: Vec<&str> = analysis
            .corpus
            .top_terms
            .iter()
            .map(|t| t.term.as_str())
            .collect();
        assert_eq!(terms, ["2012", "politik"]);
    }

    #[test]
    fn in_detail_adds_tfidf_and_collocations() {
        let documents = [
            doc(
                "A",
                "Media sosial. Media sosial untuk kampanye. Baliho kampanye.",
            ),
            doc("B", "Media sosial dan dialog. Dialog warga."),
        ];
        let plain = analyze(&documents, &AnalyzeOptions::default()).unwrap();
        assert!(plain.documents[0].tfidf.is_empty());
        assert!(plain.corpus.collocations.is_empty());
        let detailed = analyze_in_detail(&documents, &AnalyzeOptions::default()).unwrap();
        // Terms only one document has rank above the shared "media".
        assert_eq!(detailed.documents[0].tfidf[0].term, "kampanye");
        assert_eq!(detailed.documents[1].tfidf[0].term, "dialog");
        let pair = &detailed.corpus.collocations[0];
        assert_eq!(
            (pair.first.as_str(), pair.second.as_str()),
            ("media", "sosial")
        );
        assert_eq!(pair.count, 3);
    }
}
