//! A word's mask: the board cells its ink touches, as bit rows (`u64` words,
//! bit `i % 64` of word `i / 64` is column `i`), turned and padded. Cells are
//! `CELL` px square; a cell is set when any ink pixel reaches into it, so a
//! mask always covers its ink and two disjoint masks never overlap on screen.

use super::glyphs::InkRect;

/// Board cell side in pixels.
pub const CELL: f64 = 2.0;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mask {
    /// Offset of the mask's top-left cell from the cell of the word's centre.
    pub left: i32,
    pub top: i32,
    pub width: usize,
    pub height: usize,
    pub words_per_row: usize,
    pub bits: Box<[u64]>,
}

impl Mask {
    /// No cell set, `width` × `height` cells from (`left`, `top`).
    fn empty(left: i32, top: i32, width: usize, height: usize) -> Mask {
        let words_per_row = width.div_ceil(64);
        Mask {
            left,
            top,
            width,
            height,
            words_per_row,
            bits: vec![0; words_per_row * height].into_boxed_slice(),
        }
    }

    /// The mask of `ink` turned by `angle` degrees (clockwise on screen)
    /// about `centre` (pixels, same frame as the ink), dilated by `pad`
    /// cells. The cell of the centre is always set, so a word can never be
    /// placed where its centre cell is taken: the layout uses that to skip
    /// the filled heart of the cloud quickly.
    pub fn build(ink: &[InkRect], centre: (f64, f64), angle: f64, pad: usize) -> Mask {
        let (sin, cos) = sin_cos(angle);
        let axis_aligned = sin == 0.0 || cos == 0.0;
        let turn = |x: f64, y: f64| {
            let (dx, dy) = (x - centre.0, y - centre.1);
            (dx * cos - dy * sin, dx * sin + dy * cos)
        };
        // Cell bounds of a rectangle's turned corners, end-inclusive.
        let cells_of = |r: &InkRect| {
            let corners = [
                turn(r[0], r[1]),
                turn(r[2], r[1]),
                turn(r[0], r[3]),
                turn(r[2], r[3]),
            ];
            let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for (x, y) in corners {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
            [
                cell_floor(x0),
                cell_floor(y0),
                cell_ceil(x1) - 1,
                cell_ceil(y1) - 1,
            ]
        };
        let ink = ink.iter().filter(|r| r[2] > r[0] && r[3] > r[1]);
        let mut bounds = [0i32, 0, 0, 0];
        for r in ink.clone() {
            let c = cells_of(r);
            bounds = [
                bounds[0].min(c[0]),
                bounds[1].min(c[1]),
                bounds[2].max(c[2]),
                bounds[3].max(c[3]),
            ];
        }
        let p = pad as i32;
        let left = bounds[0] - p;
        let top = bounds[1] - p;
        let width = (bounds[2] + p - left + 1) as usize;
        let height = (bounds[3] + p - top + 1) as usize;
        let mut mask = Mask::empty(left, top, width, height);
        let mark = |c: [i32; 4], mask: &mut Mask| {
            mask.fill(
                (c[0] - left) as usize,
                (c[1] - top) as usize,
                (c[2] - left) as usize,
                (c[3] - top) as usize,
            )
        };
        for r in ink {
            if axis_aligned {
                mark(cells_of(r), &mut mask);
                continue;
            }
            // Turned: pieces of at most 1 px, each marking the cells under
            // its turned bounding box (at most 2 × 2 cells).
            let nx = (r[2] - r[0]).ceil().max(1.0) as usize;
            let ny = (r[3] - r[1]).ceil().max(1.0) as usize;
            let (sx, sy) = ((r[2] - r[0]) / nx as f64, (r[3] - r[1]) / ny as f64);
            for j in 0..ny {
                for i in 0..nx {
                    let x = r[0] + i as f64 * sx;
                    let y = r[1] + j as f64 * sy;
                    mark(cells_of(&[x, y, x + sx, y + sy]), &mut mask);
                }
            }
        }
        mask.fill(-left as usize, -top as usize, -left as usize, -top as usize);
        mask.dilate(pad);
        mask
    }

    /// Just the centre cell.
    pub fn centre() -> Mask {
        Mask {
            left: 0,
            top: 0,
            width: 1,
            height: 1,
            words_per_row: 1,
            bits: Box::new([1]),
        }
    }

    /// Whether the cell at offset (`dx`, `dy`) from the centre is set.
    #[inline(always)]
    pub fn covers(&self, dx: i32, dy: i32) -> bool {
        let (x, y) = (dx - self.left, dy - self.top);
        x >= 0
            && y >= 0
            && (x as usize) < self.width
            && (y as usize) < self.height
            && self.get(x as usize, y as usize)
    }

    /// The cells both masks cover, centres aligned.
    pub fn intersect(&self, other: &Mask) -> Mask {
        let left = self.left.max(other.left);
        let top = self.top.max(other.top);
        let right = (self.left + self.width as i32).min(other.left + other.width as i32);
        let bottom = (self.top + self.height as i32).min(other.top + other.height as i32);
        let width = (right - left).max(1) as usize;
        let height = (bottom - top).max(1) as usize;
        let mut out = Mask::empty(left, top, width, height);
        for y in 0..height as i32 {
            for x in 0..width as i32 {
                let (dx, dy) = (left + x, top + y);
                if self.covers(dx, dy) && other.covers(dx, dy) {
                    out.bits[y as usize * out.words_per_row + x as usize / 64] |= 1 << (x % 64);
                }
            }
        }
        out
    }

    #[inline(always)]
    pub fn row(&self, row: usize) -> &[u64] {
        &self.bits[row * self.words_per_row..(row + 1) * self.words_per_row]
    }

    #[inline(always)]
    pub fn get(&self, column: usize, row: usize) -> bool {
        self.bits[row * self.words_per_row + column / 64] >> (column % 64) & 1 == 1
    }

    pub fn count(&self) -> usize {
        self.bits.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Sets columns `c0..=c1` of rows `r0..=r1`.
    fn fill(&mut self, c0: usize, r0: usize, c1: usize, r1: usize) {
        for row in r0..=r1 {
            let base = row * self.words_per_row;
            for word in c0 / 64..=c1 / 64 {
                let lo = if word == c0 / 64 { c0 % 64 } else { 0 };
                let hi = if word == c1 / 64 { c1 % 64 } else { 63 };
                self.bits[base + word] |= (u64::MAX >> (63 - hi)) & (u64::MAX << lo);
            }
        }
    }

    /// Square dilation by `pad` cells: along rows by shifting, then across.
    fn dilate(&mut self, pad: usize) {
        if pad == 0 {
            return;
        }
        let n = self.words_per_row;
        let mut wide = self.bits.clone();
        for row in 0..self.height {
            let src = &self.bits[row * n..(row + 1) * n];
            let dst = &mut wide[row * n..(row + 1) * n];
            for k in 1..=pad.min(63) {
                for w in 0..n {
                    let up = src[w] << k | if w > 0 { src[w - 1] >> (64 - k) } else { 0 };
                    let down = src[w] >> k | if w + 1 < n { src[w + 1] << (64 - k) } else { 0 };
                    dst[w] |= up | down;
                }
            }
        }
        // Bits past the last column may have been set by shifting; clear.
        let tail = self.width % 64;
        if tail != 0 {
            for row in 0..self.height {
                wide[row * n + n - 1] &= (1u64 << tail) - 1;
            }
        }
        for row in 0..self.height {
            let lo = row.saturating_sub(pad);
            let hi = (row + pad).min(self.height - 1);
            for w in 0..n {
                self.bits[row * n + w] = (lo..=hi).fold(0, |acc, r| acc | wide[r * n + w]);
            }
        }
    }
}

/// Sine and cosine of `degrees`, exact for multiples of 90°. A series of
/// its own rather than `f64::sin_cos`: the CLI and the wasm get the same
/// bits (their maths libraries may differ in the last place), and the
/// widget's first download carries no general argument reduction.
fn sin_cos(degrees: f64) -> (f64, f64) {
    // Exact, and keeps the quarter turns below small enough to be exact.
    let degrees = turn_remainder(degrees);
    let quarters = (degrees / 90.0).round();
    // |x| ≤ π/4, where the series below is exact to below 1e-17.
    let x = (degrees - 90.0 * quarters).to_radians();
    let x2 = x * x;
    let (mut sin, mut sin_term) = (x, x);
    let (mut cos, mut cos_term) = (1.0, 1.0);
    for k in 1..=9 {
        let k = f64::from(k);
        sin_term *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        cos_term *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        sin += sin_term;
        cos += cos_term;
    }
    // |quarters| ≤ 4, so the integer's remainder is the float's.
    match (quarters as i8).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// `degrees % 360.0`, bit for bit, without f64's `%`: that links the
/// general `fmod` of compiler-builtins (128-bit division and all, about
/// 1 KB gzipped) into the first screen. It takes 360·2^k off for each k
/// from the largest that fits down to 0; each subtraction is exact, as
/// the remainder is then between the step and twice it (Sterbenz), so the
/// result is the exact remainder, with the sign of `degrees`, as `fmod`'s.
fn turn_remainder(degrees: f64) -> f64 {
    if !degrees.is_finite() {
        return f64::NAN;
    }
    let mut rest = degrees.abs();
    let mut step = 360.0;
    while step * 2.0 <= rest {
        step *= 2.0;
    }
    while step >= 360.0 {
        if rest >= step {
            rest -= step;
        }
        step /= 2.0;
    }
    rest.copysign(degrees)
}

fn cell_floor(px: f64) -> i32 {
    (px / CELL).floor() as i32
}

fn cell_ceil(px: f64) -> i32 {
    (px / CELL).ceil() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(mask: &Mask) -> Vec<(i32, i32)> {
        let mut out = Vec::new();
        for r in 0..mask.height {
            for c in 0..mask.width {
                if mask.get(c, r) {
                    out.push((c as i32 + mask.left, r as i32 + mask.top));
                }
            }
        }
        out
    }

    #[test]
    fn a_box_covers_the_cells_it_touches_and_the_centre() {
        // 4 × 2 px from (1, -2): cells x 0..=2, y -1.
        let mask = Mask::build(&[[1.0, -2.0, 5.0, 0.0]], (0.0, 0.0), 0.0, 0);
        assert_eq!(cells(&mask), vec![(0, -1), (1, -1), (2, -1), (0, 0)]);
    }

    #[test]
    fn quarter_turns_swap_the_axes() {
        let ink = [[-10.0, -2.0, 10.0, 2.0]];
        let flat = Mask::build(&ink, (0.0, 0.0), 0.0, 0);
        let turned = Mask::build(&ink, (0.0, 0.0), -90.0, 0);
        assert_eq!((flat.width, flat.height), (10, 2));
        assert_eq!((turned.width, turned.height), (2, 10));
        assert_eq!(flat.count(), turned.count());
    }

    #[test]
    fn sine_and_cosine_agree_with_the_standard_library() {
        for tenth in -7200..=7200 {
            let degrees = f64::from(tenth) / 10.0;
            let (sin, cos) = sin_cos(degrees);
            let (std_sin, std_cos) = degrees.to_radians().sin_cos();
            assert!(
                (sin - std_sin).abs() < 1e-14 && (cos - std_cos).abs() < 1e-14,
                "{degrees}°: ({sin}, {cos}) against ({std_sin}, {std_cos})"
            );
        }
        for (degrees, expected) in [(0.0, (0.0, 1.0)), (90.0, (1.0, 0.0)), (-90.0, (-1.0, 0.0))] {
            assert_eq!(sin_cos(degrees), expected, "{degrees}°");
        }
        assert_eq!(sin_cos(180.0).1, -1.0);
        let (sin, cos) = sin_cos(1e300 + 0.0);
        assert!(
            sin.abs() <= 1.0 && cos.abs() <= 1.0 && (sin * sin + cos * cos - 1.0).abs() < 1e-12
        );
        assert_eq!(sin_cos(270.0).0, -1.0);
    }

    #[test]
    fn turn_remainder_is_fmod_bit_for_bit() {
        let mut rng = crate::cloud::spiral::Rng::new(7);
        let mut cases = vec![
            0.0,
            -0.0,
            360.0,
            -720.0,
            359.999,
            1e300,
            -1e300,
            f64::MAX,
            5e-324,
        ];
        for _ in 0..20_000 {
            // Any bit pattern of a finite double, tiny to huge, both signs.
            let x = f64::from_bits(rng.next_u64());
            if x.is_finite() {
                cases.push(x);
            }
            cases.push((rng.next_f64() - 0.5) * 1e6);
        }
        for x in cases {
            assert_eq!(turn_remainder(x).to_bits(), (x % 360.0).to_bits(), "{x:e}");
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(turn_remainder(x).is_nan());
        }
    }

    #[test]
    fn oblique_turn_covers_the_turned_box() {
        let ink = [[-20.0, -4.0, 20.0, 4.0]];
        let mask = Mask::build(&ink, (0.0, 0.0), 45.0, 0);
        // Every point of the turned box lies in a set cell.
        let (s, c) = 45f64.to_radians().sin_cos();
        for i in 0..=80 {
            for j in 0..=16 {
                let (x, y) = (-20.0 + i as f64 * 0.5, -4.0 + j as f64 * 0.5);
                let (tx, ty) = (x * c - y * s, x * s + y * c);
                let (col, row) = (cell_floor(tx) - mask.left, cell_floor(ty) - mask.top);
                assert!(mask.get(col as usize, row as usize), "({x}, {y}) uncovered");
            }
        }
    }

    #[test]
    fn padding_grows_every_side_across_word_boundaries() {
        let mask = Mask::build(&[[0.0, 0.0, 130.0, 2.0]], (0.0, 0.0), 0.0, 2);
        assert_eq!(
            (mask.left, mask.top, mask.width, mask.height),
            (-2, -2, 69, 5)
        );
        assert_eq!(mask.count(), 69 * 5);
    }
}
