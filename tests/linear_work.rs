//! The sentence splitter and the tokenizer do work in proportion to their
//! text on inputs made to trip them (runs of stops, of line breaks, of
//! abbreviations, of spaces): each pathological text is split at n and at
//! 4n repetitions, and the memory allocated on the way (bytes and calls,
//! counted by this test binary's allocator) may grow about fourfold, not
//! sixteenfold. Counting the work rather than timing it keeps the test
//! exact on a loaded machine; a quadratic rescan that collects what it
//! rescans (a sentence so far, a line) shows up here.
//!
//! Native only: its counting allocator would clash with the wasm facade's
//! (src/wasm/mod.rs), and wasm-bindgen-test runs no plain `#[test]` anyway.
#![cfg(not(target_arch = "wasm32"))]

use arah::text::sentences::sentences;
use arah::text::tokenize::for_each_token;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts what each thread allocates, so tests running beside each other
/// (and the harness) do not count into one another.
struct CountingAllocator;

thread_local! {
    /// Bytes and calls this thread has allocated.
    static ALLOCATED: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

fn count(bytes: usize) {
    // `try_with`: a thread being torn down has no counter left.
    let _ = ALLOCATED.try_with(|a| {
        let (total, calls) = a.get();
        a.set((total + bytes, calls + 1));
    });
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Bytes and calls allocated by this thread while `work` runs.
fn allocated(work: impl FnOnce()) -> (usize, usize) {
    let (bytes, calls) = ALLOCATED.with(Cell::get);
    work();
    let (bytes_after, calls_after) = ALLOCATED.with(Cell::get);
    (bytes_after - bytes, calls_after - calls)
}

/// Inputs that have tripped sentence splitters: what a scan back from each
/// stop, or forward over blank space, would make quadratic.
const PATTERNS: &[&str] = &[
    "\n",
    "a.",
    ".",
    "Dr. ",
    " ",
    "a\n",
    "Abstrak\n",
    "@a.",
    "1.\n",
    "dkk. ",
    "S.H.",
    "S.H.S",
    "x ",
    "\"Ya?\" ",
];

/// Fails for the first pattern whose allocations grow more than eightfold
/// from `n` to `4n` repetitions (linear work grows fourfold; quadratic
/// sixteenfold).
fn assert_linear(what: &str, work: impl Fn(&str)) {
    const N: usize = 5_000;
    for pattern in PATTERNS {
        // A word before and after, so the pattern sits inside a text.
        let text = |n: usize| format!("Awal {} akhir", pattern.repeat(n));
        let (small, large) = (text(N), text(4 * N));
        let (small_bytes, small_calls) = allocated(|| work(&small));
        let (large_bytes, large_calls) = allocated(|| work(&large));
        for (measure, at_n, at_4n) in [
            ("bytes", small_bytes, large_bytes),
            ("allocations", small_calls, large_calls),
        ] {
            assert!(
                at_4n <= 8 * at_n.max(1) + 64,
                "{what} on {pattern:?} ×{N}: {measure} {at_n} → {at_4n} at ×{}",
                4 * N
            );
        }
    }
}

#[test]
fn sentence_splitting_allocates_in_proportion_to_the_text() {
    assert_linear("sentences", |text| {
        std::hint::black_box(sentences(text));
    });
}

#[test]
fn tokenizing_allocates_in_proportion_to_the_text() {
    assert_linear("tokenize", |text| {
        let mut count = 0usize;
        for_each_token(text, |token| count += token.term.len());
        std::hint::black_box(count);
    });
}

#[test]
fn a_quadratic_rescan_is_caught() {
    // The check itself can fail: collecting the text so far at every
    // character, as a careless look back does.
    let caught = std::panic::catch_unwind(|| {
        assert_linear("a rescan", |text| {
            for (i, _) in text.char_indices() {
                std::hint::black_box(text[..i].to_string());
            }
        })
    });
    assert!(caught.is_err(), "a quadratic rescan passed the check");
}
