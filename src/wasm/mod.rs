//! The one WebAssembly facade, built as two modules from the same crate so
//! that a reader downloads only what the first screen needs:
//! - `first_screen` (feature `first-screen`, on by default → `pkg/arah.js`):
//!   analysis and the cloud of its term table;
//! - `views` (feature `views` → `pkg/arah_views.js`, loaded by `arah.js` on
//!   first use): keyness, keyword in context, stems, the strategy analysis,
//!   clouds of any words, comparison clouds, tokens, reading files.
//!
//! Both lay clouds out the same way (`cloud.rs`).
//!
//! It only converts: JavaScript values in through serde, core results out as
//! plain objects (typed arrays for bulk numbers), and every core error into a
//! JavaScript `Error` with a readable message. No export unwraps; a panic
//! would still reach the console through the hook installed at start, never
//! as an unexplained `unreachable`.

mod cloud;
mod convert;
mod de;
#[cfg(feature = "first-screen")]
mod first_screen;
mod glyph_atlas;
#[cfg(feature = "views")]
mod views;

#[cfg(feature = "first-screen")]
pub use first_screen::*;
#[cfg(feature = "views")]
pub use views::*;

use crate::text::lexicon;
use convert::js_error;
use wasm_bindgen::prelude::*;

/// Types both modules use.
#[wasm_bindgen(typescript_custom_section)]
const SHARED_TYPES: &str = r#"
export interface ArahDocument { title: string; text: string }
export interface AnalyzeOptions {
  stopwordLanguages?: string[];
  extraStopwords?: string[];
  keepWords?: string[];
  includeNumbers?: boolean;
  minChars?: number;
  top?: number;
  groupByStem?: boolean;
  normalizeSlang?: boolean;
  /** Count page chrome too ("ADVERTISEMENT", "Baca juga: …", bylines); default false. */
  keepChrome?: boolean;
}
export interface TermCount {
  term: string; count: number; documents: number;
  /** With groupByStem: the stem and the forms counted, most frequent first. */
  stem?: string; members?: string[];
}
export interface DocumentSummary {
  title: string;
  tokenCount: number;
  termCount: number;
  uniqueTerms: number;
  topTerms: TermCount[];
  /** From analyzeInDetail, in each document's summary. */
  tfidf?: TfIdf[];
  /** From analyzeInDetail, in the corpus summary. */
  collocations?: Collocation[];
}
export interface Analysis { documents: DocumentSummary[]; corpus: DocumentSummary }
export interface TfIdf { term: string; count: number; documents: number; tfidf: number }
export interface Collocation { first: string; second: string; count: number; logLikelihood: number }
"#;

/// Talc instead of Rust's default dlmalloc: the same job in less code on
/// the first screen; it grows the wasm memory as texts need, as dlmalloc did.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Installs the Indonesian root lexicon (the text of `id-roots.txt`, next
/// to the wasm) for grouping word forms and judging run-together words. It
/// is not in the wasm itself, so that readers who never need it never load it.
#[wasm_bindgen(js_name = installRootLexicon)]
pub fn install_root_lexicon(list: &str) -> Result<(), JsError> {
    lexicon::install_roots(list).map_err(js_error)
}

/// Whether a call since the last time this was asked needed the root
/// lexicon while it was not installed; install it and call again for the
/// full result.
#[wasm_bindgen(js_name = rootsWanted)]
pub fn roots_wanted() -> bool {
    lexicon::take_roots_wanted()
}
