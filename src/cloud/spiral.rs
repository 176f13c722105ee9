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

/// Integer cell offsets of every stride point within `columns / 2 + reach`
/// and `rows / 2 + reach` cells of the centre (so the board is covered from
/// a start up to `reach` cells off centre), in the order of an Archimedean
/// spiral stretched to the board's aspect ratio: out from the centre, turn
/// after turn, clockwise on screen. Offsets are multiples of [`STRIDE`].
///
/// Each point is visited exactly once: rather than stepping along the curve,
/// every point gets the spiral parameter of the turn it lies on, and the
/// points are sorted by it. The angle is a pseudo-angle (monotonic in the
/// true one, from division only) and the radius an IEEE square root, so the
/// order is the same on every platform, wasm included.
///
/// The spiral depends only on the board size: it is computed once per size
/// and shared (`Rc`); a layout's seed picks its start and mirroring.
pub fn spiral(columns: usize, rows: usize, reach: usize) -> Rc<[(i16, i16)]> {
    type Cached = ((usize, usize, usize), Rc<[(i16, i16)]>);
    thread_local! {
        static LAST: RefCell<Option<Cached>> = const { RefCell::new(None) };
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
    let half_x = (columns / 2 + reach).div_ceil(STRIDE as usize) as i32;
    let half_y = (rows / 2 + reach).div_ceil(STRIDE as usize) as i32;
    let aspect = (half_x.max(1) as f64 / half_y.max(1) as f64).sqrt();
    let (stretch_x, stretch_y) = (aspect, 1.0 / aspect);
    // One stride between turns along the longer axis.
    let gap = 1.0 / stretch_x.max(stretch_y);
    let span = (2 * half_x + 1) as u64;
    let mut keyed: Vec<u64> = Vec::with_capacity(span as usize * (2 * half_y + 1) as usize);
    for y in -half_y..=half_y {
        for x in -half_x..=half_x {
            let (u, v) = (x as f64 / stretch_x, y as f64 / stretch_y);
            let turn = pseudo_angle(u, v);
            let lap = ((u * u + v * v).sqrt() / gap - turn).round().max(0.0);
            let parameter = ((lap + turn) * 65536.0) as u64;
            let slot = (y + half_y) as u64 * span + (x + half_x) as u64;
            keyed.push(parameter << 32 | slot);
        }
    }
    radix_sort(&mut keyed);
    keyed
        .into_iter()
        .map(|k| {
            let slot = (k & 0xFFFF_FFFF) as i32;
            let (x, y) = (slot % span as i32 - half_x, slot / span as i32 - half_y);
            ((x * STRIDE) as i16, (y * STRIDE) as i16)
        })
        .collect()
}

/// Sorts `keys` by their upper 32 bits, ties in input order (LSD radix,
/// a byte per pass): a few lines instead of another monomorphised sort in
/// the wasm binary.
fn radix_sort(keys: &mut Vec<u64>) {
    let mut scratch = vec![0u64; keys.len()];
    for shift in [32, 40, 48, 56] {
        let mut starts = [0usize; 257];
        for &k in keys.iter() {
            starts[((k >> shift) & 0xFF) as usize + 1] += 1;
        }
        for i in 1..257 {
            starts[i] += starts[i - 1];
        }
        for &k in keys.iter() {
            let digit = ((k >> shift) & 0xFF) as usize;
            scratch[starts[digit]] = k;
            starts[digit] += 1;
        }
        std::mem::swap(keys, &mut scratch);
    }
}

/// A stand-in for `atan2(v, u) / τ` in `[0, 1)`, from division only:
/// monotonic in the true angle, 0 along +u, ¼ along +v (down on screen).
pub(crate) fn pseudo_angle(u: f64, v: f64) -> f64 {
    let sum = u.abs() + v.abs();
    if sum == 0.0 {
        return 0.0;
    }
    let quarter = if v >= 0.0 {
        if u >= 0.0 {
            v / sum
        } else {
            1.0 - u / sum
        }
    } else if u < 0.0 {
        2.0 - v / sum
    } else {
        3.0 + u / sum
    };
    quarter / 4.0
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

    #[test]
    fn radix_sort_orders_by_the_upper_half_stably() {
        let mut rng = Rng::new(3);
        let mut keys: Vec<u64> = (0..5000u64)
            .map(|i| (rng.next_u64() % 70_000) << 32 | i)
            .collect();
        let mut expected = keys.clone();
        expected.sort_unstable();
        radix_sort(&mut keys);
        assert_eq!(keys, expected);
    }

    #[test]
    fn pseudo_angle_is_monotonic_clockwise_on_screen() {
        let turns: Vec<f64> = (0..64)
            .map(|i| {
                let a = i as f64 / 64.0 * std::f64::consts::TAU;
                pseudo_angle(a.cos(), a.sin())
            })
            .collect();
        assert_eq!(turns[0], 0.0);
        assert!(turns.windows(2).all(|w| w[0] < w[1]), "{turns:?}");
        assert!(turns[63] < 1.0);
        assert_eq!(pseudo_angle(0.0, 1.0), 0.25);
    }
}
