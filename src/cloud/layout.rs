//! Placement: the heaviest word first, each at the first spot along the
//! spiral where its mask meets no taken cell. A top-K word that finds no room
//! shrinks every size and the layout starts again; any other word gets one
//! more try at the minimum font size and is then reported as dropped.

use super::board::Board;
use super::glyphs::{EstimatedGlyphs, InkRect, MaskSource};
use super::mask::{Mask, CELL};
use super::metrics::WordMetrics;
use super::spiral::{spiral, Rng};
use super::{CloudLayout, CloudOptions, CloudWord, PlacedWord, Rotate, Scale, Shape};
use crate::error::ArahError;

/// Largest drawing area side, in pixels.
const MAX_SIDE: f64 = 8000.0;
/// Share of the free area the words' boxes may cover before sizes shrink.
const TARGET_COVERAGE: f64 = 0.5;
/// Each restart for a top-K word that did not fit multiplies sizes by this.
const SHRINK: f64 = 0.85;
const MAX_RESTARTS: usize = 40;
/// Below this a top-K word is given up and reported with a warning.
const SMALLEST_FONT: f64 = 1.0;
/// Legend rows of a comparison cloud, in pixels.
pub const LEGEND_ROW: f64 = 18.0;

/// Lays out `words` with the native stand-in glyphs.
pub fn layout_estimated(
    words: &[CloudWord],
    options: &CloudOptions,
) -> Result<CloudLayout, ArahError> {
    let glyphs = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
    layout(words, &glyphs, options)
}

/// Lays out `words`; word `i` of `glyphs` is `words[i]`.
pub fn layout(
    words: &[CloudWord],
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
) -> Result<CloudLayout, ArahError> {
    place_words(words, glyphs, options, None)
}

/// The legend's box at the top left of a comparison cloud: width, height.
pub fn legend_box(groups: &[String], width: f64) -> (f64, f64) {
    let longest = groups.iter().map(|g| g.chars().count()).max().unwrap_or(0);
    (
        (26.0 + 7.5 * longest as f64).min(width / 3.0),
        8.0 + LEGEND_ROW * groups.len() as f64,
    )
}

/// A placed mask and the board cell of its top-left corner.
pub(crate) type PlacedMask = (Mask, usize, usize);

/// [`layout`], also handing back every placed mask (for tests).
pub(crate) fn place_words(
    words: &[CloudWord],
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
    mut masks: Option<&mut Vec<PlacedMask>>,
) -> Result<CloudLayout, ArahError> {
    validate(words, options)?;
    let eligible = words
        .iter()
        .filter(|w| w.weight > 0.0 && !w.text.trim().is_empty())
        .count();
    let chosen = heaviest(words, options.max_words);
    if chosen.is_empty() {
        return Err(ArahError::NoTerms);
    }
    let metrics: Vec<WordMetrics> = chosen.iter().map(|&i| glyphs.metrics(i)).collect();
    if let Some(k) = metrics.iter().position(|m| !m.is_usable()) {
        return Err(ArahError::InvalidOption(format!(
            "the measurement of “{}” is not usable",
            words[chosen[k]].text
        )));
    }
    let mut result = CloudLayout {
        width: options.width,
        height: options.height,
        font_family: options.font_family.clone(),
        theme: options.theme,
        groups: options.groups.clone(),
        words: Vec::with_capacity(chosen.len()),
        dropped: Vec::new(),
        omitted: eligible - chosen.len(),
        warning: None,
    };

    let columns = (options.width / CELL) as usize;
    let rows = (options.height / CELL) as usize;
    let template = board_for(columns, rows, options)?;
    let free = template.free_cells();
    if free == 0 {
        result.dropped = chosen.iter().map(|&i| words[i].text.clone()).collect();
        result.warning = Some("the shape leaves no free pixel: nothing was placed".into());
        return Ok(result);
    }
    let sizes = fitted_font_sizes(&chosen, words, &metrics, options, free as f64 * CELL * CELL);

    let mut rng = Rng::new(options.seed);
    let sectored = options.groups.len() >= 2;
    let reach = if sectored { 0 } else { columns.min(rows) / 16 };
    let mut jitter = || (rng.next_u64() % (2 * reach as u64 + 1)) as i32 - reach as i32;
    let start = (columns as i32 / 2 + jitter(), rows as i32 / 2 + jitter());
    let flip = (
        if rng.next_u64() & 1 == 1 { -1 } else { 1 },
        if rng.next_u64() & 1 == 1 { -1 } else { 1 },
    );
    let angles: Vec<f64> = chosen
        .iter()
        .map(|_| pick_angle(options, &mut rng))
        .collect();
    let points = spiral(columns, rows, reach);
    let sectors = if sectored {
        sectors_of(&points, start, flip, columns, rows, options.groups.len())
    } else {
        Vec::new()
    };
    let pad = (options.padding / CELL).ceil() as usize;
    let keep = options.keep_top.min(chosen.len());
    let mut ink: Vec<InkRect> = Vec::new();
    let mut factor = 1.0;
    let mut restarts = 0;

    'attempt: loop {
        let mut walk = Walk {
            board: template.clone(),
            points: &points,
            sectors: &sectors,
            start,
            flip,
            first_open: 0,
        };
        result.words.clear();
        result.dropped.clear();
        result.warning = None;
        if let Some(m) = masks.as_deref_mut() {
            m.clear();
        }
        for (rank, &index) in chosen.iter().enumerate() {
            let word = &words[index];
            let m = metrics[rank];
            let size = sizes[rank] * factor;
            let angle = angles[rank];
            let sector = word.group.filter(|_| sectored).map(|g| g as u8);
            let tries = if rank < keep {
                [(size, angle), (size, 0.0)]
            } else {
                [(size, angle), (options.min_font_size, angle)]
            };
            let mut found = None;
            for (n, &(font_size, angle)) in tries.iter().enumerate() {
                if n == 1 && (tries[1] == tries[0] || font_size > size) {
                    break;
                }
                ink.clear();
                glyphs.ink(index, font_size, &mut ink);
                let centre = (
                    m.width * font_size / 2.0,
                    (m.descent - m.ascent) * font_size / 2.0,
                );
                let mask = Mask::build(&ink, centre, angle, pad);
                if let Some(spot) = walk.find(&mask, sector) {
                    found = Some((font_size, angle, spot, mask));
                    break;
                }
            }
            let Some((font_size, angle, (x, y, column, row), mask)) = found else {
                if rank < keep && size * SHRINK >= SMALLEST_FONT && restarts < MAX_RESTARTS {
                    factor *= SHRINK;
                    restarts += 1;
                    continue 'attempt;
                }
                if rank < keep {
                    result.warning = Some(format!(
                        "“{}” does not fit the area even at {} px",
                        word.text,
                        crate::render::number::fmt_number(size)
                    ));
                }
                result.dropped.push(word.text.clone());
                continue;
            };
            if let Some(m) = masks.as_deref_mut() {
                m.push((mask, x, y));
            }
            let (cx, cy) = (column as f64 * CELL, row as f64 * CELL);
            result.words.push(PlacedWord {
                text: word.text.clone(),
                weight: word.weight,
                count: word.count.unwrap_or(word.weight),
                font_size,
                x: cx - m.width * font_size / 2.0,
                y: cy + (m.ascent - m.descent) * font_size / 2.0,
                width: m.width * font_size,
                ascent: m.ascent * font_size,
                descent: m.descent * font_size,
                angle,
                cx,
                cy,
                u: cx / options.width,
                v: cy / options.height,
                rank,
                group: word.group,
                members: word.members.clone(),
            });
        }
        return Ok(result);
    }
}

/// The board and the spiral every word walks from the seeded start.
struct Walk<'a> {
    board: Board,
    points: &'a [(i16, i16)],
    /// Sector of each spiral point (comparison clouds), else empty.
    sectors: &'a [u8],
    start: (i32, i32),
    flip: (i32, i32),
    /// Spiral points before this index have their cell taken. Cells are only
    /// ever taken, and every mask covers its centre cell, so no later word
    /// can be centred there.
    first_open: usize,
}

impl Walk<'_> {
    fn cell(&self, index: usize) -> (i32, i32) {
        let (dx, dy) = self.points[index];
        (
            self.start.0 + self.flip.0 * dx as i32,
            self.start.1 + self.flip.1 * dy as i32,
        )
    }

    fn on_board(&self, (column, row): (i32, i32)) -> bool {
        column >= 0
            && row >= 0
            && (column as usize) < self.board.columns()
            && (row as usize) < self.board.rows()
    }

    /// Places `mask` at the first free spot along the spiral: its top-left
    /// cell and centre cell.
    fn find(&mut self, mask: &Mask, sector: Option<u8>) -> Option<(usize, usize, i32, i32)> {
        while self.first_open < self.points.len() {
            let cell = self.cell(self.first_open);
            if !self.on_board(cell) || !self.board.is_taken(cell.0 as usize, cell.1 as usize) {
                break;
            }
            self.first_open += 1;
        }
        for index in self.first_open..self.points.len() {
            if sector.is_some_and(|s| self.sectors[index] != s) {
                continue;
            }
            let (column, row) = self.cell(index);
            let Some((x, y)) = self.board.origin(mask, column, row) else {
                continue;
            };
            if self.board.is_taken(column as usize, row as usize) || self.board.collides(mask, x, y)
            {
                continue;
            }
            self.board.place(mask, x, y);
            return Some((x, y, column, row));
        }
        None
    }
}

/// The sector (of `count`, clockwise from the top) of each spiral point's
/// cell, as seen from the centre of the area, stretched to a square.
fn sectors_of(
    points: &[(i16, i16)],
    start: (i32, i32),
    flip: (i32, i32),
    columns: usize,
    rows: usize,
    count: usize,
) -> Vec<u8> {
    let tau = std::f64::consts::TAU;
    let (mid_x, mid_y) = (columns as f64 / 2.0, rows as f64 / 2.0);
    points
        .iter()
        .map(|&(dx, dy)| {
            let x = (start.0 + flip.0 * dx as i32) as f64 - mid_x;
            let y = (start.1 + flip.1 * dy as i32) as f64 - mid_y;
            let turn = ((y / rows as f64).atan2(x / columns as f64) + tau / 4.0).rem_euclid(tau);
            ((turn / tau * count as f64) as usize).min(count - 1) as u8
        })
        .collect()
}

fn pick_angle(options: &CloudOptions, rng: &mut Rng) -> f64 {
    match options.rotate {
        Rotate::None => 0.0,
        Rotate::Mixed => {
            if rng.next_f64() < options.rotate_ratio {
                -90.0
            } else {
                0.0
            }
        }
        Rotate::Angles if options.angles.is_empty() => 0.0,
        Rotate::Angles => options.angles[(rng.next_u64() % options.angles.len() as u64) as usize],
    }
}

/// The board with every cell outside the shape, and the legend, taken.
pub(crate) fn board_for(
    columns: usize,
    rows: usize,
    options: &CloudOptions,
) -> Result<Board, ArahError> {
    let mut board = Board::new(columns, rows);
    match &options.shape {
        Shape::Rectangle => {}
        Shape::Ellipse => {
            // A cell is inside when all of it is: at its row edge farther
            // from the middle, between the ellipse's sides.
            let (a, b) = (columns as f64 / 2.0, rows as f64 / 2.0);
            for row in 0..rows {
                let edge = (row as f64 - b).abs().max((row as f64 + 1.0 - b).abs());
                let t = 1.0 - (edge / b) * (edge / b);
                let half = if t > 0.0 { a * t.sqrt() } else { -1.0 };
                for column in 0..columns {
                    let inside = column as f64 >= a - half && column as f64 + 1.0 <= a + half;
                    if !inside {
                        board.take(column, row);
                    }
                }
            }
        }
        Shape::Alpha(shape) => {
            let (w, h) = (shape.width, shape.height);
            if w == 0 || h == 0 || shape.alpha.len() != w * h {
                return Err(ArahError::InvalidOption(
                    "the shape's alpha buffer must hold width × height bytes".into(),
                ));
            }
            // A cell is inside when every image pixel under it is opaque.
            for row in 0..rows {
                let (y0, y1) = (row * h / rows, ((row + 1) * h).div_ceil(rows).min(h));
                for column in 0..columns {
                    let (x0, x1) = (
                        column * w / columns,
                        ((column + 1) * w).div_ceil(columns).min(w),
                    );
                    let inside = (y0..y1.max(y0 + 1)).all(|y| {
                        shape.alpha[y * w + x0..y * w + x1.max(x0 + 1)]
                            .iter()
                            .all(|&a| a >= 128)
                    });
                    if !inside {
                        board.take(column, row);
                    }
                }
            }
        }
    }
    if options.groups.len() >= 2 {
        let (lw, lh) = legend_box(&options.groups, options.width);
        let (lc, lr) = ((lw / CELL).ceil() as usize, (lh / CELL).ceil() as usize);
        for row in 0..lr.min(rows) {
            for column in 0..lc.min(columns) {
                board.take(column, row);
            }
        }
    }
    Ok(board)
}

fn validate(words: &[CloudWord], options: &CloudOptions) -> Result<(), ArahError> {
    let invalid = |message: String| Err(ArahError::InvalidOption(message));
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
    if !(0.0..=1.0).contains(&options.rotate_ratio) {
        return invalid("rotateRatio must be between 0 and 1".into());
    }
    if options.angles.iter().any(|a| !a.is_finite()) {
        return invalid("angles must be numbers of degrees".into());
    }
    if options.groups.len() > 255 {
        return invalid("at most 255 groups".into());
    }
    for word in words {
        if !word.weight.is_finite() || word.weight < 0.0 {
            return invalid(format!(
                "the weight of “{}” must be a number ≥ 0",
                word.text
            ));
        }
        if word.group.is_some_and(|g| g >= options.groups.len().max(1)) {
            return invalid(format!(
                "the group of “{}” is not one of the {} groups",
                word.text,
                options.groups.len()
            ));
        }
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
/// until the largest word fits the area and all boxes cover no more than
/// `TARGET_COVERAGE` of the free area.
fn fitted_font_sizes(
    chosen: &[usize],
    words: &[CloudWord],
    metrics: &[WordMetrics],
    options: &CloudOptions,
    free_area: f64,
) -> Vec<f64> {
    let transform = |w: f64| match options.scale {
        Scale::Linear => w,
        Scale::Sqrt => w.sqrt(),
        Scale::Log => (1.0 + w).ln(),
    };
    let heaviest = transform(words[chosen[0]].weight);
    let lightest = transform(words[chosen[chosen.len() - 1]].weight);
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
    let pad = 2.0 * options.padding;
    let box_area = |factor: f64| -> f64 {
        metrics
            .iter()
            .zip(&sizes)
            .map(|(m, s)| {
                let s = (s * factor).max(min);
                (m.width * s + pad) * ((m.ascent + m.descent) * s + pad)
            })
            .sum()
    };
    let (mut widest, mut tallest) = (0.0f64, 0.0f64);
    for (m, s) in metrics.iter().zip(&sizes) {
        widest = widest.max(m.width * s);
        tallest = tallest.max((m.ascent + m.descent) * s);
    }
    let mut factor = (0.9 * options.width / widest)
        .min(0.5 * options.height / tallest)
        .min(1.0);
    let coverage = box_area(factor) / free_area;
    if coverage > TARGET_COVERAGE {
        factor *= (TARGET_COVERAGE / coverage).sqrt();
    }
    for size in &mut sizes {
        *size = (*size * factor).max(min);
    }
    sizes
}
