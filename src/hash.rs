//! The hasher of Arah's term maps and word sets: terms are short, come from
//! the text being analysed in the reader's own browser, and SipHash's flood
//! resistance buys nothing there while costing a large share of the time.
//! rustc-hash 2's FxHasher ends with a rotation, so the low bits the tables
//! bucket by depend on the whole word, not on its last bytes (Indonesian
//! suffixes: -an, -kan, -nya); `examples/term_hasher.rs` measures it.

use rustc_hash::FxBuildHasher;
use std::collections::{HashMap, HashSet};

pub type TermMap<K, V> = HashMap<K, V, FxBuildHasher>;
pub type TermSet<T> = HashSet<T, FxBuildHasher>;
