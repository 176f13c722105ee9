//! Comparison clouds, the method of R's `wordcloud::comparison.cloud` and
//! quanteda's `textplot_wordcloud(comparison = TRUE)`: each group's counts
//! become proportions of its total; a term goes to the group where its
//! proportion most exceeds the term's mean proportion across groups, and is
//! sized by that excess. Terms used in the same proportion everywhere have
//! no excess and are left out. Proportions are of every term a group has,
//! never of its top terms only: the CLI, the widget and the strategy
//! section all come through [`comparison_cloud_words`].

use super::words::cloud_words;
use super::CloudWord;
use crate::analysis::{analyze, AnalyzeOptions, Document};
use crate::error::ArahError;
use std::collections::BTreeMap;

/// The comparison cloud's words of `groups`, one document each, counted as
/// `options` say (stopwords, stems, slang, page chrome) with every term of
/// each group kept; `options.top` is not used. The words' `group` indexes
/// `groups`.
pub fn comparison_cloud_words(
    groups: &[Document],
    options: &AnalyzeOptions,
) -> Result<Vec<CloudWord>, ArahError> {
    let every_term = AnalyzeOptions {
        top: usize::MAX,
        ..options.clone()
    };
    let analysis = analyze(groups, &every_term)?;
    let counts: Vec<Vec<CloudWord>> = analysis
        .documents
        .iter()
        .map(|d| cloud_words(&d.top_terms))
        .collect();
    Ok(comparison_words(&counts))
}

/// One word per term from the counts of each group (`groups[g]`: its words
/// with their counts as weights). The word's `group` is the group it goes
/// to, its `weight` the excess proportion, its `count` the count there.
/// Heaviest first; ties by text.
pub fn comparison_words(groups: &[Vec<CloudWord>]) -> Vec<CloudWord> {
    let n = groups.len();
    if n == 0 {
        return Vec::new();
    }
    let totals: Vec<f64> = groups
        .iter()
        .map(|g| g.iter().map(|w| w.weight.max(0.0)).sum())
        .collect();
    // term → per group (count, index of the word in that group).
    let mut terms: BTreeMap<&str, Vec<(f64, Option<usize>)>> = BTreeMap::new();
    for (g, words) in groups.iter().enumerate() {
        for (i, word) in words.iter().enumerate() {
            let entry = terms
                .entry(&word.text)
                .or_insert_with(|| vec![(0.0, None); n]);
            entry[g].0 += word.weight.max(0.0);
            entry[g].1.get_or_insert(i);
        }
    }
    let mut out: Vec<CloudWord> = terms
        .into_iter()
        .filter_map(|(text, counts)| {
            let shares: Vec<f64> = counts
                .iter()
                .zip(&totals)
                .map(|(&(c, _), &t)| if t > 0.0 { c / t } else { 0.0 })
                .collect();
            let mean = shares.iter().sum::<f64>() / n as f64;
            let mut best = 0;
            for g in 1..n {
                if shares[g] > shares[best] {
                    best = g;
                }
            }
            let excess = shares[best] - mean;
            (excess > 1e-12).then(|| CloudWord {
                text: text.to_string(),
                weight: excess,
                members: counts[best]
                    .1
                    .map(|i| groups[best][i].members.clone())
                    .unwrap_or_default(),
                group: Some(best),
                count: Some(counts[best].0),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.text.cmp(&b.text))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(pairs: &[(&str, f64)]) -> Vec<CloudWord> {
        pairs
            .iter()
            .map(|&(t, w)| CloudWord {
                text: t.into(),
                weight: w,
                ..CloudWord::default()
            })
            .collect()
    }

    #[test]
    fn terms_go_where_their_share_most_exceeds_the_mean() {
        let a = group(&[("kampanye", 6.0), ("dialog", 1.0), ("media", 3.0)]);
        let b = group(&[("kampanye", 2.0), ("dialog", 6.0), ("media", 12.0)]);
        let words = comparison_words(&[a, b]);
        let find = |t: &str| words.iter().find(|w| w.text == t).unwrap();
        // Shares: kampanye .6 / .1, dialog .1 / .3, media .3 / .6.
        assert_eq!(find("kampanye").group, Some(0));
        assert!((find("kampanye").weight - 0.25).abs() < 1e-12);
        assert_eq!(find("kampanye").count, Some(6.0));
        assert_eq!(find("dialog").group, Some(1));
        assert!((find("dialog").weight - 0.1).abs() < 1e-12);
        assert_eq!(find("media").group, Some(1));
        assert_eq!(words[0].text, "kampanye");
    }

    fn document(title: &str, text: &str) -> Document {
        Document {
            title: title.into(),
            text: text.into(),
        }
    }

    #[test]
    fn documents_give_shares_of_every_term_worked_by_hand() {
        // A: alfa 2/3, beta 1/3. B: beta 1/4, gamma 3/4.
        let groups = [
            document("A", "alfa alfa beta"),
            document("B", "beta gamma gamma gamma"),
        ];
        let words = comparison_cloud_words(&groups, &AnalyzeOptions::default()).unwrap();
        let find = |t: &str| words.iter().find(|w| w.text == t).unwrap();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert_eq!(find("alfa").group, Some(0));
        assert!(close(find("alfa").weight, 2.0 / 3.0 - 1.0 / 3.0));
        assert_eq!(find("beta").group, Some(0));
        assert!(close(
            find("beta").weight,
            1.0 / 3.0 - (1.0 / 3.0 + 0.25) / 2.0
        ));
        assert_eq!(find("gamma").group, Some(1));
        assert!(close(find("gamma").weight, 0.75 - 0.375));
        assert_eq!(find("gamma").count, Some(3.0));
    }

    #[test]
    fn a_long_tail_counts_in_the_shares_whatever_top_says() {
        // 200 words used once dilute A's share of "kampanye" to 5/205; a
        // share of A's top terms only would make it far larger.
        let tail: Vec<String> = (0..200).map(|i| format!("kata{}", letters(i))).collect();
        let a = format!("{} {}", "kampanye ".repeat(5), tail.join(" "));
        let groups = [document("A", &a), document("B", "kampanye dialog")];
        let options = AnalyzeOptions {
            top: 10,
            ..AnalyzeOptions::default()
        };
        let words = comparison_cloud_words(&groups, &options).unwrap();
        let kampanye = words.iter().find(|w| w.text == "kampanye").unwrap();
        let (share_a, share_b) = (5.0 / 205.0, 0.5);
        assert_eq!(kampanye.group, Some(1));
        assert!((kampanye.weight - (share_b - (share_a + share_b) / 2.0)).abs() < 1e-12);
        assert_eq!(words.len(), 202);
    }

    /// `i` written in letters (a, b, …, z, ba, bb, …): words, not numbers.
    fn letters(mut i: usize) -> String {
        let mut out = Vec::new();
        loop {
            out.push(b'a' + (i % 26) as u8);
            i /= 26;
            if i == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn equal_shares_and_no_groups_give_nothing() {
        let a = group(&[("sama", 2.0)]);
        let b = group(&[("sama", 5.0)]);
        assert!(comparison_words(&[a, b]).is_empty());
        assert!(comparison_words(&[]).is_empty());
    }
}
