// What <arah-widget> says when a page gives it something it cannot use: a
// wrong attribute, a wrong setDocuments argument, no documents, a file that
// cannot be fetched. Every such sentence is here, in one table (a later
// change adds Indonesian beside it); the widget imports this module only
// when it has one to say, or to check what setDocuments was given, so the
// first screen carries none of it.

/** What each number attribute accepts; the widget uses `fallback` otherwise. */
const ACCEPTS = {
  words: 'a whole number from 1 up (at most 500 are drawn)',
  seed: 'a whole number from 1 up',
};

const MESSAGES = {
  notAnArray: (given) => `The documents given to setDocuments must be an array of { title, text } objects, ` +
    `such as [{ title: "My post", text: "…" }], or null for the documents of the page; it was given ${kind(given)}.`,
  notADocument: (n, given) => `Document ${n} given to setDocuments must be an object { title, text } whose title ` +
    `and text are strings; it is ${kind(given)}.`,
  wrongNumber: (name, value, fallback) => `${name}="${value}" is not ${ACCEPTS[name]}: ${fallback} is used.`,
  noMatch: (selector) => `No element of this page matches selector="${selector}".`,
  noDocuments: () => 'No documents: give <arah-widget> child <article> elements, a src or a selector attribute.',
  noneRead: () => 'No documents could be read.',
  notLoaded: (url, status) => `${url} could not be loaded (HTTP ${status}).`,
};

// The widget's problems with its sources, said as they are.
export const { noMatch, noDocuments, noneRead, notLoaded } = MESSAGES;

/** A value as a reader would name it: "a string", "null", "an object"… */
function kind(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** setDocuments' `{ documents, warnings }` as given, or a TypeError that
 * names the argument and what it takes (instead of the error of the first
 * code that trips on it: "map is not a function", a serde type error). */
export function checkedDocuments(given) {
  const { documents } = given;
  if (!Array.isArray(documents)) throw new TypeError(MESSAGES.notAnArray(documents));
  const bad = documents.findIndex((d) => typeof d?.title !== 'string' || typeof d.text !== 'string');
  if (bad >= 0) throw new TypeError(MESSAGES.notADocument(bad + 1, documents[bad]));
  return given;
}

/** A note for each attribute in `names` of `host` whose value it does not
 * accept; `numbers` are their defaults. */
export function attributeNotes(host, names, numbers) {
  return names.map((name) => MESSAGES.wrongNumber(name, host.getAttribute(name), numbers[name]));
}
