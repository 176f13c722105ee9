// Saving clouds and charts as files: a self-contained SVG (the bundled font
// embedded) or a PNG at twice the size. <arah-widget> and its strategy
// section import this the first time a reader clicks "Save".
import { DEFAULT_FONT, loadFont } from './arah.js';
import { element } from './arah-widget.js';

// Exported PNGs are drawn at this many pixels per CSS pixel.
const PNG_SCALE = 2;

/**
 * Saves a cloud (`result` of `cloud`, drawn as `svg` on screen) as
 * `arah-cloud.svg` or `.png`. The PNG is drawn word by word from the layout,
 * as the SVG places them: an SVG loaded as an image would need img-src
 * blob:, which strict pages forbid.
 */
export async function saveCloud(result, svg, format, dark) {
  const name = `arah-cloud.${format}`;
  if (format === 'svg') {
    download(new Blob([await withFont(result.svg, result.fontFamily)], { type: 'image/svg+xml' }), name);
    return;
  }
  const canvas = new OffscreenCanvas(result.width * PNG_SCALE, result.height * PNG_SCALE);
  const context = canvas.getContext('2d');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = dark ? '#15181f' : '#fff';
  context.fillRect(0, 0, result.width, result.height);
  for (const word of result.words) {
    const text = svg.querySelector(`text[data-rank="${word.rank}"]`);
    context.save();
    context.translate(word.cx, word.cy);
    context.rotate((word.angle * Math.PI) / 180);
    context.font = `${word.fontSize}px ${result.fontFamily}`;
    context.fillStyle = text?.getAttribute('fill') ?? '#000';
    context.fillText(word.text, word.x - word.cx, word.y - word.cy, word.width);
    context.restore();
  }
  download(await canvas.convertToBlob({ type: 'image/png' }), name);
}

/** `svg` drawn in `fontFamily`, with the bundled font inside it when that
 * is the default, so the file looks the same anywhere. */
export async function withFont(svg, fontFamily) {
  if (fontFamily !== DEFAULT_FONT) return svg;
  const bytes = new Uint8Array(await loadFont());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const style = `<style>@font-face{font-family:"Arah Sans";src:url(data:font/woff2;base64,${btoa(binary)}) format("woff2")}</style>`;
  return svg.replace(/^(<svg[^>]*>)/, `$1${style}`);
}

export function download(blob, name) {
  const link = element('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
