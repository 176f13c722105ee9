// Types of Arah's JavaScript API (arah.js). The shapes of what goes in and
// comes out are wasm-bindgen's, generated from the Rust facade into
// pkg/arah.d.ts (first screen) and pkg/arah_views.d.ts (views), so they
// cannot drift from what the wasm returns; this file adds only the
// signatures of arah.js, which differ from the raw exports (promises,
// optional arguments, glyph and shape options).
import type {
  Analysis,
  AnalyzeOptions,
  ArahDocument,
  CloudOptions,
  CloudResult,
  CloudWord,
  TermCount,
} from './pkg/arah.js';
import type {
  CompareOptions,
  Comparison,
  DecodedText,
  KwicLine,
  KwicOptions,
  LexiconCheck,
  StrategyOptions,
  StrategyResult,
  TokenSpans,
} from './pkg/arah_views.js';

// The data shapes, for code that names them (`import type { CloudResult }
// from 'arah'`).
export type {
  Analysis, AnalyzeOptions, ArahDocument, CloudOptions, CloudResult, CloudWord, Collocation,
  DocumentSummary, PlacedWord, TermCount, TfIdf,
} from './pkg/arah.js';
export type {
  CompareOptions, Comparison, DecodedText, KeyTerm, KwicLine, KwicOptions, LexiconCheck,
  StrategyDocument, StrategyEvidence, StrategyMention, StrategyOptions, StrategyRelevance,
  StrategyResult, StrategySentence, StrategySide, StrategyTotals, TokenKind, TokenSpans,
} from './pkg/arah_views.js';

/** How a cloud gets each word's mask: `'canvas'` from its real glyphs drawn
 * in the page (the default), `'estimate'` from the built-in estimate, as the
 * CLI does. */
export type Glyphs = 'canvas' | 'estimate';

/** Where a cloud's words may go: pixels whose alpha is at least 128, `width`
 * pixels a row, stretched over the cloud's area. */
export interface CloudShape {
  alpha: Uint8Array;
  width: number;
}

/** Loads and instantiates the first screen's module; later calls reuse it. */
export declare function load(): Promise<typeof import('./pkg/arah.js')>;

/** Term counts of each document and of all of them together. */
export declare function analyze(documents: ArahDocument[], options?: AnalyzeOptions): Promise<Analysis>;

/** `analyze`, plus tf-idf per document and the corpus's collocations. */
export declare function analyzeInDetail(documents: ArahDocument[], options?: AnalyzeOptions): Promise<Analysis>;

/** Keyness of the target documents against the others, with its SVG chart. */
export declare function keyness(documents: ArahDocument[], options?: CompareOptions): Promise<Comparison>;

/** Each occurrence of `terms` in `text` with `window` tokens either side. */
export declare function kwic(text: string, terms: string[], window?: number | null, options?: KwicOptions): Promise<KwicLine[]>;

/** Each word's stem, in order. */
export declare function stem(words: string[]): Promise<string[]>;

/** The JSON texts of the default strategy lexicons: Indonesian, English. */
export declare function defaultLexicons(): Promise<string[]>;

/** One-way against two-way communication per sentence and document;
 * without `lexiconTexts`, the default lexicons. */
export declare function strategy(
  documents: ArahDocument[],
  lexiconTexts?: string[] | null,
  options?: StrategyOptions,
): Promise<StrategyResult>;

/** Checks lexicon JSON and merges it into one text; malformed JSON rejects
 * with an Error naming line and column. */
export declare function checkLexicon(lexiconTexts: string | string[]): Promise<LexiconCheck>;

/** The CSS font family of the cloud's default font (Noto Sans, bundled). */
export declare const DEFAULT_FONT: string;

/** Registers the default font once; resolves to its bytes. */
export declare function loadFont(): Promise<ArrayBuffer>;

/** The cloud of a term table's rows (`analysis.corpus.topTerms` or a
 * document's), each row a word weighing its count, as `arah cloud` draws it. */
export declare function termCloud(
  terms: TermCount[],
  options?: CloudOptions,
  drawing?: { glyphs?: Glyphs; shape?: CloudShape },
): Promise<CloudResult>;

/** A word cloud of any words, as SVG plus the placed words. */
export declare function cloud(
  words: CloudWord[],
  options?: CloudOptions,
  drawing?: { glyphs?: Glyphs; shape?: CloudShape },
): Promise<CloudResult>;

/** A cloud shape from an image, or from an SVG path's `d` filled. */
export declare function shapeFromImage(source: string | CanvasImageSource, width?: number, height?: number): CloudShape;

/** Tokens with byte and UTF-16 offsets. */
export declare function tokenize(text: string): Promise<TokenSpans>;

/** A comparison cloud of `documents`, one group each. */
export declare function comparisonCloud(
  documents: ArahDocument[],
  analyzeOptions?: AnalyzeOptions,
  cloudOptions?: CloudOptions,
  drawing?: { glyphs?: Glyphs },
): Promise<CloudResult>;

/** A file's bytes as text: binary files reject, invalid UTF-8 is replaced
 * and reported in `warning`. */
export declare function readTextFile(name: string, bytes: Uint8Array): Promise<DecodedText>;
