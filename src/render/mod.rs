//! SVG output. Everything taken from documents is escaped here.

pub mod cloud_svg;
pub mod escape;
pub mod keyness_svg;
pub mod number;
pub mod strategy_svg;
