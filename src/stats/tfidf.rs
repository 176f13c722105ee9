//! tf-idf: which terms characterise one document of a corpus. Term
//! frequency is the term's share of the document's counted terms; inverse
//! document frequency is smoothed, `ln((1 + N) / (1 + df)) + 1`, so a term
//! found in every document still ranks by its frequency instead of vanishing.

use super::counts::CorpusCounts;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TfIdf {
    pub term: String,
    pub count: u32,
    pub documents: u32,
    pub tfidf: f64,
}

/// The `n` terms of document `index` with the highest tf-idf; ties by term.
pub fn top_tfidf(corpus: &CorpusCounts, index: usize, n: usize) -> Vec<TfIdf> {
    let document = &corpus.documents[index];
    let total = document.counted.max(1) as f64;
    let documents = corpus.documents.len() as f64;
    let mut rows: Vec<TfIdf> = document
        .counts
        .iter()
        .map(|(term, &count)| {
            let df = corpus.document_frequency.get(term).copied().unwrap_or(1);
            let idf = ((1.0 + documents) / (1.0 + f64::from(df))).ln() + 1.0;
            TfIdf {
                term: term.clone(),
                count,
                documents: df,
                tfidf: f64::from(count) / total * idf,
            }
        })
        .collect();
    rows.sort_unstable_by(|a, b| {
        b.tfidf
            .total_cmp(&a.tfidf)
            .then_with(|| a.term.cmp(&b.term))
    });
    rows.truncate(n);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnalyzeOptions;

    #[test]
    fn terms_of_one_document_outrank_terms_of_all() {
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        let corpus = CorpusCounts::of_texts(
            [
                "media media baliho baliho",
                "media media dialog",
                "media media komentar",
            ],
            &filter,
        );
        let rows = top_tfidf(&corpus, 0, 2);
        assert_eq!(rows[0].term, "baliho");
        assert_eq!(rows[1].term, "media");
        // Same count, but media is in all three documents: lower idf.
        assert!(rows[0].tfidf > rows[1].tfidf);
        let expected = 0.5 * ((4.0f64 / 2.0).ln() + 1.0);
        assert!((rows[0].tfidf - expected).abs() < 1e-12);
    }

    #[test]
    fn an_empty_document_has_no_terms() {
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        let corpus = CorpusCounts::of_texts(["", "media"], &filter);
        assert!(top_tfidf(&corpus, 0, 5).is_empty());
    }
}
