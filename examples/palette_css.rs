//! Writes Arah's colours (`src/render/palette.rs`) as CSS custom properties,
//! for the widget's CSS and the PNG export to read instead of copying them:
//!
//!   cargo run --example palette_css -- www/arah-palette.css
//!
//! Without a path it prints them.

fn main() {
    let css = arah::render::palette::css();
    match std::env::args().nth(1) {
        Some(path) => {
            std::fs::write(&path, css).unwrap_or_else(|e| panic!("cannot write {path}: {e}"))
        }
        None => print!("{css}"),
    }
}
