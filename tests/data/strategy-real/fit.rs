//! Fitting what the strategy analysis learns from the real set: the
//! calibration's logistic fits and the learned layer. Shared by `examples/strategy_train.rs`
//! (fits on the whole rest and writes the shipped file) and
//! `examples/strategy_real_eval.rs` (fits on each cross-validation fold's
//! training documents only).

use super::real::{gold_of_predicted, RealDocument};
use arah::hash::TermMap;
use arah::strategy::calibration::{
    document_inputs, sentence_group, sentence_inputs, Calibration, DOCUMENT_INPUTS,
    SENTENCE_GROUPS, SENTENCE_INPUTS,
};
use arah::strategy::features::{document_shares, sentence_features, FeatureSet};
use arah::strategy::mode::ModeMass;
use arah::strategy::model::{softmax, Model, CLASSES};
use arah::strategy::{analyze_with, Matcher, StrategyOptions};

/// L2 penalty of the calibration fits (on every weight but the intercept):
/// a few dozen examples per group must not give extreme slopes.
pub const CALIBRATION_L2: f64 = 0.01;

/// Binary logistic regression, mean log loss plus `l2`/2 |w|² (intercept,
/// feature 0, unpenalised), by Newton's method: a handful of features, so
/// each step solves a small linear system exactly.
pub fn logistic(x: &[Vec<f64>], y: &[bool], l2: f64) -> Vec<f64> {
    let dims = x.first().map_or(1, Vec::len);
    let mut w = vec![0.0; dims];
    let n = x.len().max(1) as f64;
    for _ in 0..50 {
        let mut gradient = vec![0.0; dims];
        let mut hessian = vec![vec![0.0; dims]; dims];
        for (xi, &yi) in x.iter().zip(y) {
            let z: f64 = w.iter().zip(xi).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let r = p - f64::from(u8::from(yi));
            for j in 0..dims {
                gradient[j] += r * xi[j] / n;
                for k in 0..dims {
                    hessian[j][k] += p * (1.0 - p) * xi[j] * xi[k] / n;
                }
            }
        }
        for j in 0..dims {
            // A tiny ridge on the intercept keeps a group where every
            // example is right (or wrong) finite.
            let penalty = if j == 0 { 1e-4 } else { l2 };
            gradient[j] += penalty * w[j];
            hessian[j][j] += penalty;
        }
        let step = solve(hessian, gradient);
        let mut largest: f64 = 0.0;
        for (wj, sj) in w.iter_mut().zip(&step) {
            *wj -= sj;
            largest = largest.max(sj.abs());
        }
        if largest < 1e-9 {
            break;
        }
    }
    w
}

/// Gaussian elimination with partial pivoting (the matrix is positive
/// definite: the penalty sees to it).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let (upper, lower) = a.split_at_mut(col + 1);
        let pivot_row = &upper[col];
        for (offset, row) in lower.iter_mut().enumerate() {
            let factor = row[col] / pivot_row[col];
            for (x, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= factor * p;
            }
            b[col + 1 + offset] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    x
}

/// A calibration that says 0.5 to everything: the starting point.
pub fn flat_calibration() -> Calibration {
    Calibration {
        sentence: [[0.0; SENTENCE_INPUTS]; SENTENCE_GROUPS.len()],
        document: [0.0; DOCUMENT_INPUTS],
    }
}

/// Fits the calibration on `train`: first each sentence group on whether
/// the engine's label is the gold one, then, with those probabilities in
/// place (they weigh the document's mode), the documents on whether the
/// mode is the gold one.
pub fn fit_calibration(train: &[&RealDocument], matcher: &Matcher<'_>) -> Calibration {
    let documents = super::real::as_documents(train);
    let mut calibration = flat_calibration();
    let options = |calibration: &Calibration| StrategyOptions {
        calibration: Some(calibration.clone()),
        ..StrategyOptions::default()
    };
    let report = analyze_with(&documents, matcher, &options(&calibration));
    let mut groups: Vec<(Vec<Vec<f64>>, Vec<bool>)> = vec![Default::default(); 4];
    for (gold, predicted) in train.iter().zip(&report.documents) {
        for (sentence, label) in predicted
            .sentences
            .iter()
            .zip(gold_of_predicted(gold, predicted))
        {
            let group = &mut groups[sentence_group(sentence)];
            group.0.push(sentence_inputs(sentence).to_vec());
            group.1.push(sentence.label == label);
        }
    }
    for (weights, (x, y)) in calibration.sentence.iter_mut().zip(&groups) {
        if !x.is_empty() {
            weights.copy_from_slice(&logistic(x, y, CALIBRATION_L2));
        }
    }
    let report = analyze_with(&documents, matcher, &options(&calibration));
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for (gold, predicted) in train.iter().zip(&report.documents) {
        let mass = ModeMass::of(&predicted.sentences);
        x.push(document_inputs(&mass, predicted.relevance.relevant).to_vec());
        y.push(predicted.totals.label == gold.mode);
    }
    calibration
        .document
        .copy_from_slice(&logistic(&x, &y, CALIBRATION_L2));
    calibration
}

/// L2 penalty of the learned layer, per training example's mean loss.
pub const MODEL_L2: f64 = 0.003;
/// Fewest training documents a feature must appear in to get a weight: a
/// word of one text says nothing general.
pub const MIN_FEATURE_DOCUMENTS: usize = 3;
/// Full-batch gradient steps (Adam) of the learned layer's fit.
const MODEL_STEPS: usize = 400;

/// Fits the learned layer on `train`: each predicted sentence's features,
/// read off the rule engine's labels, against its gold label.
pub fn fit_model(train: &[&RealDocument], matcher: &Matcher<'_>, set: FeatureSet) -> Model {
    let documents = super::real::as_documents(train);
    let report = analyze_with(&documents, matcher, &StrategyOptions::default());
    let mut examples: Vec<(Vec<(String, f64)>, usize)> = Vec::new();
    let mut document_frequency: TermMap<String, usize> = TermMap::default();
    for (gold, predicted) in train.iter().zip(&report.documents) {
        let shares = document_shares(&predicted.sentences);
        let mut seen: Vec<String> = Vec::new();
        for (index, label) in gold_of_predicted(gold, predicted).into_iter().enumerate() {
            if predicted.sentences[index].basis == "gate" {
                continue;
            }
            let features = sentence_features(&predicted.sentences, index, shares, set, matcher);
            seen.extend(features.iter().map(|f| f.0.clone()));
            let class = CLASSES.iter().position(|c| *c == label).unwrap_or(2);
            examples.push((features, class));
        }
        seen.sort_unstable();
        seen.dedup();
        for name in seen {
            *document_frequency.entry(name).or_default() += 1;
        }
    }
    // Index the features kept.
    let mut names: Vec<String> = document_frequency
        .into_iter()
        .filter(|(_, n)| *n >= MIN_FEATURE_DOCUMENTS)
        .map(|(name, _)| name)
        .collect();
    names.sort();
    let index: TermMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let rows: Vec<(Vec<(usize, f64)>, usize)> = examples
        .iter()
        .map(|(features, class)| {
            let row = features
                .iter()
                .filter_map(|(name, value)| index.get(name.as_str()).map(|&i| (i, *value)))
                .collect();
            (row, *class)
        })
        .collect();
    let weights = softmax_regression(&rows, names.len(), MODEL_L2);
    Model {
        set,
        weights: names.into_iter().zip(weights).collect(),
    }
}

/// Multinomial logistic regression on sparse rows: mean log loss plus
/// `l2`/2 |w|², full-batch Adam.
fn softmax_regression(rows: &[(Vec<(usize, f64)>, usize)], dims: usize, l2: f64) -> Vec<[f64; 3]> {
    let mut w = vec![[0.0f64; 3]; dims];
    let (mut m, mut v) = (vec![[0.0f64; 3]; dims], vec![[0.0f64; 3]; dims]);
    let n = rows.len().max(1) as f64;
    let (rate, beta1, beta2) = (0.05, 0.9, 0.999);
    for step in 1..=MODEL_STEPS {
        let mut gradient = vec![[0.0f64; 3]; dims];
        for (row, class) in rows {
            let mut z = [0.0; 3];
            for &(i, x) in row {
                for c in 0..3 {
                    z[c] += w[i][c] * x;
                }
            }
            let p = softmax(z);
            for &(i, x) in row {
                for c in 0..3 {
                    let target = f64::from(u8::from(c == *class));
                    gradient[i][c] += (p[c] - target) * x / n;
                }
            }
        }
        for i in 0..dims {
            for c in 0..3 {
                let g = gradient[i][c] + l2 * w[i][c];
                m[i][c] = beta1 * m[i][c] + (1.0 - beta1) * g;
                v[i][c] = beta2 * v[i][c] + (1.0 - beta2) * g * g;
                let m_hat = m[i][c] / (1.0 - beta1.powi(step as i32));
                let v_hat = v[i][c] / (1.0 - beta2.powi(step as i32));
                w[i][c] -= rate * m_hat / (v_hat.sqrt() + 1e-8);
            }
        }
    }
    w
}
