//! Placement: the heaviest word first, each at the first spot along the
//! spiral where its mask meets no taken cell. A top-K word that finds no room
//! shrinks every size and the layout starts again; any other word gets one
//! more try at the minimum font size and is then reported as dropped.

use super::board::Board;
use super::glyphs::{EstimatedGlyphs, InkRect, MaskSource};
use super::mask::{Mask, CELL};
use super::metrics::WordMetrics;
use super::spiral::{pseudo_angle, spiral, Rng, STRIDE};
use super::{CloudLayout, CloudOptions, CloudWord, PlacedWord, Rotate, Scale, Shape};
use crate::error::ArahError;
use crate::number::fmt_number;

// `Route` and `Walk::kill_under` index stride points as every other cell.
const _: () = assert!(STRIDE == 2);

/// Largest drawing area side, in pixels.
const MAX_SIDE: f64 = 8000.0;
/// Share of the free area the words' boxes may cover before sizes shrink.
const TARGET_COVERAGE: f64 = 0.5;
/// Each restart for a top-K word that did not fit multiplies sizes by this.
const SHRINK: f64 = 0.85;
const MAX_RESTARTS: usize = 40;
/// Below this a top-K word is given up and reported with a warning.
const SMALLEST_FONT: f64 = 1.0;
/// Groups a comparison cloud may have: each cell of its area records its
/// group's sector in a byte.
pub const MAX_GROUPS: usize = 255;
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

/// [`layout`], also handing back every placed mask (for tests). The steps,
/// in order: choose and measure the words ([`chosen_words`]), make the board
/// ([`board_for`]), fit the font sizes to its free area, draw the seeded
/// start, mirroring and angles ([`seeded_route`]), then attempt the
/// placement ([`place_attempt`]), shrinking every size and starting again
/// while a top-K word finds no room; each attempt first builds every word's
/// masks ([`mask_plans`]) and the cores they share ([`cores_of`]).
pub(crate) fn place_words(
    words: &[CloudWord],
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
    mut masks: Option<&mut Vec<PlacedMask>>,
) -> Result<CloudLayout, ArahError> {
    let chosen = chosen_words(words, glyphs, options)?;
    let mut result = CloudLayout {
        width: options.width,
        height: options.height,
        font_family: options.font_family.clone(),
        theme: options.theme,
        groups: options.groups.clone(),
        words: Vec::with_capacity(chosen.indices.len()),
        dropped: Vec::new(),
        omitted: chosen.omitted,
        warning: None,
    };

    let columns = (options.width / CELL) as usize;
    let rows = (options.height / CELL) as usize;
    let template = board_for(columns, rows, options)?;
    let free = template.free_cells();
    if free == 0 {
        result.dropped = chosen
            .indices
            .iter()
            .map(|&i| words[i].text.clone())
            .collect();
        result.warning = Some("the shape leaves no free pixel: nothing was placed".into());
        return Ok(result);
    }
    let sizes = fitted_font_sizes(
        &chosen.indices,
        words,
        &chosen.metrics,
        options,
        free as f64 * CELL * CELL,
    );
    let (route, angles) = seeded_route(options, columns, rows, chosen.indices.len());
    let keep = options.keep_top.min(chosen.indices.len());
    let mut factor = 1.0;
    let mut restarts = 0;
    loop {
        let attempt = Attempt {
            words,
            chosen: &chosen,
            sizes: &sizes,
            angles: &angles,
            factor,
            keep,
            may_restart: restarts < MAX_RESTARTS,
        };
        let plans = mask_plans(&attempt, glyphs, options);
        let cores = cores_of(&plans);
        let mut walk = Walk::new(&template, &route);
        let placed = place_attempt(
            &attempt,
            plans,
            &cores,
            &mut walk,
            options,
            &mut result,
            masks.as_deref_mut(),
        );
        match placed {
            Ok(()) => return Ok(result),
            Err(Restart) => {
                factor *= SHRINK;
                restarts += 1;
            }
        }
    }
}

/// The words a layout places, heaviest first, with their measurements.
struct Chosen {
    /// Indices into the caller's words.
    indices: Vec<usize>,
    /// `metrics[rank]`: the measurement of word `indices[rank]`.
    metrics: Vec<WordMetrics>,
    /// Words beyond `max_words`, left out on purpose.
    omitted: usize,
}

/// Checks the options, chooses the `max_words` heaviest words and measures
/// them.
fn chosen_words(
    words: &[CloudWord],
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
) -> Result<Chosen, ArahError> {
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
    Ok(Chosen {
        omitted: eligible - chosen.len(),
        indices: chosen,
        metrics,
    })
}

/// Everything the seed decides, drawn in this order: the spiral's start
/// (jittered about the centre, except in a comparison cloud), its mirroring,
/// and each word's angle. Returns the route and the angles.
fn seeded_route(
    options: &CloudOptions,
    columns: usize,
    rows: usize,
    words: usize,
) -> (Route, Vec<f64>) {
    let mut rng = Rng::new(options.seed);
    let sectored = options.groups.len() >= 2;
    let reach = if sectored { 0 } else { columns.min(rows) / 16 };
    let mut jitter = || (rng.next_u64() % (2 * reach as u64 + 1)) as i32 - reach as i32;
    let start = (columns as i32 / 2 + jitter(), rows as i32 / 2 + jitter());
    let flip = (
        if rng.next_u64() & 1 == 1 { -1 } else { 1 },
        if rng.next_u64() & 1 == 1 { -1 } else { 1 },
    );
    let angles: Vec<f64> = (0..words).map(|_| pick_angle(options, &mut rng)).collect();
    let route = Route::new(
        &spiral(columns, rows, reach),
        start,
        flip,
        (columns, rows),
        options.groups.len(),
    );
    (route, angles)
}

/// One placement attempt's inputs: sizes are `sizes[rank] * factor`.
struct Attempt<'a> {
    words: &'a [CloudWord],
    chosen: &'a Chosen,
    sizes: &'a [f64],
    angles: &'a [f64],
    factor: f64,
    /// The top K, which shrink the layout rather than be dropped.
    keep: usize,
    /// Restarts are left: a top-K word that finds no room may shrink sizes.
    may_restart: bool,
}

/// A top-K word found no room and sizes may shrink: start again.
struct Restart;

/// A mask a word may be placed with: font size, angle, mask.
type Plan = (f64, f64, Mask);

/// Every mask the attempt may try, per word: at its size and angle, then
/// unturned (top K) or at the minimum size (the others).
fn mask_plans(
    attempt: &Attempt<'_>,
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
) -> Vec<Vec<Plan>> {
    let pad = (options.padding / CELL).ceil() as usize;
    let mut ink: Vec<InkRect> = Vec::new();
    let chosen = attempt.chosen;
    let mut plans: Vec<Vec<Plan>> = Vec::with_capacity(chosen.indices.len());
    for (rank, &index) in chosen.indices.iter().enumerate() {
        let m = chosen.metrics[rank];
        let (size, angle) = (attempt.sizes[rank] * attempt.factor, attempt.angles[rank]);
        let second = if rank < attempt.keep {
            (size, 0.0)
        } else {
            (options.min_font_size.min(size), angle)
        };
        let mut plan = Vec::with_capacity(2);
        for (font_size, angle) in [(size, angle), second] {
            if plan
                .last()
                .is_some_and(|p: &Plan| (p.0, p.1) == (font_size, angle))
            {
                continue;
            }
            ink.clear();
            glyphs.ink(index, font_size, &mut ink);
            let centre = (
                m.width * font_size / 2.0,
                (m.descent - m.ascent) * font_size / 2.0,
            );
            plan.push((font_size, angle, Mask::build(&ink, centre, angle, pad)));
        }
        plans.push(plan);
    }
    plans
}

/// `cores[k]`: the cells every mask of words k.. covers (about the centre);
/// a point with one of them taken is dead from word k on.
fn cores_of(plans: &[Vec<Plan>]) -> Vec<Mask> {
    let mut cores: Vec<Mask> = Vec::with_capacity(plans.len());
    let mut core: Option<Mask> = None;
    for plan in plans.iter().rev() {
        for (_, _, mask) in plan {
            core = Some(match core {
                None => mask.clone(),
                Some(c) => c.intersect(mask),
            });
        }
        cores.push(core.clone().unwrap_or_else(Mask::centre));
    }
    cores.reverse();
    cores
}

/// Places the words of one attempt in rank order into `result` (and their
/// masks into `masks`), each at the first spot along the route where one of
/// its masks fits; a word with none is dropped, or, among the top K while
/// sizes may shrink, ends the attempt.
fn place_attempt(
    attempt: &Attempt<'_>,
    plans: Vec<Vec<Plan>>,
    cores: &[Mask],
    walk: &mut Walk<'_>,
    options: &CloudOptions,
    result: &mut CloudLayout,
    mut masks: Option<&mut Vec<PlacedMask>>,
) -> Result<(), Restart> {
    result.words.clear();
    result.dropped.clear();
    result.warning = None;
    if let Some(m) = masks.as_deref_mut() {
        m.clear();
    }
    let sectored = options.groups.len() >= 2;
    let chosen = attempt.chosen;
    for (rank, (&index, plan)) in chosen.indices.iter().zip(plans).enumerate() {
        let word = &attempt.words[index];
        let size = attempt.sizes[rank] * attempt.factor;
        let sector = word.group.filter(|_| sectored).map(|g| g as u8);
        let mut found = None;
        for (font_size, angle, mask) in plan {
            if let Some(spot) = walk.find(&mask, &cores[rank], sector) {
                found = Some((font_size, angle, spot, mask));
                break;
            }
        }
        let Some((font_size, angle, (x, y, column, row), mask)) = found else {
            if rank < attempt.keep && size * SHRINK >= SMALLEST_FONT && attempt.may_restart {
                return Err(Restart);
            }
            if rank < attempt.keep {
                result.warning = Some(format!(
                    "“{}” does not fit the area even at {} px",
                    shortened(&word.text),
                    fmt_number(size)
                ));
            }
            result.dropped.push(word.text.clone());
            continue;
        };
        if let Some(m) = masks.as_deref_mut() {
            m.push((mask, x, y));
        }
        let centre = (column as f64 * CELL, row as f64 * CELL);
        let m = chosen.metrics[rank];
        result.words.push(placed_word(
            word, &m, font_size, angle, centre, rank, options,
        ));
    }
    Ok(())
}

/// A word placed with its centre at `(cx, cy)`.
fn placed_word(
    word: &CloudWord,
    m: &WordMetrics,
    font_size: f64,
    angle: f64,
    (cx, cy): (f64, f64),
    rank: usize,
    options: &CloudOptions,
) -> PlacedWord {
    PlacedWord {
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
    }
}

/// The spiral as this layout walks it: the board cells of its points from
/// the seeded start (mirrored by the seed), off-board points and repeats left
/// out; in a comparison cloud, ordered by sector (each sector's points in
/// spiral order) so a group's words walk only their own.
struct Route {
    cells: Box<[(u16, u16)]>,
    /// Points of sector `s`: `sectors[s]..sectors[s + 1]`.
    sectors: Vec<usize>,
    /// Sector of every board cell (comparison clouds), else empty.
    cell_sector: Box<[u8]>,
    columns: usize,
    /// Route index of each stride cell (`u32::MAX`: none); stride cells are
    /// those with the parity of `start`.
    index_of: Box<[u32]>,
    parity: (usize, usize),
    grid_columns: usize,
}

impl Route {
    fn new(
        points: &[(i16, i16)],
        start: (i32, i32),
        flip: (i32, i32),
        (columns, rows): (usize, usize),
        groups: usize,
    ) -> Self {
        let parity = (
            start.0.rem_euclid(2) as usize,
            start.1.rem_euclid(2) as usize,
        );
        let grid_columns = columns.div_ceil(2);
        let mut index_of = vec![u32::MAX; grid_columns * rows.div_ceil(2)];
        let count = if groups >= 2 { groups } else { 1 };
        // Clockwise from the top, the area stretched to a square; equal
        // pseudo-angles (see `spiral`), so two or four groups get exact
        // halves or quarters, other counts near-equal wedges.
        let (mid_x, mid_y) = (columns as f64 / 2.0, rows as f64 / 2.0);
        let sector_of = |c: usize, r: usize| {
            let u = (c as f64 + 0.5 - mid_x) / columns as f64;
            let v = (r as f64 + 0.5 - mid_y) / rows as f64;
            let from_top = pseudo_angle(u, v) + 0.25;
            let from_top = if from_top >= 1.0 {
                from_top - 1.0
            } else {
                from_top
            };
            ((from_top * count as f64) as usize).min(count - 1) as u8
        };
        let mut cell_sector = Vec::new();
        if count > 1 {
            cell_sector.reserve(rows * columns);
            for r in 0..rows {
                for c in 0..columns {
                    cell_sector.push(sector_of(c, r));
                }
            }
        }
        // The spiral visits each stride point once; one pass per sector.
        let mut cells = Vec::with_capacity(points.len());
        let mut sectors = vec![0];
        for sector in 0..count {
            for &(dx, dy) in points {
                let (c, r) = (start.0 + flip.0 * dx as i32, start.1 + flip.1 * dy as i32);
                if c < 0 || r < 0 || c as usize >= columns || r as usize >= rows {
                    continue;
                }
                let (c, r) = (c as usize, r as usize);
                if count == 1 || cell_sector[r * columns + c] as usize == sector {
                    cells.push((c as u16, r as u16));
                }
            }
            sectors.push(cells.len());
        }
        for (i, &(c, r)) in cells.iter().enumerate() {
            index_of[(r as usize / 2) * grid_columns + c as usize / 2] = i as u32;
        }
        Route {
            cells: cells.into_boxed_slice(),
            sectors,
            cell_sector: cell_sector.into_boxed_slice(),
            columns,
            index_of: index_of.into_boxed_slice(),
            parity,
            grid_columns,
        }
    }
}

impl Route {
    /// Whether all four corners of `mask` at (`x`, `y`) lie in sector
    /// `sector`; sectors are convex, so then all of the mask does.
    fn holds(&self, sector: u8, mask: &Mask, x: usize, y: usize) -> bool {
        let (x1, y1) = (x + mask.width - 1, y + mask.height - 1);
        [(x, y), (x1, y), (x, y1), (x1, y1)]
            .iter()
            .all(|&(c, r)| self.cell_sector[r * self.columns + c] == sector)
    }
}

/// A board and which route points may still take a word's centre.
struct Walk<'a> {
    board: Board,
    route: &'a Route,
    /// Skip list over dead points (centre cell taken; cells are only ever
    /// taken and every mask covers its centre cell, so no later word can be
    /// centred there): `next[i]` leads to the first live point ≥ `i`, with
    /// path compression; `next[len]` is the end.
    next: Box<[u32]>,
    /// Per point, a taken cell (offset from the centre) that stopped an
    /// earlier word there. Cells are never freed, so any later mask that
    /// covers that offset fails there too: one bit test instead of a
    /// collision test, and the layout is the same as without it.
    witness: Box<[(i16, i16)]>,
}

const NO_WITNESS: (i16, i16) = (i16::MIN, i16::MIN);

impl<'a> Walk<'a> {
    /// A walk of `route` on a fresh copy of `template`, its taken points
    /// already skipped.
    fn new(template: &Board, route: &'a Route) -> Walk<'a> {
        let mut walk = Walk {
            board: template.clone(),
            route,
            next: (0..=route.cells.len() as u32).collect(),
            witness: vec![NO_WITNESS; route.cells.len()].into_boxed_slice(),
        };
        for (i, &(c, r)) in route.cells.iter().enumerate() {
            if walk.board.is_taken(c as usize, r as usize) {
                walk.next[i] = i as u32 + 1;
            }
        }
        walk
    }

    #[inline(always)]
    fn live(&mut self, mut i: usize) -> usize {
        let mut root = i;
        while self.next[root] as usize != root {
            root = self.next[root] as usize;
        }
        while self.next[i] as usize != root {
            let n = self.next[i] as usize;
            self.next[i] = root as u32;
            i = n;
        }
        root
    }

    /// Places `mask` at the first free spot along the route (of its sector):
    /// its top-left cell and centre cell.
    /// `core`: cells every mask from this word on covers; a point whose
    /// witness is one of them is dead for good.
    fn find(
        &mut self,
        mask: &Mask,
        core: &Mask,
        sector: Option<u8>,
    ) -> Option<(usize, usize, i32, i32)> {
        let (first, end) = match sector {
            Some(s) => (
                self.route.sectors[s as usize],
                self.route.sectors[s as usize + 1],
            ),
            None => (0, self.route.cells.len()),
        };
        let mut index = self.live(first);
        while index < end {
            let (column, row) = self.route.cells[index];
            let (column, row) = (column as i32, row as i32);
            if let Some((x, y)) = self.board.origin(mask, column, row) {
                if sector.is_some_and(|s| !self.route.holds(s, mask, x, y)) {
                    index = self.live(index + 1);
                    continue;
                }
                let (wx, wy) = self.witness[index];
                let known = wx != i16::MIN && mask.covers(wx as i32, wy as i32);
                if known && core.covers(wx as i32, wy as i32) {
                    self.next[index] = index as u32 + 1;
                } else if !known {
                    // The core is part of this mask: when it is hit, so is
                    // the mask, and the point is dead for good.
                    let core_at = ((column + core.left) as usize, (row + core.top) as usize);
                    if self.board.collides(core, core_at.0, core_at.1) {
                        self.next[index] = index as u32 + 1;
                        index = self.live(index + 1);
                        continue;
                    }
                    match self.board.first_hit(mask, x, y) {
                        Some((hx, hy)) => {
                            let (dx, dy) = (hx as i32 - column, hy as i32 - row);
                            self.witness[index] = (dx as i16, dy as i16);
                            if core.covers(dx, dy) {
                                self.next[index] = index as u32 + 1;
                            }
                        }
                        None => {
                            self.board.place(mask, x, y);
                            self.kill_under(mask, x, y);
                            return Some((x, y, column, row));
                        }
                    }
                }
            }
            index = self.live(index + 1);
        }
        None
    }

    /// Marks the route points under the set cells of a placed mask dead.
    fn kill_under(&mut self, mask: &Mask, x: usize, y: usize) {
        let (px, py) = self.route.parity;
        let first_row = y + (py + 2 - y % 2) % 2;
        let first_column = x + (px + 2 - x % 2) % 2;
        for row in (first_row..y + mask.height).step_by(2) {
            for column in (first_column..x + mask.width).step_by(2) {
                if mask.get(column - x, row - y) {
                    let slot = (row / 2) * self.route.grid_columns + column / 2;
                    let i = self.route.index_of[slot];
                    if i != u32::MAX {
                        self.next[i as usize] = i + 1;
                    }
                }
            }
        }
    }
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
                "{side} must be between 20 and {} pixels, not {}",
                fmt_number(MAX_SIDE),
                fmt_number(value)
            ));
        }
    }
    let (min, max) = (options.min_font_size, options.max_font_size);
    if !(min.is_finite() && max.is_finite() && min >= 1.0 && min <= max) {
        return invalid(format!(
            "font sizes must satisfy 1 ≤ minFontSize ≤ maxFontSize, got {} and {}",
            fmt_number(min),
            fmt_number(max)
        ));
    }
    if !(options.padding.is_finite() && (0.0..=50.0).contains(&options.padding)) {
        return invalid(format!(
            "padding must be between 0 and 50 pixels, not {}",
            fmt_number(options.padding)
        ));
    }
    if !(0.0..=1.0).contains(&options.rotate_ratio) {
        return invalid("rotateRatio must be between 0 and 1".into());
    }
    if options.angles.iter().any(|a| !a.is_finite()) {
        return invalid("angles must be numbers of degrees".into());
    }
    if options.groups.len() > MAX_GROUPS {
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

/// Characters of a word quoted in a warning; a longer word is cut there.
const QUOTED_CHARS: usize = 40;

/// `word` as a warning quotes it: whole, or its first [`QUOTED_CHARS`]
/// characters and an ellipsis.
fn shortened(word: &str) -> String {
    let mut quoted: String = word.chars().take(QUOTED_CHARS).collect();
    if quoted.len() < word.len() {
        quoted.push('…');
    }
    quoted
}

/// Indices of the `limit` heaviest words with a visible weight, heaviest
/// first; ties in text order so the result never depends on input order.
/// The heaviest `options.max_words` words the layout would choose, in its
/// order, and how many other eligible words it would leave out, after the
/// same checks as the layout: for a caller that prepares something per word
/// (the browser's glyph atlas) for those only.
pub fn heaviest_words(
    words: &[CloudWord],
    options: &CloudOptions,
) -> Result<(Vec<CloudWord>, usize), ArahError> {
    validate(words, options)?;
    let eligible = words
        .iter()
        .filter(|w| w.weight > 0.0 && !w.text.trim().is_empty())
        .count();
    let chosen: Vec<CloudWord> = heaviest(words, options.max_words)
        .into_iter()
        .map(|i| words[i].clone())
        .collect();
    let omitted = eligible - chosen.len();
    Ok((chosen, omitted))
}

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
