// Builds one self-contained HTML file from a page of www/ (dist/arah.html
// from www/single-file.html): it opens from disk by double-click and works
// with the network off.
//
//     node scripts/single-file.mjs PAGE OUT.html
//
// A page opened from file:// may neither load ES modules nor fetch files, so
// the page's module scripts are bundled by esbuild into one inline classic
// script (dynamic imports inlined: no code splitting) and its stylesheets
// inlined. Every file the modules name by a literal
// `new URL('…', import.meta.url)` (the wasm, the font, lexicons, stylesheets,
// whatever is added later) is embedded, gzipped and in base64, and the
// expression becomes a lookup in that table: a blob: URL made from the bytes
// as the page starts, which fetch, WebAssembly and <link> accept on file://.
// The sources stay as they are for the normal and npm builds. The page gets
// a Content-Security-Policy that allows its own inline code and blob: URLs
// only, so it cannot reach the network even by mistake.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));
const WWW = join(ROOT, 'www');
const esbuild = createRequire(join(WWW, 'package.json'))('esbuild');

// The form bundlers recognise as an asset; only literal names are embedded.
const ASSET_URL = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
// The file readers of "Add texts" (pdf.js, mammoth, papaparse): whole
// third-party ES modules that share nothing with Arah's, imported by a
// literal import('…/pkg/vendor/…'). They are embedded like the wasm, not
// bundled, so the page's script stays small and each is parsed only when a
// file of its kind arrives.
const VENDOR_IMPORT = /import\(\s*(['"])((?:\.\.?\/)+pkg\/vendor\/[^'"]+)\1\s*\)/g;
const EMBEDDED = 'arah:embedded';
const TYPES = {
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** Whether `offset` is on a line comment or a block comment's line (the
 * sources describe the asset form in their comments). */
function inComment(source, offset) {
  const line = source.slice(source.lastIndexOf('\n', offset) + 1, offset);
  return line.includes('//') || /^\s*(\/\*|\*)/.test(line);
}

/** An esbuild plugin that replaces each asset URL by a lookup in the table
 * of embedded files, collected in `assets` (path under www/ → file). A file
 * named twice (the wasm glue names its .wasm too) is embedded once. */
function embedAssets(assets) {
  return {
    name: 'embed-assets',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${EMBEDDED}$`) }, () => ({ path: EMBEDDED, namespace: EMBEDDED }));
      build.onLoad({ filter: /.*/, namespace: EMBEDDED }, () => ({ contents: LOOKUP_MODULE, loader: 'js' }));
      build.onLoad({ filter: /\.m?js$/ }, ({ path }) => {
        const original = readFileSync(path, 'utf8');
        const source = original.replace(VENDOR_IMPORT, (match, quote, name, offset) => (inComment(original, offset)
          ? match
          : `import(new URL(${quote}${name}${quote}, import.meta.url).href)`));
        let named = false;
        const contents = source.replace(ASSET_URL, (match, _quote, name, offset) => {
          if (inComment(source, offset)) return match;
          const file = resolve(dirname(path), name);
          const key = relative(WWW, file);
          if (key.startsWith('..') || !existsSync(file)) {
            throw new Error(`${relative(ROOT, path)} names ${name}, which is not a file under www/ (run the build first?)`);
          }
          assets.set(key, file);
          named = true;
          return `embeddedUrl(${JSON.stringify(key)})`;
        });
        if (!named) return undefined;
        return { contents: `import { embeddedUrl } from '${EMBEDDED}';\n${contents}`, loader: 'js' };
      });
    },
  };
}

/** A file's bytes as the single file carries them: stylesheets minified. */
function shipped(file) {
  if (extname(file) !== '.css') return readFileSync(file);
  return Buffer.from(esbuild.transformSync(readFileSync(file, 'utf8'), { loader: 'css', minify: true }).code);
}

/** The module behind `embeddedUrl`. `arahEmbeddedUrls` is not a global: it
 * is the parameter of the function the bundle runs in (see `startScript`),
 * bound once every embedded file has a blob: URL. */
const LOOKUP_MODULE = 'export const embeddedUrl = (key) => new URL(arahEmbeddedUrls[key]);';

/** The page's script: each embedded file, gzipped and in base64, is
 * inflated by the browser (DecompressionStream) into a blob: URL, then the
 * bundle runs with those URLs. Gzip halves the file: base64 of the raw wasm
 * would be a third larger than the wasm and compress poorly. A browser that
 * cannot inflate says so in the page. */
function startScript(assets, bundle) {
  const files = Object.fromEntries([...assets].sort().map(([key, file]) => [
    key,
    { type: TYPES[extname(file)] ?? 'application/octet-stream', gzip: gzipSync(shipped(file), { level: 9 }).toString('base64') },
  ]));
  return `Promise.all(Object.entries(${JSON.stringify(files)}).map(async ([key, { type, gzip }]) => {
  const packed = new Blob([Uint8Array.from(atob(gzip), (c) => c.charCodeAt(0))]);
  const bytes = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  return [key, URL.createObjectURL(new Blob([bytes], { type }))];
})).then((entries) => ((arahEmbeddedUrls) => {
${bundle}
})(Object.fromEntries(entries)), () => {
  document.body.prepend(Object.assign(document.createElement('p'), {
    textContent: 'This browser cannot open Arah from a file; a recent Firefox, Chrome or Safari can.',
  }));
});`;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// What the embedded script may be given; `</script` inside it would end it.
const safeInline = (code) => code.replace(/<\/(script|style)/gi, '<\\/$1');

export async function buildSingleFile(pagePath, outPath) {
  const page = readFileSync(pagePath, 'utf8');
  const pageDir = dirname(pagePath);
  // Each tag with the indentation before it, which goes with it.
  const modules = [...page.matchAll(/\n\s*<script type="module" src="([^"]+)"><\/script>/g)];
  const styles = [...page.matchAll(/\n\s*<link rel="stylesheet" href="([^"]+)">/g)];
  if (!modules.length) throw new Error(`${pagePath} has no <script type="module" src> to bundle`);

  const assets = new Map();
  const bundle = await esbuild.build({
    stdin: {
      contents: modules.map(([, src]) => `import ${JSON.stringify(`./${src}`)};`).join('\n'),
      resolveDir: pageDir,
      sourcefile: relative(ROOT, pagePath),
    },
    bundle: true,
    format: 'iife',
    splitting: false,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [embedAssets(assets)],
  });
  // esbuild empties any import.meta left (a URL that is not a literal): it
  // would point nowhere, so it stops the build.
  const emptied = bundle.warnings.find((warning) => warning.text.includes('import.meta'));
  if (emptied) {
    const { file, line } = emptied.location;
    throw new Error(`${file}:${line} reads import.meta other than in new URL('literal', import.meta.url), which a file:// page cannot give it`);
  }
  const started = startScript(assets, bundle.outputFiles[0].text);
  const script = safeInline((await esbuild.transform(started, { minify: true, target: 'es2022', legalComments: 'none' })).code.trim());
  const style = safeInline(styles.map(([, href]) => shipped(join(pageDir, href)).toString().trim()).join(''));

  const policy = [
    "default-src 'none'",
    // blob: for the embedded file readers and pdf.js's worker, which a
    // file:// page (an opaque origin) starts through a blob: wrapper; only
    // the page's own script can make a blob: URL.
    `script-src ${sha256(script)} blob: 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)} blob:`,
    'connect-src blob:',
    // pdf.js reads a PDF in a module worker, embedded like every file.
    'worker-src blob:',
    'img-src blob: data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let html = page.replace(/\s*<!-- The page that scripts\/single-file\.mjs[\s\S]*?-->/, '');
  html = html.replace(/<meta charset="utf-8">/, `$&\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  // A licence that must travel with an embedded file goes in as text.
  html = html.replace(/<pre data-include="([^"]+)"><\/pre>/g, (_, name) => `<pre>${escapeHtml(readFileSync(join(pageDir, name), 'utf8').trim())}</pre>`);
  for (const [tag] of styles) html = html.replace(tag, () => '');
  for (const [tag] of modules) html = html.replace(tag, () => '');
  // The script goes at the end of <body>: a classic script runs where it
  // stands, and the page's module scripts ran once the body was parsed.
  html = html.replace('\n</head>', () => `\n  <style>${style}</style>\n</head>`);
  html = html.replace('</body>', () => `<script>${script}</script>\n</body>`);
  writeFileSync(outPath, html);
  return { bytes: Buffer.byteLength(html), gzipBytes: gzipSync(html, { level: 9 }).length, assets: [...assets.keys()].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [pagePath, outPath] = process.argv.slice(2);
  if (!pagePath || !outPath) {
    console.error('usage: node scripts/single-file.mjs PAGE OUT.html');
    process.exit(2);
  }
  try {
    const { bytes, gzipBytes, assets } = await buildSingleFile(resolve(pagePath), resolve(outPath));
    for (const key of assets) console.log(`single file: embedded www/${key}`);
    console.log(`${String(bytes).padStart(9)} B  ${outPath} (${gzipBytes} B gzip -9)`);
  } catch (error) {
    console.error(`single file: ${error.message}`);
    process.exit(1);
  }
}
