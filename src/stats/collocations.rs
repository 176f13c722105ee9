//! Bigram collocations: pairs of adjacent words that occur together more
//! often than their separate frequencies predict, scored by signed G² on the
//! 2×2 table of (first word, second word) over all adjacent pairs. Pairs
//! never span a sentence mark or a stopword, and pairs seen fewer than
//! `min_count` times are left out (a pair seen once says nothing). Page
//! chrome is passed over as the counts pass over it.

use super::counts::{add, HashMap};
use super::keyness::Table2x2;
use crate::text::chrome::ChromeCursor;
use crate::text::terms::TermFilter;
use crate::text::tokenize::{for_each_token, TokenKind};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Collocation {
    pub first: String,
    pub second: String,
    pub count: u32,
    pub log_likelihood: f64,
}

/// The `n` strongest collocations of `texts`, strongest first.
pub fn collocations<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    filter: &TermFilter,
    min_count: u32,
    n: usize,
) -> Vec<Collocation> {
    // Pairs keyed "first second" (a word term never holds a space), so
    // every map here is the one term-count map type of `counts`.
    let mut pairs: HashMap<String, u32> = HashMap::default();
    let mut firsts: HashMap<String, u32> = HashMap::default();
    let mut seconds: HashMap<String, u32> = HashMap::default();
    let mut total = 0u64;
    let mut pair = String::new();
    for text in texts {
        // The previous counted word's end and its length at the start of `pair`.
        let mut previous: Option<(usize, usize)> = None;
        let chrome = filter.chrome_of(text);
        let mut in_chrome = ChromeCursor::new(&chrome);
        for_each_token(text, |token| {
            if in_chrome.covering(token.bytes.0).is_some() {
                // No pair reaches across chrome.
                previous = None;
                return;
            }
            let counted = token.kind == TokenKind::Word && filter.accepts(token.term, token.kind);
            if let (true, Some((end, first_len))) = (counted, previous.take()) {
                if !text[end..token.bytes.0].contains(['.', '!', '?', ';', ':', '\n']) {
                    pair.truncate(first_len);
                    pair.push(' ');
                    pair.push_str(token.term);
                    add(&mut pairs, &pair, 1);
                    add(&mut firsts, &pair[..first_len], 1);
                    add(&mut seconds, token.term, 1);
                    total += 1;
                }
            }
            if counted {
                pair.clear();
                pair.push_str(token.term);
                previous = Some((token.bytes.1, pair.len()));
            }
        });
    }
    let n_pairs = total as f64;
    let mut rows: Vec<Collocation> = pairs
        .into_iter()
        .filter(|(_, count)| *count >= min_count)
        .map(|(key, count)| {
            let (first, second) = key.split_once(' ').unwrap_or((&key, ""));
            let a = f64::from(count);
            let b = f64::from(firsts[first]) - a;
            let c = f64::from(seconds[second]) - a;
            let d = n_pairs - a - b - c;
            let table = Table2x2::new([a, b, c, d]);
            let sign = if table.first_cell_above_expected() {
                1.0
            } else {
                -1.0
            };
            let log_likelihood = sign * table.log_likelihood();
            Collocation {
                first: first.to_owned(),
                second: second.to_owned(),
                count,
                log_likelihood,
            }
        })
        .collect();
    rows.sort_unstable_by(|x, y| {
        y.log_likelihood
            .total_cmp(&x.log_likelihood)
            .then_with(|| (&x.first, &x.second).cmp(&(&y.first, &y.second)))
    });
    rows.truncate(n);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnalyzeOptions;

    #[test]
    fn media_sosial_is_the_collocation_of_the_corpus() {
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        let corpus = [
            include_str!("../../www/corpus/000_385cd6622f47b7f1.txt"),
            include_str!("../../www/corpus/001_8466fea3bf4f444b.txt"),
            include_str!("../../www/corpus/002_92436bb8d9535eba.txt"),
        ];
        let rows = collocations(corpus, &filter, 2, 10);
        assert_eq!(
            (rows[0].first.as_str(), rows[0].second.as_str()),
            ("media", "sosial")
        );
        assert!(rows[0].count >= 50 && rows[0].log_likelihood > 100.0);
        assert!(
            rows.iter()
                .any(|r| r.first == "partai" && r.second == "politik"),
            "{rows:?}"
        );
    }

    #[test]
    fn pairs_do_not_cross_sentences_or_stopwords() {
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        let rows = collocations(
            ["baliho iklan. baliho iklan. iklan dan baliho"],
            &filter,
            1,
            10,
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].first.as_str(),
                rows[0].second.as_str(),
                rows[0].count
            ),
            ("baliho", "iklan", 2)
        );
    }

    #[test]
    fn page_chrome_makes_no_pairs_unless_kept() {
        let text = "Baca juga: Kampanye Dialog\nBaca juga: Kampanye Dialog\nkampanye baliho";
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        assert!(collocations([text], &filter, 2, 10).is_empty());
        let kept = AnalyzeOptions {
            keep_chrome: true,
            ..AnalyzeOptions::default()
        };
        let rows = collocations([text], &kept.term_filter().unwrap(), 2, 10);
        assert!(rows
            .iter()
            .any(|r| r.first == "kampanye" && r.second == "dialog"));
    }

    #[test]
    fn rare_pairs_are_left_out() {
        let filter = AnalyzeOptions::default().term_filter().unwrap();
        assert!(collocations(["kampanye digital"], &filter, 2, 10).is_empty());
        assert!(collocations([""], &filter, 1, 10).is_empty());
    }
}
