//! Invariants of the layout on many seeded random inputs: placed masks never
//! share a cell (checked by OR-ing them on a fresh board), all ink lies inside
//! the area and under its word's mask, the top K are always placed, the same
//! seed gives the same bytes.

use super::glyphs::{EstimatedGlyphs, GlyphAtlas, MaskSource};
use super::layout::{board_for, place_words, PlacedMask};
use super::mask::CELL;
use super::spiral::Rng;
use super::*;
use crate::error::ArahError;

const SYLLABLES: [&str; 16] = [
    "ka", "mpa", "nye", "me", "di", "a", "so", "si", "al", "pe", "mi", "lu", "ja", "wab", "ta",
    "nya",
];
const OTHERS: [&str; 8] = [
    "日本語",
    "한국어",
    "😀🎉",
    "Ωμέγα",
    "кампания",
    "العربية",
    "हिन्दी",
    "Ågjy",
];

fn random_words(rng: &mut Rng, n: usize) -> Vec<CloudWord> {
    (0..n)
        .map(|i| {
            let text = if rng.next_u64() % 7 == 0 {
                OTHERS[(rng.next_u64() % 8) as usize].to_string() + &i.to_string()
            } else {
                let parts = 1 + rng.next_u64() % 5;
                let mut t: String = (0..parts)
                    .map(|_| SYLLABLES[(rng.next_u64() % 16) as usize])
                    .collect();
                t.push_str(&i.to_string());
                t
            };
            CloudWord {
                text,
                weight: 1.0 + (rng.next_u64() % 200) as f64,
                ..CloudWord::default()
            }
        })
        .collect()
}

/// Lays out `words` and checks every invariant; returns the layout.
fn checked(words: &[CloudWord], options: &CloudOptions) -> CloudLayout {
    let glyphs = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
    checked_with(words, &glyphs, options)
}

fn checked_with(
    words: &[CloudWord],
    glyphs: &dyn MaskSource,
    options: &CloudOptions,
) -> CloudLayout {
    let mut masks: Vec<PlacedMask> = Vec::new();
    let layout = place_words(words, glyphs, options, Some(&mut masks)).unwrap();
    assert_eq!(masks.len(), layout.words.len());
    let columns = (options.width / CELL) as usize;
    let rows = (options.height / CELL) as usize;
    // OR the masks cell by cell on a plain grid (not the `Board` under
    // test), starting from the shape: masks may only cover free cells.
    let shape = board_for(columns, rows, options).unwrap();
    let mut taken: Vec<bool> = (0..rows * columns)
        .map(|i| shape.is_taken(i % columns, i / columns))
        .collect();
    for ((mask, x, y), word) in masks.iter().zip(&layout.words) {
        assert!(
            x + mask.width <= columns && y + mask.height <= rows,
            "{} off the board",
            word.text
        );
        for r in 0..mask.height {
            for c in 0..mask.width {
                if mask.get(c, r) {
                    let cell = &mut taken[(y + r) * columns + x + c];
                    assert!(
                        !*cell,
                        "{} overlaps an earlier word or the shape",
                        word.text
                    );
                    *cell = true;
                }
            }
        }
        assert_ink_inside_and_masked(glyphs, words, word, mask, *x, *y, options);
    }
    // Top K always placed; placed + dropped = chosen.
    let eligible = words
        .iter()
        .filter(|w| w.weight > 0.0 && !w.text.trim().is_empty())
        .count();
    let chosen = eligible.min(options.max_words);
    assert_eq!(layout.words.len() + layout.dropped.len(), chosen);
    assert_eq!(layout.omitted, eligible - chosen);
    if layout.warning.is_none() {
        let keep = options.keep_top.min(chosen);
        let mut ranks: Vec<usize> = layout.words.iter().map(|w| w.rank).collect();
        ranks.sort_unstable();
        assert!(
            ranks.len() >= keep && (0..keep).all(|r| ranks[r] == r),
            "a top-{keep} word was dropped"
        );
    }
    layout
}

/// Every ink rectangle of `word`, placed and turned as the SVG draws it,
/// lies inside the area and on set cells of its mask.
fn assert_ink_inside_and_masked(
    glyphs: &dyn MaskSource,
    words: &[CloudWord],
    word: &PlacedWord,
    mask: &mask::Mask,
    x: usize,
    y: usize,
    options: &CloudOptions,
) {
    let index = words.iter().position(|w| w.text == word.text).unwrap();
    let mut ink = Vec::new();
    glyphs.ink(index, word.font_size, &mut ink);
    let (sin, cos) = word.angle.to_radians().sin_cos();
    let eps = 1e-6;
    for r in ink {
        for fx in [0.0, 0.5, 1.0] {
            for fy in [0.0, 0.5, 1.0] {
                let px = word.x + r[0] + (r[2] - r[0]) * fx;
                let py = word.y + r[1] + (r[3] - r[1]) * fy;
                let (dx, dy) = (px - word.cx, py - word.cy);
                let (tx, ty) = (word.cx + dx * cos - dy * sin, word.cy + dx * sin + dy * cos);
                assert!(
                    tx >= -eps
                        && ty >= -eps
                        && tx <= options.width + eps
                        && ty <= options.height + eps,
                    "ink of {} outside the area at ({tx}, {ty})",
                    word.text
                );
                // Nudge inwards so a point on a cell edge counts for the cell
                // the ink is in.
                let (cx, cy) = (
                    ((tx - (fx - 0.5) * 2.0 * eps) / CELL).floor() as i64 - x as i64,
                    ((ty - (fy - 0.5) * 2.0 * eps) / CELL).floor() as i64 - y as i64,
                );
                let inside =
                    cx >= 0 && cy >= 0 && (cx as usize) < mask.width && (cy as usize) < mask.height;
                assert!(
                    inside && mask.get(cx as usize, cy as usize),
                    "ink of {} at ({tx}, {ty}) not under its mask",
                    word.text
                );
            }
        }
    }
}

#[test]
fn random_clouds_keep_every_invariant() {
    let mut rng = Rng::new(2024);
    for seed in 0..24u64 {
        let n = 5 + (rng.next_u64() % 150) as usize;
        let words = random_words(&mut rng, n);
        let options = CloudOptions {
            seed,
            width: 200.0 + (rng.next_u64() % 700) as f64,
            height: 150.0 + (rng.next_u64() % 500) as f64,
            padding: (rng.next_u64() % 5) as f64,
            max_words: 20 + (rng.next_u64() % 150) as usize,
            keep_top: (rng.next_u64() % 60) as usize,
            scale: [Scale::Linear, Scale::Sqrt, Scale::Log][seed as usize % 3],
            rotate: [Rotate::None, Rotate::Mixed, Rotate::Angles][(seed / 3) as usize % 3],
            rotate_ratio: 0.5,
            angles: vec![0.0, 30.0, -45.0, 90.0],
            shape: if seed % 4 == 3 {
                Shape::Ellipse
            } else {
                Shape::Rectangle
            },
            ..CloudOptions::default()
        };
        checked(&words, &options);
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_cloud() {
    let words = random_words(&mut Rng::new(5), 120);
    let options = CloudOptions {
        rotate: Rotate::Mixed,
        ..CloudOptions::default()
    };
    // The layout's bytes as JSON (the SVG of one layout is render's test).
    let bytes = |layout: CloudLayout| serde_json::to_string(&layout).unwrap();
    let first = bytes(checked(&words, &options));
    let second = bytes(checked(&words, &options));
    assert_eq!(first, second);
    let other = bytes(checked(&words, &CloudOptions { seed: 2, ..options }));
    assert_ne!(first, other);
}

#[test]
fn heavier_words_are_larger_and_ranked_first() {
    let words: Vec<CloudWord> = (0..30)
        .map(|i| CloudWord {
            text: format!("kata{i}"),
            weight: (30 - i) as f64,
            ..CloudWord::default()
        })
        .collect();
    let layout = checked(&words, &CloudOptions::default());
    let size_of = |t: &str| layout.words.iter().find(|w| w.text == t).unwrap().font_size;
    assert!(size_of("kata0") > size_of("kata29"));
    assert_eq!(layout.words[0].rank, 0);
}

#[test]
fn zero_words_is_a_clear_error() {
    let none: Vec<CloudWord> = Vec::new();
    let glyphs = EstimatedGlyphs::new([]);
    assert_eq!(
        layout::layout(&none, &glyphs, &CloudOptions::default()),
        Err(ArahError::NoTerms)
    );
}

#[test]
fn one_enormous_word_is_shrunk_not_cut() {
    let words = vec![CloudWord {
        text: "a".repeat(400),
        weight: 5.0,
        ..CloudWord::default()
    }];
    let layout = checked(&words, &CloudOptions::default());
    assert_eq!(layout.words.len(), 1);
    assert!(layout.words[0].font_size < 10.0);
}

#[test]
fn a_word_too_long_for_any_size_is_reported() {
    let words = vec![
        CloudWord {
            text: "m".repeat(5000),
            weight: 5.0,
            ..CloudWord::default()
        },
        CloudWord {
            text: "kecil".into(),
            weight: 1.0,
            ..CloudWord::default()
        },
    ];
    let layout = checked(&words, &CloudOptions::default());
    assert_eq!(layout.dropped, vec!["m".repeat(5000)]);
    // The warning quotes the word's start, not all 5 000 characters.
    let warning = layout.warning.as_deref().unwrap();
    assert!(
        warning.starts_with(&format!("“{}…” does not fit", "m".repeat(40))),
        "{warning}"
    );
    assert!(warning.chars().count() < 100, "{warning}");
    assert_eq!(layout.words.len(), 1);
}

#[test]
fn five_thousand_words_fill_the_area_and_report_the_rest() {
    let words = random_words(&mut Rng::new(9), 5000);
    let options = CloudOptions {
        max_words: 5000,
        ..CloudOptions::default()
    };
    let layout = checked(&words, &options);
    assert!(
        layout.words.len() > 200,
        "only {} placed",
        layout.words.len()
    );
    assert!(!layout.dropped.is_empty());
}

#[test]
fn mixed_scripts_and_emoji_are_placed() {
    let words: Vec<CloudWord> = OTHERS
        .iter()
        .chain(&["kampanye", "e\u{301}", "\u{200d}"])
        .enumerate()
        .map(|(i, t)| CloudWord {
            text: t.to_string(),
            weight: 1.0 + i as f64,
            ..CloudWord::default()
        })
        .collect();
    let layout = checked(&words, &CloudOptions::default());
    assert_eq!(layout.words.len(), words.len());
}

#[test]
fn a_shape_with_no_free_pixel_places_nothing_and_says_so() {
    let words = random_words(&mut Rng::new(1), 10);
    let options = CloudOptions {
        shape: Shape::Alpha(AlphaShape {
            width: 4,
            height: 3,
            alpha: vec![0; 12],
        }),
        ..CloudOptions::default()
    };
    let layout = checked(&words, &options);
    assert!(layout.words.is_empty());
    assert_eq!(layout.dropped.len(), 10);
    assert!(layout.warning.unwrap().contains("no free pixel"));
    let broken = CloudOptions {
        shape: Shape::Alpha(AlphaShape {
            width: 4,
            height: 3,
            alpha: vec![255; 5],
        }),
        ..CloudOptions::default()
    };
    let glyphs = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
    assert!(layout::layout(&words, &glyphs, &broken).is_err());
}

#[test]
fn an_alpha_shape_keeps_words_on_its_opaque_pixels() {
    // Opaque left half only.
    let alpha: Vec<u8> = (0..40 * 30)
        .map(|i| if i % 40 < 20 { 255 } else { 0 })
        .collect();
    let options = CloudOptions {
        shape: Shape::Alpha(AlphaShape {
            width: 40,
            height: 30,
            alpha,
        }),
        ..CloudOptions::default()
    };
    let layout = checked(&random_words(&mut Rng::new(3), 60), &options);
    assert!(!layout.words.is_empty());
    assert!(layout.words.iter().all(|w| w.cx <= 400.0));
}

#[test]
fn comparison_words_stay_in_their_sector() {
    let a = random_words(&mut Rng::new(11), 80);
    let b = random_words(&mut Rng::new(12), 80);
    let words = compare::comparison_words(&[a, b]);
    let options = CloudOptions {
        groups: vec!["satu arah".into(), "dua arah".into()],
        ..CloudOptions::default()
    };
    let layout = checked(&words, &options);
    assert!(layout.words.len() > 20);
    for w in &layout.words {
        match w.group {
            // The whole word in its half, up to a cell.
            Some(0) => assert!(w.x >= 400.0 - CELL, "{} at {}", w.text, w.x),
            Some(1) => assert!(w.right() <= 400.0 + CELL, "{} to {}", w.text, w.right()),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(layout.groups, ["satu arah", "dua arah"]);
}

#[test]
fn bad_options_are_explained() {
    let words = random_words(&mut Rng::new(1), 3);
    let glyphs = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
    for (options, needle) in [
        (
            CloudOptions {
                width: f64::NAN,
                ..CloudOptions::default()
            },
            "width",
        ),
        (
            CloudOptions {
                rotate_ratio: 2.0,
                ..CloudOptions::default()
            },
            "rotateRatio",
        ),
        (
            CloudOptions {
                angles: vec![f64::INFINITY],
                ..CloudOptions::default()
            },
            "angles",
        ),
    ] {
        let error = layout::layout(&words, &glyphs, &options).unwrap_err();
        assert!(error.to_string().contains(needle), "{error}");
    }
    let grouped = vec![CloudWord {
        text: "x".into(),
        weight: 1.0,
        group: Some(3),
        ..CloudWord::default()
    }];
    let glyphs = EstimatedGlyphs::new(["x"]);
    let error = layout::layout(&grouped, &glyphs, &CloudOptions::default()).unwrap_err();
    assert!(error.to_string().contains("group"), "{error}");
}

/// An atlas as the browser would hand it in: each word drawn at 40 px as
/// the stand-in's character boxes, with a descender stroke on "g" and holes
/// between letters, packed in rows of one alpha buffer.
fn synthetic_atlas(words: &[CloudWord]) -> GlyphAtlas {
    let size = 40.0;
    let stand_in = EstimatedGlyphs::new(words.iter().map(|w| w.text.as_str()));
    let stride = 4000;
    let mut boxes = Vec::new();
    let mut placed = Vec::new();
    let (mut x, mut y, mut row_height) = (0usize, 0usize, 0usize);
    for i in 0..words.len() {
        let m = stand_in.metrics(i);
        let (w, h) = (
            (m.width * size).ceil() as usize + 2,
            ((m.ascent + m.descent) * size).ceil() as usize + 2,
        );
        if x + w > stride {
            (x, y, row_height) = (0, y + row_height, 0);
        }
        let baseline = (m.ascent * size).ceil() + 1.0;
        boxes.extend([
            x as f64,
            y as f64,
            w as f64,
            h as f64,
            1.0,
            baseline,
            m.width * size,
        ]);
        placed.push((x, y, baseline));
        x += w;
        row_height = row_height.max(h);
    }
    let mut alpha = vec![0u8; stride * (y + row_height)];
    let mut ink = Vec::new();
    for (i, &(x0, y0, baseline)) in placed.iter().enumerate() {
        ink.clear();
        stand_in.ink(i, size, &mut ink);
        for r in &ink {
            // Inset so ink stays strictly inside the box; faint edges count.
            for py in (r[1] + baseline).ceil() as usize..(r[3] + baseline).floor() as usize {
                for px in (r[0] + 1.0).ceil() as usize..(r[2] + 1.0).floor() as usize {
                    alpha[(y0 + py) * stride + x0 + px] = if px % 7 == 0 { 3 } else { 255 };
                }
            }
        }
    }
    GlyphAtlas::new(alpha, stride, size, boxes).unwrap()
}

#[test]
fn atlas_glyphs_keep_every_invariant() {
    for seed in 0..6u64 {
        let words = random_words(&mut Rng::new(100 + seed), 90);
        let atlas = synthetic_atlas(&words);
        let options = CloudOptions {
            seed,
            rotate: if seed % 2 == 0 {
                Rotate::Mixed
            } else {
                Rotate::None
            },
            ..CloudOptions::default()
        };
        let layout = checked_with(&words, &atlas, &options);
        assert!(
            layout.words.len() >= 80,
            "only {} placed",
            layout.words.len()
        );
    }
}
