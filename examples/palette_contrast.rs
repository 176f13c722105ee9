//! Lists the WCAG 2.2 contrast ratio of every colour in
//! `src/render/palette.rs` on its theme's background, with the ratio that
//! colour must reach (4.5:1: the words can be small, the charts' headings
//! are 12 px bold), as a Markdown table for BENCHMARKS.md:
//!
//!   cargo run --example palette_contrast

use arah::cloud::Theme;
use arah::render::palette::{contrast_ratio, roles, theme_colours};

fn main() {
    println!("| theme | use | colour | background | ratio | needed |");
    println!("|---|---|---|---|---:|---:|");
    for (name, theme) in [("light", Theme::Light), ("dark", Theme::Dark)] {
        let colours = theme_colours(theme);
        let words = colours
            .words
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("word {i}"), *c));
        let roles = roles(theme)
            .into_iter()
            .map(|(role, c)| (role.to_string(), c));
        let ink = std::iter::once(("ink".to_string(), colours.ink));
        for (what, colour) in words.chain(roles).chain(ink) {
            let ratio = contrast_ratio(colour, colours.background);
            println!(
                "| {name} | {what} | `{colour}` | `{}` | {ratio:.2} | 4.5 |",
                colours.background
            );
        }
    }
}
