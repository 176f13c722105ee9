//! The occupancy board: one bit per cell, rows of `u64`. A word's box marks
//! every cell it touches, so two boxes that share no marked cell cannot
//! overlap.

pub struct Board {
    columns: usize,
    rows: usize,
    words_per_row: usize,
    bits: Vec<u64>,
}

/// A rectangle of cells, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRect {
    pub left: usize,
    pub top: usize,
    pub right: usize,
    pub bottom: usize,
}

impl Board {
    pub fn new(columns: usize, rows: usize) -> Self {
        let words_per_row = columns.div_ceil(64).max(1);
        Board {
            columns,
            rows,
            words_per_row,
            bits: vec![0; words_per_row * rows],
        }
    }

    pub fn columns(&self) -> usize {
        self.columns
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn is_taken(&self, column: usize, row: usize) -> bool {
        self.bits[row * self.words_per_row + column / 64] & (1 << (column % 64)) != 0
    }

    /// True when no cell of `rect` is taken. Rows are tested from the middle
    /// out: a collision is most likely where the word is thickest.
    pub fn is_free(&self, rect: CellRect) -> bool {
        let middle = (rect.top + rect.bottom) / 2;
        (middle..rect.bottom)
            .chain((rect.top..middle).rev())
            .all(|row| self.row_is_free(row, rect.left, rect.right))
    }

    pub fn fill(&mut self, rect: CellRect) {
        for row in rect.top..rect.bottom {
            self.for_each_span(row, rect.left, rect.right, |word, mask| *word |= mask);
        }
    }

    fn row_is_free(&self, row: usize, left: usize, right: usize) -> bool {
        let base = row * self.words_per_row;
        span_masks(left, right).all(|(index, mask)| self.bits[base + index] & mask == 0)
    }

    fn for_each_span(
        &mut self,
        row: usize,
        left: usize,
        right: usize,
        mut apply: impl FnMut(&mut u64, u64),
    ) {
        let base = row * self.words_per_row;
        for (index, mask) in span_masks(left, right) {
            apply(&mut self.bits[base + index], mask);
        }
    }
}

/// The `u64` words and bit masks that cover columns `left..right`.
fn span_masks(left: usize, right: usize) -> impl Iterator<Item = (usize, u64)> {
    let first = left / 64;
    let last = right.saturating_sub(1) / 64;
    (first..=last)
        .filter(move |_| left < right)
        .map(move |index| {
            let start = if index == first { left % 64 } else { 0 };
            let end = if index == last {
                (right - 1) % 64 + 1
            } else {
                64
            };
            let mask = if end - start == 64 {
                u64::MAX
            } else {
                ((1u64 << (end - start)) - 1) << start
            };
            (index, mask)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(left: usize, top: usize, right: usize, bottom: usize) -> CellRect {
        CellRect {
            left,
            top,
            right,
            bottom,
        }
    }

    #[test]
    fn filled_cells_are_taken_and_neighbours_free() {
        let mut board = Board::new(200, 10);
        board.fill(rect(60, 2, 70, 4));
        assert!(!board.is_free(rect(69, 3, 80, 5)));
        assert!(!board.is_free(rect(0, 0, 200, 10)));
        assert!(board.is_free(rect(70, 2, 130, 4)));
        assert!(board.is_free(rect(60, 4, 70, 6)));
        assert!(board.is_free(rect(0, 0, 60, 10)));
        assert!(board.is_taken(60, 2) && board.is_taken(69, 3));
        assert!(!board.is_taken(70, 3) && !board.is_taken(60, 4));
    }

    #[test]
    fn spans_across_word_boundaries() {
        let mut board = Board::new(300, 1);
        board.fill(rect(63, 0, 129, 1));
        for column in 0..300 {
            let taken = !board.is_free(rect(column, 0, column + 1, 1));
            assert_eq!(taken, (63..129).contains(&column), "column {column}");
        }
    }
}
