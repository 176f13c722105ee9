// Web pages, as the CLI reads them (src/bin/arah/input/html.rs): parsed by DOMParser into a document that has
// no browsing context, so no script runs, no handler fires and nothing is
// fetched; only its text nodes are read, never inserted anywhere.

/** Whether decoded text is an HTML document by its start. */
export function looksLikeHtml(text) {
  const head = text.replace(/^[\s\uFEFF]+/, '').slice(0, 15).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math']);
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure',
  'article', 'section', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'hr', 'form',
]);
const LINES = new Set(['div', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'summary', 'details', 'fieldset', 'legend', 'li']);
const SPACES = new Set(['td', 'th', 'img', 'input', 'button', 'select']);
// The break owed before the next word; the largest asked for wins.
const [NONE, SPACE, LINE, PARAGRAPH] = [0, 1, 2, 3];
const HTML_SPACE = /[ \t\n\f\r]/;

/** The visible text of `html`: blocks as lines, paragraphs as blank lines,
 * list items with their bullet, hidden parts dropped. */
export function htmlText(html) {
  const root = new DOMParser().parseFromString(inert(html), 'text/html');
  const text = { out: '', owed: NONE, bullet: false };
  let pre = 0;
  // Entered: whether the node's children are read (a hidden element's not).
  const enter = (node) => {
    if (node.nodeType === Node.TEXT_NODE) pushText(text, node.data, pre > 0);
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const name = node.localName;
    if (INVISIBLE.has(name) || node.hasAttribute('hidden')) return false;
    if (name === 'pre') pre += 1;
    owe(text, name);
    text.bullet = name === 'li';
    return true;
  };
  const leave = (node) => {
    if (node.localName === 'pre') pre -= 1;
    // `br` is void: its opening already broke the line.
    if (node.localName !== 'br') owe(text, node.localName);
  };
  // Iterative, so a deeply nested page cannot overflow the stack.
  let node = root.firstChild;
  while (node) {
    const entered = enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node);
    while (!node.nextSibling && node.parentNode !== root) {
      node = node.parentNode;
      leave(node);
    }
    node = node.nextSibling;
  }
  return text.out;
}

// A start or end tag, its quoted values never spanning a `<`: where the
// browser's tokenizer would see a tag, and no further.
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:"[^"<]*"|'[^'<]*'|[^'"<>])*>/g;

/** `html` with its inline handlers and styles renamed. Chromium checks the
 * page's Content-Security-Policy while it parses, even into a document that
 * never runs anything, and would report each `onerror=` and `<style>` of
 * the file as a violation (in the console, and to the site's report-uri).
 * Renamed, they are plain attributes, and `<style>` a `<template>` whose
 * content is never read; text outside tags is untouched. */
function inert(html) {
  return html.replace(TAG, (tag) => tag
    .replace(/^<(\/?)style(?=[\s/>])/i, '<$1template')
    .replace(/([\s"'/])(on[\w-]*|style)(?=[\s/>=])/gi, '$1data-arah-$2'));
}

function owe(text, name) {
  let wanted = NONE;
  if (name === 'br') wanted = text.owed >= LINE ? PARAGRAPH : LINE;
  else if (PARAGRAPHS.has(name)) wanted = PARAGRAPH;
  else if (LINES.has(name)) wanted = LINE;
  else if (SPACES.has(name)) wanted = SPACE;
  if (wanted > text.owed) text.owed = wanted;
}

/** A text node: HTML's whitespace collapsed as a browser renders it, except
 * inside `pre`; a no-break space stays. */
function pushText(text, run, preformatted) {
  if (preformatted) {
    if (run) {
      payOwed(text);
      text.out += run;
    }
    return;
  }
  if (HTML_SPACE.test(run.charAt(0)) && text.owed === NONE) text.owed = SPACE;
  const words = run.split(/[ \t\n\f\r]+/).filter(Boolean);
  if (!words.length) return;
  payOwed(text);
  text.out += words.join(' ');
  if (HTML_SPACE.test(run.charAt(run.length - 1))) text.owed = SPACE;
}

function payOwed(text) {
  if (text.out) {
    if (text.owed === SPACE && !HTML_SPACE.test(text.out.charAt(text.out.length - 1))) text.out += ' ';
    if (text.owed === LINE) text.out += '\n';
    if (text.owed === PARAGRAPH) text.out += '\n\n';
  }
  if (text.bullet) {
    text.out += '• ';
    text.bullet = false;
  }
  text.owed = NONE;
}
