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
/// `columns × rows` board from any start. Computed once per layout.
///
/// Successive turns are under one cell apart along both axes and successive
/// points about half a cell apart, so every cell near the centre is visited.
pub fn spiral_offsets(columns: usize, rows: usize, phase: f64, clockwise: bool) -> Vec<(i16, i16)> {
    let aspect = columns.max(1) as f64 / rows.max(1) as f64;
    let (stretch_x, stretch_y) = (aspect.sqrt(), 1.0 / aspect.sqrt());
    let widest = stretch_x.max(stretch_y);
    let turn_gap = 0.9 / widest;
    let direction = if clockwise { -1.0 } else { 1.0 };
    let mut offsets = vec![(0, 0)];
    let mut theta: f64 = 0.0;
    loop {
        let radius = turn_gap * theta / std::f64::consts::TAU;
        theta += 0.5 / (radius * widest).max(1.0);
        let angle = direction * theta + phase;
        let dx = (radius * stretch_x * angle.cos()).round() as i16;
        let dy = (radius * stretch_y * angle.sin()).round() as i16;
        if offsets.last() != Some(&(dx, dy)) {
            offsets.push((dx, dy));
        }
        if radius * stretch_x > columns as f64 && radius * stretch_y > rows as f64 {
            return offsets;
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
        let offsets = spiral_offsets(40, 20, 0.3, false);
        assert_eq!(offsets[0], (0, 0));
        let covered: std::collections::HashSet<_> = offsets.iter().collect();
        for dx in -19..=19 {
            for dy in -9..=9 {
                assert!(covered.contains(&(dx, dy)), "({dx}, {dy}) never visited");
            }
        }
    }
}
