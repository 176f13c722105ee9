//! The seeded random source and the spiral that candidate positions walk.

/// xorshift64*: tiny, fast and the same on every platform, so a seed gives
/// the same cloud natively and in wasm.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Mix the seed so that 0, 1, 2 ... start far apart; never zero.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03 | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `[0, 1)`.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Integer cell offsets along an Archimedean spiral stretched to the board's
/// aspect ratio, from the centre out until it has passed every corner of a
/// `columns × rows` board from any start.
///
/// Successive turns are under one cell apart along both axes and successive
/// points about half a cell apart, so every cell near the centre is visited.
/// Points are computed on first use and kept: every word walks the same
/// spiral, most only a short way, so the far turns are often never needed.
pub struct Spiral {
    points: Vec<(i16, i16)>,
    stretch_x: f64,
    stretch_y: f64,
    turn_gap: f64,
    direction: f64,
    phase: f64,
    theta: f64,
    columns: f64,
    rows: f64,
    finished: bool,
}

impl Spiral {
    pub fn new(columns: usize, rows: usize, phase: f64, clockwise: bool) -> Self {
        let aspect = columns.max(1) as f64 / rows.max(1) as f64;
        let (stretch_x, stretch_y) = (aspect.sqrt(), 1.0 / aspect.sqrt());
        Spiral {
            points: vec![(0, 0)],
            stretch_x,
            stretch_y,
            turn_gap: 0.9 / stretch_x.max(stretch_y),
            direction: if clockwise { -1.0 } else { 1.0 },
            phase,
            theta: 0.0,
            columns: columns as f64,
            rows: rows as f64,
            finished: false,
        }
    }

    /// The `index`-th point, or `None` past the end of the spiral.
    pub fn point(&mut self, index: usize) -> Option<(i16, i16)> {
        while self.points.len() <= index && !self.finished {
            self.extend();
        }
        self.points.get(index).copied()
    }

    fn extend(&mut self) {
        let widest = self.stretch_x.max(self.stretch_y);
        loop {
            let radius = self.turn_gap * self.theta / std::f64::consts::TAU;
            if radius * self.stretch_x > self.columns && radius * self.stretch_y > self.rows {
                self.finished = true;
                return;
            }
            self.theta += 0.5 / (radius * widest).max(1.0);
            let angle = self.direction * self.theta + self.phase;
            let point = (
                (radius * self.stretch_x * angle.cos()).round() as i16,
                (radius * self.stretch_y * angle.sin()).round() as i16,
            );
            if self.points.last() != Some(&point) {
                self.points.push(point);
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_numbers() {
        let a: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let b: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let c: Vec<u64> = (0..5)
            .scan(Rng::new(8), |r, _| Some(r.next_u64()))
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn spiral_starts_at_centre_and_covers_the_board() {
        let mut spiral = Spiral::new(40, 20, 0.3, false);
        assert_eq!(spiral.point(0), Some((0, 0)));
        let covered: std::collections::HashSet<_> = (0..).map_while(|i| spiral.point(i)).collect();
        for dx in -19..=19 {
            for dy in -9..=9 {
                assert!(covered.contains(&(dx, dy)), "({dx}, {dy}) never visited");
            }
        }
    }
}
