//! Placement: the heaviest word first, each on the first free spot along the
//! spiral from a seeded start near the centre; a word that finds no room is
//! shrunk and tried again, and reported as dropped only below the minimum
//! font size.

use super::board::{Board, CellRect};
use super::metrics::{estimate_metrics, WordMetrics};
use super::spiral::{Rng, Spiral};
use super::{CloudLayout, CloudOptions, CloudWord, PlacedWord, Scale};
use crate::error::ArahError;

/// Board cell size in pixels: boxes are rounded out to whole cells.
const CELL: f64 = 2.0;
/// Candidate positions lie on every `STRIDE`-th cell: a quarter of the spiral
/// to walk, while boxes keep the board's finer resolution.
const STRIDE: i32 = 2;
/// Largest drawing area side, in pixels.
const MAX_SIDE: f64 = 8000.0;
/// Share of the area the words' boxes may cover before sizes are scaled down.
const TARGET_COVERAGE: f64 = 0.45;
/// Each retry of a word that did not fit multiplies its size by this.
const SHRINK: f64 = 0.85;

/// Lays out `words` using the native stand-in metrics.
pub fn layout_estimated(
    words: &[CloudWord],
    options: &CloudOptions,
) -> Result<CloudLayout, ArahError> {
    let metrics: Vec<WordMetrics> = words.iter().map(|w| estimate_metrics(&w.text)).collect();
    layout(words, &metrics, options)
}

/// Lays out `words`; `metrics[i]` is the size of `words[i]` at 1 px.
pub fn layout(
    words: &[CloudWord],
    metrics: &[WordMetrics],
    options: &CloudOptions,
) -> Result<CloudLayout, ArahError> {
    validate(words, metrics, options)?;
    let chosen = heaviest(words, options.max_words);
    if chosen.is_empty() {
        return Err(ArahError::NoTerms);
    }
    let sizes = fitted_font_sizes(&chosen, words, metrics, options);

    let columns = (options.width / CELL).floor() as usize;
    let rows = (options.height / CELL).floor() as usize;
    let mut rng = Rng::new(options.seed);
    let mut placer = Placer {
        board: Board::new(columns, rows),
        spiral: Spiral::new(
            columns / STRIDE as usize,
            rows / STRIDE as usize,
            rng.next_f64() * std::f64::consts::TAU,
            rng.next_u64() & 1 == 1,
        ),
        centre: (columns as i32 / 2, rows as i32 / 2),
        first_open: 0,
    };

    let mut placed = Vec::with_capacity(chosen.len());
    let mut dropped = Vec::new();
    for (rank, (&index, &size)) in chosen.iter().zip(&sizes).enumerate() {
        let word = &words[index];
        placer.skip_filled_prefix();
        let mut font_size = size;
        let spot = loop {
            if let Some(found) = placer.find_spot(metrics[index], font_size, options.padding) {
                break Some(found);
            }
            let smaller = font_size * SHRINK;
            if smaller < options.min_font_size {
                break None;
            }
            font_size = smaller;
        };
        match spot {
            Some((rect, x, y)) => {
                placer.board.fill(rect);
                let m = metrics[index];
                placed.push(PlacedWord {
                    text: word.text.clone(),
                    weight: word.weight,
                    font_size,
                    x,
                    y,
                    width: m.width * font_size,
                    ascent: m.ascent * font_size,
                    descent: m.descent * font_size,
                    rank,
                    members: word.members.clone(),
                });
            }
            None => dropped.push(word.text.clone()),
        }
    }
    Ok(CloudLayout {
        width: options.width,
        height: options.height,
        font_family: options.font_family.clone(),
        words: placed,
        dropped,
    })
}

fn validate(
    words: &[CloudWord],
    metrics: &[WordMetrics],
    options: &CloudOptions,
) -> Result<(), ArahError> {
    let invalid = |message: String| Err(ArahError::InvalidOption(message));
    if words.len() != metrics.len() {
        return invalid(format!(
            "{} words but {} measurements",
            words.len(),
            metrics.len()
        ));
    }
    for (side, value) in [("width", options.width), ("height", options.height)] {
        if !(value.is_finite() && (20.0..=MAX_SIDE).contains(&value)) {
            return invalid(format!(
                "{side} must be between 20 and {MAX_SIDE} pixels, not {value}"
            ));
        }
    }
    let (min, max) = (options.min_font_size, options.max_font_size);
    if !(min.is_finite() && max.is_finite() && min >= 1.0 && min <= max) {
        return invalid(format!(
            "font sizes must satisfy 1 ≤ minFontSize ≤ maxFontSize, got {min} and {max}"
        ));
    }
    if !(options.padding.is_finite() && (0.0..=50.0).contains(&options.padding)) {
        return invalid(format!(
            "padding must be between 0 and 50 pixels, not {}",
            options.padding
        ));
    }
    if let Some(word) = words
        .iter()
        .find(|w| !w.weight.is_finite() || w.weight < 0.0)
    {
        return invalid(format!(
            "the weight of “{}” must be a number ≥ 0",
            word.text
        ));
    }
    if let Some(i) = metrics.iter().position(|m| !m.is_usable()) {
        return invalid(format!(
            "the measurement of “{}” is not usable",
            words[i].text
        ));
    }
    Ok(())
}

/// Indices of the `limit` heaviest words with a visible weight, heaviest
/// first; ties in text order so the result never depends on input order.
fn heaviest(words: &[CloudWord], limit: usize) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].weight > 0.0 && !words[i].text.trim().is_empty())
        .collect();
    indices.sort_unstable_by(|&a, &b| {
        words[b]
            .weight
            .total_cmp(&words[a].weight)
            .then_with(|| words[a].text.cmp(&words[b].text))
            .then(a.cmp(&b))
    });
    indices.truncate(limit);
    indices
}

/// Font sizes from weights on the chosen scale, then scaled down together
/// until the largest word fits the width and all boxes cover no more than
/// `TARGET_COVERAGE` of the area.
fn fitted_font_sizes(
    chosen: &[usize],
    words: &[CloudWord],
    metrics: &[WordMetrics],
    options: &CloudOptions,
) -> Vec<f64> {
    let transform = |w: f64| match options.scale {
        Scale::Linear => w,
        Scale::Sqrt => w.sqrt(),
        Scale::Log => (1.0 + w).ln(),
    };
    let heaviest = transform(words[chosen[0]].weight);
    let lightest = transform(words[*chosen.last().unwrap_or(&chosen[0])].weight);
    let span = heaviest - lightest;
    let (min, max) = (options.min_font_size, options.max_font_size);
    let mut sizes: Vec<f64> = chosen
        .iter()
        .map(|&i| {
            let t = if span > 0.0 {
                (transform(words[i].weight) - lightest) / span
            } else {
                1.0
            };
            min + t * (max - min)
        })
        .collect();

    let area = options.width * options.height;
    let box_area = |sizes: &[f64]| -> f64 {
        chosen
            .iter()
            .zip(sizes)
            .map(|(&i, s)| {
                let m = metrics[i];
                (m.width * s + 2.0 * options.padding)
                    * ((m.ascent + m.descent) * s + 2.0 * options.padding)
            })
            .sum()
    };
    let widest = chosen
        .iter()
        .zip(&sizes)
        .map(|(&i, s)| metrics[i].width * s)
        .fold(0.0, f64::max);
    let tallest = chosen
        .iter()
        .zip(&sizes)
        .map(|(&i, s)| (metrics[i].ascent + metrics[i].descent) * s)
        .fold(0.0, f64::max);
    let mut factor = (0.9 * options.width / widest)
        .min(0.5 * options.height / tallest)
        .min(1.0);
    let scaled: Vec<f64> = sizes.iter().map(|s| (s * factor).max(min)).collect();
    let coverage = box_area(&scaled) / area;
    if coverage > TARGET_COVERAGE {
        factor *= (TARGET_COVERAGE / coverage).sqrt();
    }
    for size in &mut sizes {
        *size = (*size * factor).max(min);
    }
    sizes
}

/// The board and the spiral every word walks from the board's centre.
struct Placer {
    board: Board,
    spiral: Spiral,
    centre: (i32, i32),
    /// Spiral points before this index have their cell taken. Cells are only
    /// ever taken, never freed, so no later word needs to look at them.
    first_open: usize,
}

impl Placer {
    /// The cell under spiral point `index`, if it is on the board.
    fn cell(&mut self, index: usize) -> Option<Option<(usize, usize)>> {
        let (dx, dy) = self.spiral.point(index)?;
        let column = self.centre.0 + STRIDE * dx as i32;
        let row = self.centre.1 + STRIDE * dy as i32;
        let on_board = column >= 0
            && row >= 0
            && (column as usize) < self.board.columns()
            && (row as usize) < self.board.rows();
        Some(on_board.then_some((column as usize, row as usize)))
    }

    fn skip_filled_prefix(&mut self) {
        while let Some(Some((column, row))) = self.cell(self.first_open) {
            if !self.board.is_taken(column, row) {
                break;
            }
            self.first_open += 1;
        }
    }

    /// The first free spot along the spiral for a word at `font_size`: its
    /// cells, left edge and baseline in pixels. Spots that would cut the word
    /// off at an edge are skipped, and so is any spot whose centre cell is
    /// taken, before the whole box is tested.
    fn find_spot(
        &mut self,
        metrics: WordMetrics,
        font_size: f64,
        padding: f64,
    ) -> Option<(CellRect, f64, f64)> {
        let width = metrics.width * font_size + 2.0 * padding;
        let height = (metrics.ascent + metrics.descent) * font_size + 2.0 * padding;
        let span_columns = (width / CELL).ceil() as usize;
        let span_rows = (height / CELL).ceil() as usize;
        let (columns, rows) = (self.board.columns(), self.board.rows());
        if span_columns > columns || span_rows > rows {
            return None;
        }
        let mut index = self.first_open;
        while let Some(cell) = self.cell(index) {
            index += 1;
            let Some((column, row)) = cell else { continue };
            if self.board.is_taken(column, row) {
                continue;
            }
            let (Some(left), Some(top)) = (
                column.checked_sub(span_columns / 2),
                row.checked_sub(span_rows / 2),
            ) else {
                continue;
            };
            if left + span_columns > columns || top + span_rows > rows {
                continue;
            }
            let rect = CellRect {
                left,
                top,
                right: left + span_columns,
                bottom: top + span_rows,
            };
            if self.board.is_free(rect) {
                let x = left as f64 * CELL + padding;
                let baseline = top as f64 * CELL + padding + metrics.ascent * font_size;
                return Some((rect, x, baseline));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> Vec<CloudWord> {
        (0..n)
            .map(|i| CloudWord {
                text: format!("kata{i}"),
                weight: (n - i) as f64,
                members: Vec::new(),
            })
            .collect()
    }

    fn overlaps(a: &PlacedWord, b: &PlacedWord) -> bool {
        a.x < b.right() && b.x < a.right() && a.top() < b.bottom() && b.top() < a.bottom()
    }

    #[test]
    fn no_two_boxes_overlap_and_all_stay_inside() {
        for seed in 0..5 {
            let options = CloudOptions {
                seed,
                ..CloudOptions::default()
            };
            let layout = layout_estimated(&words(120), &options).unwrap();
            assert!(
                layout.words.len() >= 100,
                "only {} placed",
                layout.words.len()
            );
            for (i, a) in layout.words.iter().enumerate() {
                assert!(a.x >= 0.0 && a.top() >= 0.0, "{} cut off", a.text);
                assert!(
                    a.right() <= options.width && a.bottom() <= options.height,
                    "{} cut off",
                    a.text
                );
                for b in &layout.words[i + 1..] {
                    assert!(!overlaps(a, b), "{} overlaps {}", a.text, b.text);
                }
            }
        }
    }

    #[test]
    fn same_seed_same_layout_other_seed_other_layout() {
        let options = CloudOptions::default();
        let first = layout_estimated(&words(60), &options).unwrap();
        let second = layout_estimated(&words(60), &options).unwrap();
        assert_eq!(first, second);
        let other = layout_estimated(
            &words(60),
            &CloudOptions {
                seed: 99,
                ..options
            },
        )
        .unwrap();
        assert_ne!(first.words, other.words);
    }

    #[test]
    fn heavier_words_are_larger() {
        let layout = layout_estimated(&words(30), &CloudOptions::default()).unwrap();
        let size_of = |text: &str| {
            layout
                .words
                .iter()
                .find(|w| w.text == text)
                .unwrap()
                .font_size
        };
        assert!(size_of("kata0") > size_of("kata29"));
        assert_eq!(layout.words[0].rank, 0);
    }

    #[test]
    fn a_long_word_is_shrunk_to_fit() {
        let long = vec![CloudWord {
            text: "a".repeat(60),
            weight: 5.0,
            members: Vec::new(),
        }];
        let layout = layout_estimated(&long, &CloudOptions::default()).unwrap();
        assert_eq!(layout.words.len(), 1);
        assert!(layout.words[0].right() <= 800.0);
    }

    #[test]
    fn a_word_too_long_even_at_the_minimum_size_is_reported_not_cut() {
        let huge = vec![CloudWord {
            text: "a".repeat(300),
            weight: 5.0,
            members: Vec::new(),
        }];
        let layout = layout_estimated(&huge, &CloudOptions::default()).unwrap();
        assert!(layout.words.is_empty());
        assert_eq!(layout.dropped.len(), 1);
    }

    #[test]
    fn words_that_cannot_fit_are_reported() {
        let options = CloudOptions {
            width: 60.0,
            height: 30.0,
            ..CloudOptions::default()
        };
        let layout = layout_estimated(&words(40), &options).unwrap();
        assert!(!layout.dropped.is_empty());
        assert_eq!(layout.words.len() + layout.dropped.len(), 40);
    }

    #[test]
    fn no_words_is_an_error() {
        assert_eq!(
            layout_estimated(&[], &CloudOptions::default()),
            Err(ArahError::NoTerms)
        );
    }

    #[test]
    fn bad_options_are_explained() {
        let options = CloudOptions {
            width: f64::NAN,
            ..CloudOptions::default()
        };
        let error = layout_estimated(&words(3), &options).unwrap_err();
        assert!(error.to_string().contains("width"), "{error}");
        let negative = vec![CloudWord {
            text: "x".into(),
            weight: -1.0,
            members: Vec::new(),
        }];
        let error = layout_estimated(&negative, &CloudOptions::default()).unwrap_err();
        assert!(error.to_string().contains("weight"), "{error}");
    }
}
