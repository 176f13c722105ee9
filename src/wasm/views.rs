//! Exports for the views a reader opens after the first screen: keyness,
//! keyword in context, stems, the communication strategy, clouds of any
//! words and comparison clouds. Built into
//! `pkg/arah_views.js`, which `arah.js` loads on first use.
//!
//! The strategy lexicons are not compiled in: the page passes their JSON
//! texts (the defaults are `pkg/strategy-id.json` and `pkg/strategy-en.json`,
//! which `arah.js` fetches on first use), so an edited lexicon is just
//! another text.

use super::cloud::{place_cloud, shaped_options};
use super::convert::{documents_from_js, from_js, js_error, object_of, options_from_js, to_js};
use crate::analysis::{self, AnalyzeOptions};
use crate::cloud::compare::comparison_cloud_words;
use crate::cloud::layout::MAX_GROUPS;
use crate::cloud::words::cloud_words;
use crate::cloud::{CloudOptions, CloudWord};
use crate::comparison::{self, CompareOptions, Comparison};
use crate::render::keyness_svg::keyness_svg;
use crate::render::strategy_svg::strategy_svg;
use crate::stats::kwic;
use crate::strategy::{analyze_strategy, Lexicon, StrategyOptions, StrategyReport};
use crate::text::decode::decode_text;
use crate::text::lexicon::require_stemmer;
use crate::text::tokenize::{for_each_token, lowercase};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type TokenKind = "word" | "abbreviation" | "number" | "hashtag" | "mention" | "url" | "email" | "emoji";
export interface TokenSpans {
  terms: string[];
  kinds: TokenKind[];
  start: Uint32Array; end: Uint32Array;
  startUtf16: Uint32Array; endUtf16: Uint32Array;
}
export interface CompareOptions {
  /** Indices of the target documents; the others are the reference. Default [0]. */
  target?: number[];
  /** Terms shown per side (default 15). */
  top?: number;
  /** Least count of a term on both sides together (default 3). */
  minCount?: number;
  /** Yates' continuity correction on χ² (default false; G² never uses it). */
  yates?: boolean;
  /** How terms are counted, as for analyze. */
  terms?: AnalyzeOptions;
}
export interface KeyTerm {
  term: string; targetCount: number; referenceCount: number;
  logLikelihood: number; chiSquared: number; pValue: number; logRatio: number;
  members?: string[];
}
export interface Comparison {
  target: string; reference: string; targetTerms: number; referenceTerms: number;
  terms: KeyTerm[];
  /** Diverging bars, over-used terms right, under-used left. */
  svg: string;
}
export interface KwicOptions {
  /** Find occurrences in page chrome too (default false). */
  keepChrome?: boolean;
}
export interface KwicLine {
  left: string; keyword: string; right: string;
  start: number; end: number; startUtf16: number; endUtf16: number;
}
/** The strategy result has the shape of `arah strategy --json` (camelCase
 * keys; byte offsets into each document's text plus UTF-16 offsets for
 * JavaScript strings), and the SVG of `arah strategy --svg`. */
export type StrategySide = "one-way" | "two-way" | "mobilisation";
export interface StrategyEvidence {
  start: number; end: number; startUtf16: number; endUtf16: number;
  /** The text between the offsets, and its tokens lowercased. */
  text: string; words: string[];
  side: StrategySide; weight: number;
  /** False when a rule cancelled it: shown, not scored. */
  counted: boolean;
  rule: "lexicon" | "lexicon-stem" | "lexicon-reordered" | "negation" | "hedge" | "contrast" | "contrast-denied"
    | "change" | "change-past" | "no-longer" | "audience-rejection"
    | "audience-question" | "rhetorical-question" | "attribution"
    | "reply" | "reply-thread" | "mention" | "venue-without-exchange"
    | "direction-recipient" | "direction-source" | "direction-reciprocal" | "heading";
  /** The lexicon entry's pattern and category (absent for question and mention rules). */
  pattern?: string; category?: string;
}
export interface StrategySentence {
  start: number; end: number; startUtf16: number; endUtf16: number; text: string;
  label: "one-way" | "two-way" | "neither";
  mobilisation: boolean;
  /** It states an ideal or a recommendation (seharusnya, should): labelled by
   * the mode it recommends. */
  normative: boolean;
  /** One side appears in it only as a foil (denied in a contrast, a past
   * state, "no longer"). */
  foil: boolean;
  oneWay: number; twoWay: number; mobilisationScore: number;
  /** What decided the label: `cue` (its evidence), `no-cue` (nothing found, so
   * `neither` for want of a cue: not a confident `neither`), `chrome` (the
   * sentence is page chrome) or `gate` (the document or its paragraph is not
   * about actor–audience communication, so no label). */
  basis: "cue" | "no-cue" | "chrome" | "gate";
  /** The calibrated probability, in [0, 1], that the label is right. */
  probability: number;
  evidence: StrategyEvidence[];
  /** The kind of page chrome the sentence lies in (absent for the text itself). */
  chrome?: "advertisement" | "related-link" | "share" | "byline" | "counter" | "timestamp"
    | "cookie-notice";
}
/** One mention of a party of the communication: the relevance gate's evidence. */
export interface StrategyMention {
  start: number; end: number; startUtf16: number; endUtf16: number;
  /** The text between the offsets. */
  text: string;
  role: "actor" | "audience";
}
/** The relevance gate's decision for a document, with its evidence. */
export interface StrategyRelevance {
  /** Whether the text is about communication between an actor and its
   * audience; when not, its mode is `none` and no sentence has a label. */
  relevant: boolean;
  /** Why: both parties named, a reply (a line opens with an @handle) or a
   * short post (judged by their form), or no actor, no audience, no text. */
  reason: "actor-and-audience" | "reply" | "short-post" | "no-actor" | "no-audience" | "no-text";
  actorMentions: number; audienceMentions: number;
  /** The first mentions, in text order (offsets into the document's text). */
  mentions: StrategyMention[];
  /** Paragraphs of a long relevant text, far from both parties, that lost their labels. */
  gatedParagraphs: number;
}
export interface StrategyTotals {
  oneWay: number; twoWay: number; mobilisation: number;
  /** In [-1, 1]; negative leans one-way. */
  balance: number;
  label: "one-way" | "two-way" | "mixed" | "none";
  sentenceCount: number; oneWaySentences: number; twoWaySentences: number;
  neitherSentences: number; mobilisationSentences: number;
  oneWayShare: number; twoWayShare: number; neitherShare: number;
}
export interface StrategyDocument extends StrategyTotals {
  /** The document's title. */
  file: string;
  /** The calibrated probability, in [0, 1], that the mode (`label`) is right. */
  probability: number;
  relevance: StrategyRelevance;
  sentences: StrategySentence[];
}
export interface StrategyResult {
  documents: StrategyDocument[];
  corpus: StrategyTotals;
  /** Document indexes from the most one-way balance to the most two-way. */
  ranking: number[];
  /** Per document a diverging bar and a strip of its sentences (cells carry data-index). */
  svg: string;
}
export interface StrategyOptions {
  /** Score page chrome too ("ADVERTISEMENT", "Baca juga: …", bylines); default false. */
  keepChrome?: boolean;
}
export interface DecodedText { text: string; warning?: string }
export interface LexiconCheck {
  entries: number; categories: number;
  /** The lexicon files merged into one, in the lexicon file format (one line). */
  json: string;
}
"#;

/// `analyze`, plus each document's terms by tf-idf and the corpus's bigram
/// collocations.
#[wasm_bindgen(js_name = analyzeInDetail, unchecked_return_type = "Analysis")]
pub fn analyze_in_detail(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let options: AnalyzeOptions = options_from_js(options)?;
    to_js(&analysis::analyze_in_detail(&documents, &options).map_err(js_error)?)
}

/// A comparison cloud of `documents`, one group each (the groups' names
/// are their titles unless `cloudOptions.groups` names them): each term in
/// the group where its share of every term most exceeds its mean share,
/// sized by that excess, laid out as `cloud` lays words out. Counting
/// follows `analyzeOptions` (its `top` is not used: shares need every term).
#[wasm_bindgen(js_name = comparisonCloud, unchecked_return_type = "CloudResult")]
pub fn comparison_cloud(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] analyze_options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CloudOptions | undefined")] cloud_options: JsValue,
    glyphs_from_canvas: bool,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    if documents.len() < 2 {
        return Err(JsError::new(
            "a comparison cloud needs two or more documents, one for each group",
        ));
    }
    let analyze_options: AnalyzeOptions = options_from_js(analyze_options)?;
    let mut options: CloudOptions = options_from_js(cloud_options)?;
    if documents.len() > MAX_GROUPS {
        // One group a document, and a cloud has room for so many groups
        // only: the cloud of all the documents, rather than none, and a
        // warning that says why.
        let top_terms = AnalyzeOptions {
            top: options.max_words,
            ..analyze_options
        };
        let all = analysis::analyze(&documents, &top_terms).map_err(js_error)?;
        options.groups.clear();
        let result = place_cloud(
            &cloud_words(&all.corpus.top_terms),
            &options,
            glyphs_from_canvas,
        )?;
        let warning = format!(
            "a comparison cloud compares at most {MAX_GROUPS} documents, not {}: this is the cloud of all of them",
            documents.len()
        );
        js_sys::Reflect::set(&result, &"warning".into(), &warning.into())
            .map_err(|_| JsError::new("could not build the result object"))?;
        return Ok(result);
    }
    if options.groups.is_empty() {
        options.groups = documents.iter().map(|d| d.title.clone()).collect();
    }
    let words = comparison_cloud_words(&documents, &analyze_options).map_err(js_error)?;
    place_cloud(&words, &options, glyphs_from_canvas)
}

/// A word cloud of any words, as SVG plus the placed words (the first
/// screen's `termCloud` draws a term table's rows). With `glyphs_from_canvas`,
/// each word's mask comes from its real glyphs, drawn by the browser in
/// `options.fontFamily` (see `glyph_atlas`); without it, or where the
/// browser cannot draw them, from the built-in estimate. `shape_alpha`
/// (`shape_width` pixels a row), when given, is the area's shape: words go
/// where its alpha is at least 128.
#[wasm_bindgen(unchecked_return_type = "CloudResult")]
pub fn cloud(
    #[wasm_bindgen(unchecked_param_type = "CloudWord[]")] words: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CloudOptions | undefined")] options: JsValue,
    glyphs_from_canvas: bool,
    shape_alpha: Option<Vec<u8>>,
    shape_width: usize,
) -> Result<JsValue, JsError> {
    let words: Vec<CloudWord> =
        from_js(words, "words must be an array of { text, weight } objects")?;
    let options = shaped_options(options, shape_alpha, shape_width)?;
    place_cloud(&words, &options, glyphs_from_canvas)
}

/// Keyness of the target documents against the others, with its chart.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn keyness(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let options: CompareOptions = options_from_js(options)?;
    let comparison = comparison::compare(&documents, &options).map_err(js_error)?;
    to_js(&ComparisonResult {
        svg: keyness_svg(&comparison),
        comparison,
    })
}

#[derive(Serialize)]
struct ComparisonResult {
    svg: String,
    #[serde(flatten)]
    comparison: Comparison,
}

/// Each occurrence of any of `terms` (lowercase, as in the tables; pass a
/// group's members to find all its forms) with `window` tokens either side
/// (`arah kwic`'s default when not given); those in page chrome only with
/// `keepChrome`.
#[wasm_bindgen(unchecked_return_type = "KwicLine[]")]
pub fn kwic(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string[]")] terms: JsValue,
    window: Option<usize>,
    #[wasm_bindgen(unchecked_param_type = "KwicOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let terms: Vec<String> = from_js(terms, "terms must be an array of strings")?;
    let options: KwicOptions = options_from_js(options)?;
    let window = window.unwrap_or(kwic::DEFAULT_WINDOW);
    to_js(&kwic::kwic(text, &terms, window, options.keep_chrome))
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct KwicOptions {
    keep_chrome: bool,
}

/// The stem of each word (lowercased first, as the tokenizer does).
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn stem(
    #[wasm_bindgen(unchecked_param_type = "string[]")] words: JsValue,
) -> Result<JsValue, JsError> {
    let words: Vec<String> = from_js(words, "words must be an array of strings")?;
    let stemmer = require_stemmer().map_err(js_error)?;
    let stems: Vec<String> = words
        .iter()
        .map(|w| stemmer.stem(&lowercase(w)).into_owned())
        .collect();
    to_js(&stems)
}

/// The communication strategy of each document: one-way against two-way
/// evidence per sentence and document, with the bars-and-strip chart.
/// `lexicons` are the JSON texts of one or more lexicon files, merged in
/// order.
#[wasm_bindgen(unchecked_return_type = "StrategyResult")]
pub fn strategy(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string[]")] lexicons: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StrategyOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let lexicon = lexicon_from_js(lexicons)?;
    let options: StrategyOptions = options_from_js(options)?;
    let report = analyze_strategy(&documents, &lexicon, &options);
    to_js(&StrategyResult {
        svg: strategy_svg(&report),
        report,
    })
}

#[derive(Serialize)]
struct StrategyResult {
    svg: String,
    #[serde(flatten)]
    report: StrategyReport,
}

/// Checks lexicon JSON (one text or several merged in order) as `strategy`
/// reads it; a malformed text is an `Error` naming its line and column.
#[wasm_bindgen(js_name = checkLexicon, unchecked_return_type = "LexiconCheck")]
pub fn check_lexicon(
    #[wasm_bindgen(unchecked_param_type = "string | string[]")] lexicons: JsValue,
) -> Result<JsValue, JsError> {
    let lexicon = lexicon_from_js(lexicons)?;
    to_js(&LexiconCheck {
        entries: lexicon.entries.len(),
        categories: lexicon.categories.len(),
        json: lexicon.to_json(),
    })
}

#[derive(Serialize)]
struct LexiconCheck {
    entries: usize,
    categories: usize,
    json: String,
}

/// One lexicon from one JSON text or an array of them; with several, an
/// error names the file by its position.
fn lexicon_from_js(value: JsValue) -> Result<Lexicon, JsError> {
    let texts: Vec<String> = match value.as_string() {
        Some(text) => vec![text],
        None => from_js(
            value,
            "lexicons must be an array of lexicon JSON texts (strings)",
        )?,
    };
    if texts.is_empty() {
        return Err(JsError::new(
            "no strategy lexicon given: pass the JSON text of at least one lexicon file",
        ));
    }
    let mut lexicon = Lexicon::default();
    for (index, text) in texts.iter().enumerate() {
        lexicon.add_json(text).map_err(|e| match texts.len() {
            1 => js_error(e),
            _ => {
                let message = e.to_string();
                let message = message.trim_start_matches("strategy lexicon: ");
                JsError::new(&format!("strategy lexicon file {}: {message}", index + 1))
            }
        })?;
    }
    Ok(lexicon)
}

/// Every token of `text` with byte and UTF-16 offsets into it, as typed
/// arrays so that large texts do not become millions of objects.
#[wasm_bindgen(unchecked_return_type = "TokenSpans")]
pub fn tokenize(text: &str) -> Result<JsValue, JsError> {
    let mut terms = Vec::new();
    let mut kinds = Vec::new();
    let (mut start, mut end, mut start16, mut end16) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for_each_token(text, |token| {
        terms.push(JsValue::from_str(token.term));
        kinds.push(JsValue::from_str(token.kind.name()));
        start.push(token.bytes.0 as u32);
        end.push(token.bytes.1 as u32);
        start16.push(token.utf16.0 as u32);
        end16.push(token.utf16.1 as u32);
    });
    object_of(&[
        ("terms", terms.into_iter().collect::<js_sys::Array>().into()),
        ("kinds", kinds.into_iter().collect::<js_sys::Array>().into()),
        ("start", js_sys::Uint32Array::from(&start[..]).into()),
        ("end", js_sys::Uint32Array::from(&end[..]).into()),
        ("startUtf16", js_sys::Uint32Array::from(&start16[..]).into()),
        ("endUtf16", js_sys::Uint32Array::from(&end16[..]).into()),
    ])
}

/// The bytes of a file as text (in this module, not the first screen's:
/// files are opened after the first cloud, or fetched from the network): binary files are refused, invalid UTF-8 is
/// replaced and reported in `warning`.
#[wasm_bindgen(js_name = readTextFile, unchecked_return_type = "DecodedText")]
pub fn read_text_file(name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
    let decoded = decode_text(name, bytes).map_err(js_error)?;
    let mut entries = vec![("text", JsValue::from(decoded.text))];
    if let Some(warning) = decoded.warning {
        entries.push(("warning", warning.into()));
    }
    object_of(&entries)
}
