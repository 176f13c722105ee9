//! Arah: text analytics for writing about political communication.
//!
//! Data flows one way: text → normalized characters → tokens (with byte and
//! UTF-16 offsets into the original) → terms → counts → cloud layout → SVG.
//! Every stage is plain Rust; `wasm.rs` is the only file that knows about
//! JavaScript, and it is compiled for wasm32 only.

pub mod analysis;
pub mod cloud;
pub mod comparison;
pub mod error;
pub mod hash;
pub mod number;
pub mod render;
pub mod stats;
pub mod strategy;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyze, Analysis, AnalyzeOptions, Document, DocumentSummary};
pub use cloud::{CloudLayout, CloudOptions, CloudWord};
pub use error::ArahError;
