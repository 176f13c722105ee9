//! Native speed of the cloud layout with the stand-in glyph masks on the
//! reference corpus: 300 and 1000 words in 800 × 600, warm median of 21 runs,
//! words placed, and an independent pixel check for overlapping ink.
//!
//! The corpus has fewer than 1000 distinct terms (no stopwords removed,
//! numbers counted), so the 1000-word set is topped up with two-word phrases
//! of its terms, weight 1.
//!
//!   cargo run --release --example cloud_bench
//!
//! (`--release` builds with opt-level "z" for the wasm's size; add
//! `CARGO_PROFILE_RELEASE_OPT_LEVEL=3` for the speed-tuned native figure.)
//! Optional: `ARAH_ROTATE=mixed` turns 30 % of words by −90°.

use arah::cloud::glyphs::{EstimatedGlyphs, MaskSource};
use arah::cloud::layout::layout;
use arah::{analyze, AnalyzeOptions, CloudLayout, CloudOptions, CloudWord, Document};
use std::time::Instant;

fn main() {
    let texts = [
        include_str!("../www/corpus/000_385cd6622f47b7f1.txt"),
        include_str!("../www/corpus/001_8466fea3bf4f444b.txt"),
        include_str!("../www/corpus/002_92436bb8d9535eba.txt"),
    ];
    let documents: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document {
            title: format!("doc{i}"),
            text: t.to_string(),
        })
        .collect();
    let analysis = analyze(
        &documents,
        &AnalyzeOptions {
            top: 1000,
            stopword_languages: Vec::new(),
            include_numbers: true,
            min_chars: 1,
            ..AnalyzeOptions::default()
        },
    )
    .expect("the corpus has terms");
    let mut all: Vec<CloudWord> = analysis
        .corpus
        .top_terms
        .iter()
        .map(|t| CloudWord {
            text: t.term.clone(),
            weight: t.count as f64,
            ..CloudWord::default()
        })
        .collect();
    let distinct = all.len();
    let mut i = 0;
    while all.len() < 1000 {
        let text = format!(
            "{} {}",
            all[i % distinct].text,
            all[(i * 7 + 1) % distinct].text
        );
        all.push(CloudWord {
            text,
            weight: 1.0,
            ..CloudWord::default()
        });
        i += 1;
    }
    println!("reference corpus: {distinct} distinct terms");
    let rotate = std::env::var("ARAH_ROTATE").unwrap_or_default();
    // The third run lowers the minimum font size so that 1000 words can fit.
    for (n, min_font_size) in [(300, 10.0), (1000, 10.0), (1000, 5.0)] {
        let words = &all[..n.min(all.len())];
        let options = CloudOptions {
            width: 800.0,
            height: 600.0,
            max_words: words.len(),
            min_font_size,
            rotate: if rotate == "mixed" {
                arah::cloud::Rotate::Mixed
            } else {
                arah::cloud::Rotate::None
            },
            ..CloudOptions::default()
        };
        let glyphs = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
        let first = Instant::now();
        let mut result = layout(words, &glyphs, &options).expect("layout");
        let first = first.elapsed().as_secs_f64() * 1e3;
        let mut times = Vec::new();
        for _ in 0..21 {
            let start = Instant::now();
            result = layout(words, &glyphs, &options).expect("layout");
            times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let overlaps = overlapping_pixels(&result, words, &glyphs);
        println!(
            "{n:>5} words, 800×600, min font {min_font_size} px: median {:.2} ms (first {:.2} ms), placed {}/{}, dropped {}, overlapping ink pixels {}",
            times[times.len() / 2],
            first,
            result.words.len(),
            words.len(),
            result.dropped.len(),
            overlaps
        );
    }
}

/// Pixels (1 px grid, by pixel centre) covered by the ink of two words.
fn overlapping_pixels(layout: &CloudLayout, words: &[CloudWord], glyphs: &dyn MaskSource) -> usize {
    let (w, h) = (layout.width as usize, layout.height as usize);
    let mut owner = vec![u32::MAX; w * h];
    let mut overlaps = 0;
    let mut ink = Vec::new();
    for (n, placed) in layout.words.iter().enumerate() {
        let index = words.iter().position(|w| w.text == placed.text).unwrap();
        ink.clear();
        glyphs.ink(index, placed.font_size, &mut ink);
        let (sin, cos) = placed.angle.to_radians().sin_cos();
        for r in &ink {
            // Pixel centres inside the turned rectangle: map each pixel
            // centre of the turned box's bounds back into the rectangle.
            let corners = [(r[0], r[1]), (r[2], r[1]), (r[0], r[3]), (r[2], r[3])].map(|(x, y)| {
                let (dx, dy) = (placed.x + x - placed.cx, placed.y + y - placed.cy);
                (
                    placed.cx + dx * cos - dy * sin,
                    placed.cy + dx * sin + dy * cos,
                )
            });
            let x0 = corners
                .iter()
                .map(|c| c.0)
                .fold(f64::MAX, f64::min)
                .floor()
                .max(0.0) as usize;
            let x1 = corners
                .iter()
                .map(|c| c.0)
                .fold(f64::MIN, f64::max)
                .ceil()
                .min(w as f64) as usize;
            let y0 = corners
                .iter()
                .map(|c| c.1)
                .fold(f64::MAX, f64::min)
                .floor()
                .max(0.0) as usize;
            let y1 = corners
                .iter()
                .map(|c| c.1)
                .fold(f64::MIN, f64::max)
                .ceil()
                .min(h as f64) as usize;
            for py in y0..y1 {
                for px in x0..x1 {
                    let (dx, dy) = (px as f64 + 0.5 - placed.cx, py as f64 + 0.5 - placed.cy);
                    let (ux, uy) = (
                        placed.cx + dx * cos + dy * sin,
                        placed.cy - dx * sin + dy * cos,
                    );
                    let (lx, ly) = (ux - placed.x, uy - placed.y);
                    if lx >= r[0] && lx < r[2] && ly >= r[1] && ly < r[3] {
                        let cell = &mut owner[py * w + px];
                        if *cell != u32::MAX && *cell != n as u32 {
                            overlaps += 1;
                        }
                        *cell = n as u32;
                    }
                }
            }
        }
    }
    overlaps
}
