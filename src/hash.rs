//! The hasher of Arah's term maps and word sets: terms are short, come from
//! the text being analysed in the reader's own browser, and SipHash's flood
//! resistance buys nothing there while costing a large share of the time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub type TermMap<K, V> = HashMap<K, V, BuildHasherDefault<TermHasher>>;
pub type TermSet<T> = HashSet<T, BuildHasherDefault<TermHasher>>;

/// FxHash-style: rotate, xor, multiply per 8-byte word (the last partial
/// word padded).
#[derive(Default, Clone, Copy)]
pub struct TermHasher(u64);

impl Hasher for TermHasher {
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last 1–7 bytes as one word above their count, so that
            // `ab` and `ab\0` differ.
            let mut word = rest.len() as u64;
            for &byte in rest {
                word = word << 8 | u64::from(byte);
            }
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
