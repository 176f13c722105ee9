//! The seeded random source and the spiral that candidate positions walk.

use std::cell::RefCell;
use std::rc::Rc;

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

/// Candidate centres lie on every `STRIDE`-th cell along each axis.
pub const STRIDE: i32 = 2;

/// Integer cell offsets along an Archimedean spiral stretched to the area's
/// aspect ratio, from the centre out until it has passed every corner of a
/// `columns × rows` board seen from a start up to `reach` cells off centre.
/// Offsets are multiples of [`STRIDE`]; successive turns are under one
/// stride apart, so every stride point near the centre is visited once.
///
/// The spiral depends only on the board size: it is computed once per size
/// and shared (`Rc`), and a layout's seed only picks its start and mirroring.
pub fn spiral(columns: usize, rows: usize, reach: usize) -> Rc<[(i16, i16)]> {
    type Cached = ((usize, usize, usize), Rc<[(i16, i16)]>);
    thread_local! {
        static LAST: RefCell<Option<Cached>> =
            const { RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        let key = (columns, rows, reach);
        if let Some((k, points)) = last.as_ref() {
            if *k == key {
                return points.clone();
            }
        }
        let points: Rc<[(i16, i16)]> = compute(columns, rows, reach).into();
        *last = Some((key, points.clone()));
        points
    })
}

fn compute(columns: usize, rows: usize, reach: usize) -> Vec<(i16, i16)> {
    let stride = STRIDE as f64;
    let half_x = (columns / 2 + reach) as f64 / stride + 1.0;
    let half_y = (rows / 2 + reach) as f64 / stride + 1.0;
    let aspect = half_x / half_y;
    let (stretch_x, stretch_y) = (aspect.sqrt(), 1.0 / aspect.sqrt());
    let widest = stretch_x.max(stretch_y);
    let turn_gap = 0.9 / widest;
    // The stretched circle through the board's corners has √2 the half sides.
    let (end_x, end_y) = (half_x * 1.42, half_y * 1.42);
    let mut points = vec![(0i16, 0i16)];
    let mut theta = 0.0f64;
    loop {
        let radius = turn_gap * theta / std::f64::consts::TAU;
        if radius * stretch_x > end_x && radius * stretch_y > end_y {
            return points;
        }
        theta += 0.5 / (radius * widest).max(1.0);
        let (sin, cos) = theta.sin_cos();
        let point = (
            ((radius * stretch_x * cos).round() * stride) as i16,
            ((radius * stretch_y * sin).round() * stride) as i16,
        );
        if points.last() != Some(&point) {
            points.push(point);
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
        let points = spiral(80, 40, 4);
        assert_eq!(points[0], (0, 0));
        let covered: std::collections::HashSet<_> = points.iter().copied().collect();
        for dx in (-44..=44).step_by(2) {
            for dy in (-24..=24).step_by(2) {
                assert!(covered.contains(&(dx, dy)), "({dx}, {dy}) never visited");
            }
        }
        assert!(points.iter().all(|p| p.0 % 2 == 0 && p.1 % 2 == 0));
        assert!(Rc::ptr_eq(&points, &spiral(80, 40, 4)));
    }
}
