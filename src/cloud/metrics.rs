//! How big a word is. The browser measures real glyphs on a canvas and passes
//! the numbers in; natively (CLI, tests) a deterministic stand-in estimates
//! them from character classes. The stand-in is wider than most sans-serif
//! fonts rather than narrower, and the SVG pins each word to its measured
//! width with `textLength`, so a cloud drawn in any font keeps its boxes.

use serde::Deserialize;

/// Size of a word set at a font size of 1 px.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct WordMetrics {
    /// Advance width.
    pub width: f64,
    /// Height above the baseline.
    pub ascent: f64,
    /// Depth below the baseline.
    pub descent: f64,
}

impl WordMetrics {
    pub fn is_usable(&self) -> bool {
        self.width.is_finite()
            && self.ascent.is_finite()
            && self.descent.is_finite()
            && self.width > 0.0
            && self.ascent >= 0.0
            && self.descent >= 0.0
            && self.ascent + self.descent > 0.0
    }
}

/// The native stand-in: widths per character class of a typical sans-serif.
pub fn estimate_metrics(text: &str) -> WordMetrics {
    let width = text.chars().map(estimated_advance).sum::<f64>().max(0.3);
    WordMetrics {
        width,
        ascent: 0.78,
        descent: 0.24,
    }
}

/// Advance of one character at 1 px in the stand-in.
pub fn estimated_advance(ch: char) -> f64 {
    match ch {
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' => 0.28,
        'f' | 't' | 'r' | 'I' | '-' | '(' | ')' => 0.4,
        'm' | 'w' | 'M' | 'W' => 0.9,
        'A'..='Z' => 0.7,
        '0'..='9' => 0.58,
        // CJK, kana, hangul and emoji are about one em wide.
        '\u{1100}'..='\u{11FF}'
        | '\u{2E80}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{1F000}'..='\u{1FAFF}' => 1.0,
        _ => 0.6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_letters_measure_wider() {
        assert!(estimate_metrics("mmmm").width > estimate_metrics("iiii").width);
        assert!(estimate_metrics("kampanye").width > estimate_metrics("pemilu").width);
    }

    #[test]
    fn usable_metrics_reject_nonsense() {
        assert!(estimate_metrics("a").is_usable());
        let broken = WordMetrics {
            width: f64::NAN,
            ascent: 0.8,
            descent: 0.2,
        };
        assert!(!broken.is_usable());
        let empty = WordMetrics {
            width: 1.0,
            ascent: 0.0,
            descent: 0.0,
        };
        assert!(!empty.is_usable());
    }
}
