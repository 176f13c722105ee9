//! The occupancy board: one bit per cell of the area, rows of `u64`. Masks
//! are tested row by row from their middle out (a collision is most likely
//! where a word is thickest), only on the rows and within the box where
//! anything is taken at all.

use super::mask::Mask;

#[derive(Clone)]
pub struct Board {
    columns: usize,
    rows: usize,
    words_per_row: usize,
    bits: Box<[u64]>,
    /// Box of every taken cell, end-inclusive; empty while `used[0] > used[2]`.
    used: [usize; 4],
}

impl Board {
    pub fn new(columns: usize, rows: usize) -> Self {
        let words_per_row = columns.div_ceil(64).max(1);
        Board {
            columns,
            rows,
            words_per_row,
            bits: vec![0; words_per_row * rows].into_boxed_slice(),
            used: [usize::MAX, usize::MAX, 0, 0],
        }
    }

    pub fn columns(&self) -> usize {
        self.columns
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    #[inline(always)]
    pub fn is_taken(&self, column: usize, row: usize) -> bool {
        self.bits[row * self.words_per_row + column / 64] >> (column % 64) & 1 == 1
    }

    /// Marks one cell (shapes, reserved legend space).
    pub fn take(&mut self, column: usize, row: usize) {
        self.bits[row * self.words_per_row + column / 64] |= 1 << (column % 64);
        self.grow_used(column, row, column, row);
    }

    pub fn free_cells(&self) -> usize {
        self.columns * self.rows
            - self
                .bits
                .iter()
                .map(|w| w.count_ones() as usize)
                .sum::<usize>()
    }

    /// Whether `mask` with its centre on cell (`column`, `row`) lies on the
    /// board: the top-left cell where it starts, if so.
    #[inline(always)]
    pub fn origin(&self, mask: &Mask, column: i32, row: i32) -> Option<(usize, usize)> {
        let (x, y) = (column + mask.left, row + mask.top);
        (x >= 0
            && y >= 0
            && x as usize + mask.width <= self.columns
            && y as usize + mask.height <= self.rows)
            .then_some((x as usize, y as usize))
    }

    /// True when a set cell of `mask`, starting at (`x`, `y`), is taken.
    pub fn collides(&self, mask: &Mask, x: usize, y: usize) -> bool {
        self.first_hit(mask, x, y).is_some()
    }

    /// A taken cell under a set cell of `mask` starting at (`x`, `y`), if
    /// any: the first found from the mask's middle row out.
    pub fn first_hit(&self, mask: &Mask, x: usize, y: usize) -> Option<(usize, usize)> {
        let [u0, v0, u1, v1] = self.used;
        if u0 > u1 || x > u1 || y > v1 || x + mask.width <= u0 || y + mask.height <= v0 {
            return None;
        }
        // Mask rows that meet the used box, tested from the middle out.
        let first = v0.saturating_sub(y);
        let last = (v1 - y).min(mask.height - 1);
        let middle = (mask.height / 2).clamp(first, last);
        let hit = |r: usize| self.row_hit(y + r, x, mask.row(r)).map(|c| (c, y + r));
        if let Some(found) = hit(middle) {
            return Some(found);
        }
        let (mut below, mut above) = (middle + 1, middle);
        while below <= last || above > first {
            if below <= last {
                if let Some(found) = hit(below) {
                    return Some(found);
                }
                below += 1;
            }
            if above > first {
                above -= 1;
                if let Some(found) = hit(above) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// Marks the set cells of `mask` starting at (`x`, `y`).
    pub fn place(&mut self, mask: &Mask, x: usize, y: usize) {
        let (shift, first) = (x % 64, x / 64);
        for r in 0..mask.height {
            let base = (y + r) * self.words_per_row + first;
            let mut carry = 0u64;
            for (i, &m) in mask.row(r).iter().enumerate() {
                self.bits[base + i] |= shifted(m, shift, carry);
                carry = spill(m, shift);
            }
            if carry != 0 {
                self.bits[base + mask.words_per_row] |= carry;
            }
        }
        self.grow_used(x, y, x + mask.width - 1, y + mask.height - 1);
    }

    /// The first taken column under `mask_row` placed at column `x`.
    fn row_hit(&self, row: usize, x: usize, mask_row: &[u64]) -> Option<usize> {
        let (shift, first) = (x % 64, x / 64);
        let board = &self.bits[row * self.words_per_row + first..(row + 1) * self.words_per_row];
        let at = |i: usize, bits: u64| (first + i) * 64 + bits.trailing_zeros() as usize;
        let mut carry = 0u64;
        for (i, &m) in mask_row.iter().enumerate() {
            let both = board[i] & shifted(m, shift, carry);
            if both != 0 {
                return Some(at(i, both));
            }
            carry = spill(m, shift);
        }
        let i = mask_row.len();
        if carry != 0 && board[i] & carry != 0 {
            return Some(at(i, board[i] & carry));
        }
        None
    }

    fn grow_used(&mut self, x0: usize, y0: usize, x1: usize, y1: usize) {
        let u = &mut self.used;
        if u[0] > u[2] {
            *u = [x0, y0, x1, y1];
        } else {
            *u = [u[0].min(x0), u[1].min(y0), u[2].max(x1), u[3].max(y1)];
        }
    }
}

/// Mask word `m` moved `shift` columns right, with the bits that spilled
/// over from the previous mask word.
#[inline(always)]
fn shifted(m: u64, shift: usize, carry: u64) -> u64 {
    m << shift | carry
}

#[inline(always)]
fn spill(m: u64, shift: usize) -> u64 {
    if shift == 0 {
        0
    } else {
        m >> (64 - shift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(width: f64, height: f64) -> Mask {
        Mask::build(&[[0.0, 0.0, width, height]], (0.0, 0.0), 0.0, 0)
    }

    #[test]
    fn placed_cells_are_taken_and_neighbours_free() {
        let mut board = Board::new(200, 10);
        let mask = block(20.0, 4.0); // 10 × 2 cells
        assert!(!board.collides(&mask, 60, 2));
        board.place(&mask, 60, 2);
        assert!(board.is_taken(60, 2) && board.is_taken(69, 3));
        assert!(!board.is_taken(70, 3) && !board.is_taken(60, 4));
        assert!(board.collides(&mask, 51, 3));
        assert!(board.collides(&mask, 69, 1));
        assert!(!board.collides(&mask, 69, 0));
        assert!(!board.collides(&mask, 70, 2));
        assert!(!board.collides(&mask, 50, 2));
        assert!(!board.collides(&mask, 60, 4));
        assert_eq!(board.free_cells(), 2000 - 20);
    }

    #[test]
    fn every_offset_across_word_boundaries() {
        let mask = block(140.0, 2.0); // 70 cells wide
        for start in 0..130 {
            let mut board = Board::new(200, 1);
            board.place(&mask, start, 0);
            for column in 0..200 {
                let expected = (start..start + 70).contains(&column);
                assert_eq!(board.is_taken(column, 0), expected, "{start} {column}");
            }
            let probe = block(2.0, 2.0);
            for column in 0..199 {
                assert_eq!(
                    board.collides(&probe, column, 0),
                    (start..start + 70).contains(&column)
                );
            }
        }
    }

    #[test]
    fn masks_must_lie_on_the_board() {
        let board = Board::new(50, 20);
        let mask = block(20.0, 4.0);
        assert_eq!(board.origin(&mask, 0, 0), Some((0, 0)));
        assert_eq!(board.origin(&mask, 40, 18), Some((40, 18)));
        assert_eq!(board.origin(&mask, 41, 0), None);
        assert_eq!(board.origin(&mask, -1, 0), None);
        assert_eq!(board.origin(&mask, 0, 19), None);
    }
}
