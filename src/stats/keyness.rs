//! Keyness: which terms a target (a document or a group) uses more, or less,
//! than a reference (the rest), on the 2×2 contingency table of each term:
//!
//! |            | target | reference |
//! |------------|--------|-----------|
//! | this term  | a      | b         |
//! | all others | c − a  | d − b     |
//!
//! where c and d are the counted terms of target and reference. Reported per
//! term: signed log-likelihood G² (Dunning 1993) and Pearson χ², both over all
//! four cells, with positive values for terms over-used in the target; the
//! p-value of χ² with one degree of freedom for G²; and Hardie's (2014) log
//! ratio, the binary log of the ratio of relative frequencies, with 0.5 put in
//! for a zero count.
//!
//! Yates' continuity correction is not applied by default: it is meant for
//! small expected counts in the cells, over-corrects at corpus sizes, and G²
//! does not need it. `yates: true` applies it to χ² (|O − E| − ½, not below 0).

use crate::stats::counts::HashMap;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Keyness {
    pub term: String,
    pub target_count: u32,
    pub reference_count: u32,
    /// Signed: positive when the term is relatively more frequent in the target.
    pub log_likelihood: f64,
    pub chi_squared: f64,
    /// p-value of the (unsigned) G² under χ² with one degree of freedom.
    pub p_value: f64,
    pub log_ratio: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeynessOptions {
    pub yates: bool,
    /// Terms seen fewer times than this in target and reference together are
    /// left out: a term seen once says nothing about either side.
    pub min_count: u32,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        KeynessOptions {
            yates: false,
            min_count: 3,
        }
    }
}

/// Keyness of every term of `target` or `reference`, ordered by signed G²
/// from most over-used in the target to most under-used; ties by term.
pub fn keyness(
    target: &HashMap<String, u32>,
    reference: &HashMap<String, u32>,
    options: KeynessOptions,
) -> Vec<Keyness> {
    let target_total: u64 = target.values().map(|&n| u64::from(n)).sum();
    let reference_total: u64 = reference.values().map(|&n| u64::from(n)).sum();
    let terms = target
        .keys()
        .chain(reference.keys().filter(|t| !target.contains_key(*t)));
    let mut rows: Vec<Keyness> = terms
        .filter_map(|term| {
            let a = target.get(term).copied().unwrap_or(0);
            let b = reference.get(term).copied().unwrap_or(0);
            (a + b >= options.min_count)
                .then(|| score(term, a, b, target_total, reference_total, options.yates))
        })
        .collect();
    rows.sort_unstable_by(|x, y| {
        y.log_likelihood
            .total_cmp(&x.log_likelihood)
            .then_with(|| x.term.cmp(&y.term))
    });
    rows
}

fn score(term: &str, a: u32, b: u32, c: u64, d: u64, yates: bool) -> Keyness {
    let (a_f, b_f, c_f, d_f) = (f64::from(a), f64::from(b), c as f64, d as f64);
    let table = Table2x2::new([a_f, b_f, c_f - a_f, d_f - b_f]);
    let g2 = table.log_likelihood();
    let chi2 = table.chi_squared(yates);
    let target_rate = if c > 0 { a_f / c_f } else { 0.0 };
    let reference_rate = if d > 0 { b_f / d_f } else { 0.0 };
    let sign = if target_rate >= reference_rate {
        1.0
    } else {
        -1.0
    };
    let log_ratio = (a_f.max(0.5) / c_f.max(1.0) / (b_f.max(0.5) / d_f.max(1.0))).log2();
    Keyness {
        term: term.to_owned(),
        target_count: a,
        reference_count: b,
        log_likelihood: sign * g2,
        chi_squared: sign * chi2,
        p_value: chi_squared_1df_survival(g2),
        log_ratio,
    }
}

/// A 2×2 contingency table, cells in reading order: `[a, b, c, d]` for
/// rows (a b) and (c d); expected counts from the row and column totals.
pub struct Table2x2 {
    observed: [f64; 4],
    expected: [f64; 4],
}

impl Table2x2 {
    pub fn new(observed: [f64; 4]) -> Self {
        let [a, b, c, d] = observed;
        let n = a + b + c + d;
        let expected = if n > 0.0 {
            [
                (a + b) * (a + c) / n,
                (a + b) * (b + d) / n,
                (c + d) * (a + c) / n,
                (c + d) * (b + d) / n,
            ]
        } else {
            [0.0; 4]
        };
        Table2x2 { observed, expected }
    }

    /// Unsigned G² = 2 Σ O ln(O/E) over the cells with counts.
    pub fn log_likelihood(&self) -> f64 {
        let sum: f64 = self
            .observed
            .iter()
            .zip(self.expected)
            .filter(|(o, e)| **o > 0.0 && *e > 0.0)
            .map(|(o, e)| o * (o / e).ln())
            .sum();
        (2.0 * sum).max(0.0)
    }

    /// Unsigned Pearson χ², with Yates' correction when asked.
    pub fn chi_squared(&self, yates: bool) -> f64 {
        self.observed
            .iter()
            .zip(self.expected)
            .filter(|(_, e)| *e > 0.0)
            .map(|(o, e)| {
                let deviation = if yates {
                    ((o - e).abs() - 0.5).max(0.0)
                } else {
                    o - e
                };
                deviation * deviation / e
            })
            .sum()
    }

    /// The first cell is above its expected count.
    pub fn first_cell_above_expected(&self) -> bool {
        self.observed[0] >= self.expected[0]
    }
}

/// P(X ≥ x) for X ~ χ² with one degree of freedom: erfc(√(x/2)), with
/// libm's erfc (a port of FreeBSD's msun, accurate to about one unit in the
/// last place), so p-values stay relative-accurate far into the tail.
pub fn chi_squared_1df_survival(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    libm::erfc((x / 2.0).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, u32)]) -> HashMap<String, u32> {
        pairs.iter().map(|(t, n)| (t.to_string(), *n)).collect()
    }

    #[test]
    fn known_table_matches_hand_computation() {
        // a=10 of c=100 against b=5 of d=200. Expected: E = 5, 10, 95, 190.
        let target = counts(&[("baliho", 10), ("other", 90)]);
        let reference = counts(&[("baliho", 5), ("other", 195)]);
        let rows = keyness(&target, &reference, KeynessOptions::default());
        let baliho = rows.iter().find(|r| r.term == "baliho").unwrap();
        let g2 = 2.0
            * (10.0 * (10.0f64 / 5.0).ln()
                + 5.0 * (5.0f64 / 10.0).ln()
                + 90.0 * (90.0f64 / 95.0).ln()
                + 195.0 * (195.0f64 / 190.0).ln());
        assert!(
            (baliho.log_likelihood - g2).abs() < 1e-9,
            "{}",
            baliho.log_likelihood
        );
        let chi2 = 25.0 / 5.0 + 25.0 / 10.0 + 25.0 / 95.0 + 25.0 / 190.0;
        assert!((baliho.chi_squared - chi2).abs() < 1e-9);
        assert!((baliho.log_ratio - 2.0).abs() < 1e-12);
        assert_eq!(rows[0].term, "baliho");
    }

    #[test]
    fn under_used_terms_are_negative() {
        let target = counts(&[("dialog", 1), ("iklan", 30)]);
        let reference = counts(&[("dialog", 30), ("iklan", 1)]);
        let rows = keyness(&target, &reference, KeynessOptions::default());
        assert_eq!(rows[0].term, "iklan");
        assert!(rows[0].log_likelihood > 0.0 && rows[0].log_ratio > 0.0);
        assert_eq!(rows[1].term, "dialog");
        assert!(
            rows[1].log_likelihood < 0.0 && rows[1].chi_squared < 0.0 && rows[1].log_ratio < 0.0
        );
    }

    #[test]
    fn yates_correction_lowers_chi_squared_only() {
        let target = counts(&[("x", 8), ("y", 92)]);
        let reference = counts(&[("x", 2), ("y", 98)]);
        let plain = keyness(&target, &reference, KeynessOptions::default());
        let corrected = keyness(
            &target,
            &reference,
            KeynessOptions {
                yates: true,
                ..KeynessOptions::default()
            },
        );
        let find = |rows: &[Keyness]| rows.iter().find(|r| r.term == "x").unwrap().clone();
        assert!(find(&corrected).chi_squared < find(&plain).chi_squared);
        assert_eq!(find(&corrected).log_likelihood, find(&plain).log_likelihood);
    }

    #[test]
    fn rare_terms_are_left_out_and_zero_counts_are_finite() {
        let target = counts(&[("hapax", 1), ("only_here", 5), ("common", 50)]);
        let reference = counts(&[("common", 50)]);
        let rows = keyness(&target, &reference, KeynessOptions::default());
        assert!(rows.iter().all(|r| r.term != "hapax"));
        let only = rows.iter().find(|r| r.term == "only_here").unwrap();
        assert!(only.log_ratio.is_finite() && only.log_ratio > 0.0);
        assert!(only.p_value > 0.0 && only.p_value < 0.05);
    }

    #[test]
    fn p_values_match_chi_squared_tables() {
        // Critical values of χ² with 1 df as printed in statistics tables
        // (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.4):
        // 3.841 (p = 0.05), 6.635 (0.01), 10.828 (0.001), rounded to three
        // decimals, so the p-values they give are near, not equal to, p.
        for (x, p) in [(3.841, 0.05), (6.635, 0.01), (10.828, 0.001)] {
            let got = chi_squared_1df_survival(x);
            assert!((got - p).abs() / p < 0.002, "x={x}: {got}");
        }
        assert_eq!(chi_squared_1df_survival(0.0), 1.0);
        assert_eq!(chi_squared_1df_survival(-1.0), 1.0);
    }

    #[test]
    fn p_values_match_normal_tail_probabilities() {
        // χ² with 1 df is Z² for a standard normal Z, so P(χ² ≥ z²) = P(|Z| ≥ z).
        // References, not from this code: the χ² quantiles of p = 0.05, 0.01
        // and 0.001 (the squares of the two-sided normal quantiles 1.95996…,
        // 2.57583…, 3.29053… of Abramowitz & Stegun, table 26.5), the
        // "68–95–99.7 rule" P(|Z| ≥ 1, 2, 3) and 2·Φ(−10) (A&S table 26.1
        // gives Φ(−10) = 7.6198530242 × 10⁻²⁴), their digits computed with
        // mpmath at 30 significant digits, rounded to f64. Within a relative
        // 1e-12, which the former fit of erfc (error up to 1.2e-7) missed.
        let cases = [
            (3.841_458_820_694_126, 0.05),
            (6.634_896_601_021_215, 0.01),
            (10.827_566_170_662_733, 0.001),
            (1.0, 0.3173105078629141),
            (4.0, 0.04550026389635842),
            (9.0, 0.002699796063260189),
            (100.0, 1.523970604832105e-23),
        ];
        for (x, p) in cases {
            let got = chi_squared_1df_survival(x);
            assert!((got - p).abs() / p < 1e-12, "x={x}: {got}, expected {p}");
        }
    }

    #[test]
    fn empty_sides_do_not_panic() {
        let empty = HashMap::default();
        let some = counts(&[("kata", 4)]);
        let rows = keyness(&some, &empty, KeynessOptions::default());
        assert_eq!(rows.len(), 1);
        assert!(rows[0].log_likelihood.is_finite());
        assert!(keyness(&empty, &empty, KeynessOptions::default()).is_empty());
    }
}
