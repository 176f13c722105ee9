// Saving any of Arah's charts (the cloud, the keyness bars, the strategy
// chart, the strategy section's cloud) as a file: a self-contained SVG (the
// bundled font embedded) or a PNG at twice the size. Imported the first time
// a reader clicks "Save".
//
// The PNG is painted from the chart as the page shows it: each rect, line
// and text of the SVG on a canvas, in its computed colours and font. An SVG
// loaded as an image would need img-src blob: or data:, which strict pages
// forbid; painting needs nothing the page might refuse.
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
    download(new Blob([await withFont(svg, fontFamily)], { type: 'image/svg+xml' }), file);
    return;
  }
  download(await paint(chart), file);
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
  context.fillStyle = backgroundOf(chart);
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

/** The colour behind the chart on screen: the first opaque background of it
 * or an element around it (white when none is). */
function backgroundOf(chart) {
  for (let node = chart; node; node = node.parentNode ?? node.host) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*, 0\)$/.test(colour)) return colour;
  }
  return '#fff';
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

/** Offers `blob` to the reader as a file called `name`. */
function download(blob, name) {
  const link = element('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
