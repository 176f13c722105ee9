// DOM helpers every module of the widget uses; a leaf that imports nothing,
// so the widget, its strategy section and the exporter never import each
// other for them.

/** A DOM element with attributes and children (strings become text). */
export function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A stylesheet link and a promise that settles once it has loaded, or
 * failed (the text is still readable unstyled). */
export function stylesheet(href) {
  const link = element('link', { rel: 'stylesheet', href });
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  return { link, loaded };
}

/** The SVG string from Rust as a node; its text was escaped there. */
export function parseSvg(markup) {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.localName !== 'svg') throw new Error('The cloud could not be drawn (invalid SVG).');
  return document.importNode(svg, true);
}

/** A sentence for readers: the core's messages start in lower case. */
export function readable(error) {
  const message = (error?.message ?? String(error)).trim();
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A view's Save menu: a "Save SVG", "Save CSV"… button a format, each
 * calling `save(format)`; `prefix` tells one view's buttons from another's
 * (`data-export="table-csv"`). Each view's exporting code is imported on
 * its first click, so a menu costs the first screen only this. */
export function saveMenu(label, formats, save, prefix = '') {
  return element('div', { class: 'export', role: 'group', 'aria-label': label }, formats.map((format) => {
    const button = element('button', { type: 'button', 'data-export': prefix + format }, [`Save ${format.toUpperCase()}`]);
    button.onclick = () => save(format);
    return button;
  }));
}
