//! Every colour Arah draws with, in one place: the word palettes of the two
//! themes, each theme's background and ink, and the colours of the charts'
//! roles (one-way, two-way, mobilisation; target, reference). The SVG
//! renderers take their colours from here; the widget's stylesheets carry
//! the same values, which the tests below check against these, and the PNG
//! export paints what the page shows.

use crate::cloud::Theme;

/// The light theme's words: Okabe–Ito's blue, vermilion, bluish green and
/// reddish purple darkened, a violet and a charcoal in place of its sky
/// blue and orange, so that every one is at least 4.5:1 on white. Colours
/// go by rank (or group) round the six, so any of them can land on a small
/// word: each is held to the 4.5:1 of small text, which also covers the
/// 3:1 of large text. The six stay apart for deuteranopia, protanopia and
/// tritanopia (README, "Colours").
pub const PALETTE: [&str; 6] = [
    "#0072B2", "#C43C00", "#007A3D", "#A0307C", "#6C4FD8", "#333333",
];

/// Okabe–Ito for a dark background: the light members first, dark blue and
/// vermilion left out for contrast (each at least 4.5:1 on the dark
/// background, as on white above).
pub const DARK_PALETTE: [&str; 6] = [
    "#56B4E9", "#E69F00", "#F0E442", "#CC79A7", "#009E73", "#FFFFFF",
];

/// The light theme's background: the SVG draws none (the page shows
/// through), a PNG export fills with it.
pub const LIGHT_BACKGROUND: &str = "#FFFFFF";
/// The dark theme's background, drawn by the SVG itself.
pub const DARK_BACKGROUND: &str = "#1E1E24";
/// Text that is Arah's own (a comparison cloud's legend) on each theme.
pub const LIGHT_INK: &str = "#222222";
pub const DARK_INK: &str = "#EEEEEE";

/// The strategy chart's one-way and two-way sides and its mobilisation mark.
/// The charts are drawn once for both themes in these light colours; the
/// dark theme's stylesheets repaint them with the `DARK_` ones below
/// (`[fill="…"]` rules in www/arah-views.css and www/arah-strategy.css,
/// held to these values by a test).
pub const ONE_WAY: &str = PALETTE[1];
pub const TWO_WAY: &str = PALETTE[0];
pub const MOBILISATION: &str = PALETTE[2];

/// The keyness chart's target (over-used) and reference (under-used) bars.
pub const TARGET: &str = PALETTE[0];
pub const REFERENCE: &str = PALETTE[1];

/// The same roles on the dark background: Okabe–Ito's orange for
/// vermilion, sky blue for blue, bluish green for the darker green.
pub const DARK_ONE_WAY: &str = DARK_PALETTE[1];
pub const DARK_TWO_WAY: &str = DARK_PALETTE[0];
pub const DARK_MOBILISATION: &str = DARK_PALETTE[4];
pub const DARK_TARGET: &str = DARK_PALETTE[0];
pub const DARK_REFERENCE: &str = DARK_PALETTE[1];

/// The charts' roles in a theme, by their CSS names.
pub fn roles(theme: Theme) -> [(&'static str, &'static str); 5] {
    match theme {
        Theme::Light => [
            ("one-way", ONE_WAY),
            ("two-way", TWO_WAY),
            ("mobilisation", MOBILISATION),
            ("target", TARGET),
            ("reference", REFERENCE),
        ],
        Theme::Dark => [
            ("one-way", DARK_ONE_WAY),
            ("two-way", DARK_TWO_WAY),
            ("mobilisation", DARK_MOBILISATION),
            ("target", DARK_TARGET),
            ("reference", DARK_REFERENCE),
        ],
    }
}

/// WCAG 2.2's contrast ratio of two `#RRGGBB` colours, from their relative
/// luminance: 1 (the same) to 21 (black on white).
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    let (a, b) = (relative_luminance(a), relative_luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

fn relative_luminance(hex: &str) -> f64 {
    let channel = |at: usize| {
        let c = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap_or(0)) / 255.0;
        match c <= 0.04045 {
            true => c / 12.92,
            false => ((c + 0.055) / 1.055).powf(2.4),
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// The contrast WCAG 2.2 asks of text `font_size` CSS pixels high in
/// regular weight: 3:1 from 24 px ("large"), 4.5:1 below; bold text is
/// large from 18.66 px.
pub fn required_contrast(font_size: f64, bold: bool) -> f64 {
    let large = if bold { 18.66 } else { 24.0 };
    if font_size >= large {
        3.0
    } else {
        4.5
    }
}

/// A theme's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeColours {
    pub words: &'static [&'static str; 6],
    pub background: &'static str,
    pub ink: &'static str,
}

pub fn theme_colours(theme: Theme) -> ThemeColours {
    match theme {
        Theme::Light => ThemeColours {
            words: &PALETTE,
            background: LIGHT_BACKGROUND,
            ink: LIGHT_INK,
        },
        Theme::Dark => ThemeColours {
            words: &DARK_PALETTE,
            background: DARK_BACKGROUND,
            ink: DARK_INK,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every colour a word can take is readable on its theme's background
    /// as small text (4.5:1): words that find no room shrink below the
    /// layout's smallest size, so any rank, and any colour, can be small.
    /// The ink is too.
    #[test]
    fn words_and_ink_are_readable_on_their_background() {
        for theme in [Theme::Light, Theme::Dark] {
            let colours = theme_colours(theme);
            let ratio = contrast_ratio(colours.ink, colours.background);
            assert!(ratio >= 4.5, "ink {ratio:.2}");
            for colour in colours.words {
                let ratio = contrast_ratio(colour, colours.background);
                assert!(
                    ratio >= 4.5,
                    "{colour} on {}: {ratio:.2}",
                    colours.background
                );
            }
        }
    }

    /// The charts' headings are 12 px bold in these colours: small text.
    #[test]
    fn the_charts_colours_are_readable_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let background = theme_colours(theme).background;
            for (name, colour) in roles(theme) {
                let ratio = contrast_ratio(colour, background);
                let needed = required_contrast(12.0, true);
                assert!(
                    ratio >= needed,
                    "{name} {colour} on {background}: {ratio:.2}"
                );
            }
        }
    }

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast_ratio("#000000", "#FFFFFF") - 21.0).abs() < 1e-9);
        assert!((contrast_ratio("#777777", "#FFFFFF") - 4.48).abs() < 0.01);
        assert_eq!(required_contrast(23.9, false), 4.5);
        assert_eq!(required_contrast(24.0, false), 3.0);
        assert_eq!(required_contrast(18.66, true), 3.0);
    }

    /// The dark theme repaints the charts, drawn in the light roles, with
    /// the dark ones: the stylesheets' `[fill="…"]` rules name both.
    #[test]
    fn the_dark_stylesheets_repaint_the_charts_in_the_dark_roles() {
        let read = |file: &str| {
            std::fs::read_to_string(format!("{}/www/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        };
        let rule = |light: &str, dark: &str| format!("[fill=\"{light}\"] {{ fill: {dark}; }}");
        let views = read("arah-views.css");
        for (light, dark) in [(TARGET, DARK_TARGET), (REFERENCE, DARK_REFERENCE)] {
            assert!(
                views.contains(&rule(light, dark)),
                "arah-views.css: {light} → {dark}"
            );
        }
        let strategy = read("arah-strategy.css");
        for (light, dark) in [
            (ONE_WAY, DARK_ONE_WAY),
            (TWO_WAY, DARK_TWO_WAY),
            (MOBILISATION, DARK_MOBILISATION),
        ] {
            assert!(
                strategy.contains(&rule(light, dark)),
                "arah-strategy.css: {light} → {dark}"
            );
        }
    }

    /// The widget's dark frame is the dark SVG's background and ink, so a
    /// dark cloud sits on its own colour and its PNG (painted from what
    /// the page shows) has one background.
    #[test]
    fn the_widgets_dark_frame_takes_the_palettes_colours() {
        let css =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/arah-widget.css"))
                .unwrap();
        let rule = css
            .lines()
            .find(|line| line.starts_with(".arah.dark {"))
            .expect("a .arah.dark rule");
        let value = |property: &str| {
            rule.split(';')
                .find_map(|part| {
                    part.trim()
                        .trim_start_matches(".arah.dark {")
                        .trim()
                        .strip_prefix(property)
                })
                .map(|v| v.trim().to_ascii_uppercase())
        };
        assert_eq!(value("background:").as_deref(), Some(DARK_BACKGROUND));
        assert_eq!(value("color:").as_deref(), Some(DARK_INK));
    }
}
