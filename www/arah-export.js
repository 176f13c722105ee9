// Saving any of Arah's results as a file: a chart (the cloud, the keyness
// bars, the strategy chart, the strategy section's cloud) as a
// self-contained SVG (the bundled font embedded) or a PNG at twice the size,
// and a table (the terms, the keyness rows, the keyword-in-context lines,
// the strategy sentences with their evidence) as CSV or JSON, with the
// columns and keys of the CLI's `--csv` and `--json` for the same table.
// Imported the first time a reader clicks "Save".
//
// The PNG is painted from the chart as the page shows it: each rect, line
// and text of the SVG on a canvas, in its computed colours and font. An SVG
// loaded as an image would need img-src blob: or data:, which strict pages
// forbid; painting needs nothing the page might refuse. The SVG file gets
// the same theme background and ink (`themed`), so both files look alike.
import { DEFAULT_FONT, loadFont } from './arah.js';
import { element } from './arah-dom.js';

// Exported PNGs are painted at this many pixels per CSS pixel.
const PNG_SCALE = 2;

/**
 * Saves `chart` (an `<svg>` on screen, drawn from the markup `svg`, its words
 * in `fontFamily`) as `name` + `.svg` or `.png`.
 */
export async function saveChart(chart, svg, { name, format, fontFamily }) {
  const file = `${name}.${format}`;
  if (format === 'svg') {
    download(new Blob([await withFont(themed(repainted(svg, chart), chart), fontFamily)], { type: 'image/svg+xml' }), file);
    return;
  }
  download(await paint(chart), file);
}

/** The theme as the chart is shown in it: the widget frame's background
 * (white, or the dark theme's), the ink that `currentColor` stands for and
 * the font its texts inherit. */
function themeOf(chart) {
  const frame = chart.closest('.arah');
  const style = getComputedStyle(chart);
  return {
    background: frame ? getComputedStyle(frame).backgroundColor : '#fff',
    ink: style.color,
    font: style.fontFamily,
  };
}

/** `svg` with its theme made explicit: outside the widget its
 * `currentColor` would be black, its background whatever views it and its
 * font the viewer's default (a cloud names its own font inside). */
function themed(svg, chart) {
  const { background, ink, font } = themeOf(chart);
  // Computed CSS values, not a text of the reader's; quoted family names
  // need their quotes escaped in an attribute.
  const family = font.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace(/^<svg([^>]*)>/,
    `<svg$1 color="${ink}" font-family="${family}"><rect width="100%" height="100%" fill="${background}"/>`);
}

/** `svg` in the colours the page shows its chart in: the dark theme's
 * stylesheets repaint the charts' light fills (arah-views.css,
 * arah-strategy.css), which a file outside the widget would not know. */
function repainted(svg, chart) {
  const fills = new Map();
  for (const node of chart.querySelectorAll('[fill^="#"]')) {
    const hex = node.getAttribute('fill');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const shown = getComputedStyle(node).fill;
    if (shown !== `rgb(${r}, ${g}, ${b})`) fills.set(hex, shown);
  }
  return svg.replace(/fill="(#[0-9A-Fa-f]{6})"/g, (all, hex) => (fills.has(hex) ? `fill="${fills.get(hex)}"` : all));
}

/** `svg` drawn in `fontFamily`, with the bundled font inside it when that
 * is the default, so the file looks the same anywhere. */
async function withFont(svg, fontFamily) {
  if (fontFamily !== DEFAULT_FONT) return svg;
  const bytes = new Uint8Array(await loadFont());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const style = `<style>@font-face{font-family:"Arah Sans";src:url(data:font/woff2;base64,${btoa(binary)}) format("woff2")}</style>`;
  return svg.replace(/^(<svg[^>]*>)/, `$1${style}`);
}

/** The chart as a PNG blob: its background, then every rect, line and text
 * in document order. */
async function paint(chart) {
  const width = Number(chart.getAttribute('width')) || chart.viewBox.baseVal.width;
  const height = Number(chart.getAttribute('height')) || chart.viewBox.baseVal.height;
  const canvas = new OffscreenCanvas(Math.round(width * PNG_SCALE), Math.round(height * PNG_SCALE));
  const context = canvas.getContext('2d');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = themeOf(chart).background;
  context.fillRect(0, 0, width, height);
  for (const shape of chart.querySelectorAll('rect, line, text')) {
    const style = getComputedStyle(shape);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    context.save();
    rotate(context, shape.getAttribute('transform'));
    if (shape.localName === 'rect') paintRect(context, shape, style);
    else if (shape.localName === 'line') paintLine(context, shape, style);
    else paintText(context, shape, style);
    context.restore();
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

/** `rotate(angle cx cy)`, the only transform Arah's charts use. */
function rotate(context, transform) {
  const turn = transform?.match(/rotate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+)[\s,]+(-?[\d.]+))?\s*\)/);
  if (!turn) return;
  const [angle, cx = 0, cy = 0] = turn.slice(1).map((v) => Number(v ?? 0));
  context.translate(cx, cy);
  context.rotate((angle * Math.PI) / 180);
  context.translate(-cx, -cy);
}

function paintRect(context, rect, style) {
  if (style.fill === 'none') return;
  const box = rect.getBBox();
  context.globalAlpha = Number(style.fillOpacity) * Number(style.opacity);
  context.fillStyle = style.fill;
  context.fillRect(box.x, box.y, box.width, box.height);
}

function paintLine(context, line, style) {
  const at = (name) => line[name].baseVal.value;
  context.globalAlpha = Number(style.strokeOpacity) * Number(style.opacity);
  context.strokeStyle = style.stroke;
  context.lineWidth = parseFloat(style.strokeWidth) || 1;
  context.beginPath();
  context.moveTo(at('x1'), at('y1'));
  context.lineTo(at('x2'), at('y2'));
  context.stroke();
}

/** A text at its x and y, anchored as drawn; one stretched to a
 * `textLength` is drawn at that width. */
function paintText(context, text, style) {
  const words = [...text.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join('');
  if (!words.trim() || style.fill === 'none') return;
  context.globalAlpha = Number(style.fillOpacity) * Number(style.opacity);
  context.fillStyle = style.fill;
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.textAlign = { middle: 'center', end: 'right' }[style.textAnchor] ?? 'left';
  const x = text.x.baseVal[0]?.value ?? 0;
  const y = text.y.baseVal[0]?.value ?? 0;
  const stretched = text.textLength.baseVal.value;
  if (text.hasAttribute('textLength') && stretched > 0) {
    // Scale the glyphs to the stretched width, as lengthAdjust="spacingAndGlyphs" does.
    const natural = context.measureText(words).width;
    context.translate(x, y);
    context.scale(natural > 0 ? stretched / natural : 1, 1);
    context.fillText(words, 0, 0);
  } else {
    context.fillText(words, x, y);
  }
}

// Each table's CSV columns, named and ordered as the CLI's `--csv` writes
// them (src/bin/arah/csv_tables.rs), and its rows from the value that the
// CLI's `--json` prints for the same table.
const TABLES = {
  // The terms table: TermCount[].
  terms: {
    columns: ['rank', 'term', 'count', 'documents', 'stem', 'members'],
    rows: (terms) => terms.map((t, i) => [i + 1, t.term, t.count, t.documents, t.stem ?? '', (t.members ?? []).join(' ')]),
  },
  // A Comparison.
  keyness: {
    columns: ['term', 'targetCount', 'referenceCount', 'logLikelihood', 'chiSquared', 'pValue', 'logRatio', 'members'],
    rows: (comparison) => comparison.terms.map((t) => [
      t.term, t.targetCount, t.referenceCount, t.logLikelihood, t.chiSquared, t.pValue, t.logRatio, (t.members ?? []).join(' '),
    ]),
  },
  // { file, line: KwicLine }[].
  kwic: {
    columns: ['file', 'start', 'end', 'left', 'keyword', 'right'],
    rows: (lines) => lines.map(({ file, line }) => [file, line.start, line.end, line.left, line.keyword, line.right]),
  },
  // A StrategyResult: a row a sentence, its evidence as `text → side
  // [rule]`, `; `-separated, as the CLI's evidence_line writes it.
  strategy: {
    columns: ['file', 'start', 'end', 'label', 'probability', 'basis', 'mobilisation', 'text', 'evidence'],
    rows: (report) => report.documents.flatMap((doc) => doc.sentences.map((s) => [
      doc.file, s.start, s.end, s.label, s.probability, s.basis, s.mobilisation, s.text,
      s.evidence.map((e) => `${e.text} → ${e.side} [${e.rule}]${e.counted ? '' : ' (not counted)'}`).join('; '),
    ])),
  },
};

/**
 * Saves `value`, the table `table` of TABLES as the CLI's `--json` holds it,
 * as `arah-TABLE.csv` or `.json`. The CSV is RFC 4180 (CRLF, quotes doubled)
 * in UTF-8 with a byte-order mark, which Excel needs to read UTF-8 (the
 * CLI's stdout has none; Python reads both with encoding='utf-8-sig').
 */
export function saveTable(table, value, format) {
  const name = `arah-${table}`;
  if (format === 'json') {
    download(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
    return;
  }
  const { columns, rows } = TABLES[table];
  const lines = [columns, ...rows(value)].map((row) => row.map(csvField).join(','));
  download(new Blob(['\uFEFF', lines.map((line) => `${line}\r\n`).join('')], { type: 'text/csv' }), `${name}.csv`);
}

/** A CSV field: numbers as Rust writes them, text made inert, quoted when
 * it holds a comma, a quote or a line break. */
function csvField(value) {
  const text = typeof value === 'number' ? rustNumber(value) : inert(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text a spreadsheet would run as a formula (= + - @, or a tab or
 * carriage return before one) behind an apostrophe, as the CLI writes it. */
function inert(text) {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** `value` as Rust's `f64` Display writes it: the shortest digits that read
 * back, never an exponent (JavaScript writes 3.2e-6 where Rust writes
 * 0.0000032), so the file matches the CLI's. */
function rustNumber(value) {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0';
  const [, sign, head, tail = '', power] = String(value).match(/^(-?)(\d)(?:\.(\d+))?(?:e([+-]\d+))?$/) ?? [];
  if (power === undefined) return String(value);
  const digits = head + tail;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Offers `blob` to the reader as a file called `name`. */
function download(blob, name) {
  const link = element('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
