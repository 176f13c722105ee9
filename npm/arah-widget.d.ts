// Types of <arah-widget> (arah-widget.js): importing the module defines the
// element, so `document.createElement('arah-widget')` and
// `querySelector('arah-widget')` are typed as ArahWidget, and its events'
// details are typed in addEventListener.
import type { Analysis } from './arah.js';

/** A text the widget analyses. */
export interface WidgetDocument {
  title: string;
  text: string;
}

/** `arah-render`'s detail, after each cloud. */
export interface ArahRenderDetail {
  /** The picked document's index, or null for all of them. */
  document: number | null;
  /** How many words the cloud placed. */
  words: number;
  /** The words that did not fit. */
  dropped: string[];
}

/** `arah-strategy`'s detail, after each drawing of the strategy section. */
export interface ArahStrategyDetail {
  /** How many documents were scored. */
  documents: number;
}

/**
 * A word cloud, top terms, keyness, keyword in context and the
 * communication-strategy section for the texts it is given: child
 * `<article>` or `<script type="text/plain">` elements (with `data-title`,
 * or `data-src` naming a .txt file), else the `src` attribute, else the
 * `selector` attribute, unless `setDocuments` gave it documents.
 *
 * Attributes (a change re-reads the texts and draws again): `src`
 * (space-separated .txt URLs), `selector` (elements of the page), `words`
 * (most words in the cloud, 1 to 500, default 100), `seed` (default 1),
 * `font` ("inherit": the page's font), `theme` ("dark"), `shape`
 * ("ellipse"), `rotate` ("mixed"), `keep-chrome` (boolean). Read once, when
 * the element is connected: `stem`, `slang` (boolean: the reader's
 * checkboxes start on) and `strategy` (boolean: the strategy section starts
 * open).
 *
 * The module exports no value (it defines the element when imported), so
 * this is an interface: `import type { ArahWidget } from 'arah/widget'`.
 */
export interface ArahWidget extends HTMLElement {
  /** Replaces the widget's documents; `null` goes back to its markup's.
   * `warnings` are shown under the cloud. */
  setDocuments(documents: WidgetDocument[] | null, warnings?: string[]): void;
  /** The current analysis; null until the first one finishes. */
  readonly analysis: Analysis | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'arah-widget': ArahWidget;
  }
  // Dispatched on the element itself; they do not bubble.
  interface HTMLElementEventMap {
    'arah-render': CustomEvent<ArahRenderDetail>;
    'arah-strategy': CustomEvent<ArahStrategyDetail>;
  }
}
