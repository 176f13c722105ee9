// The widget's modules import each other without a circle: every static
// `import … from './x.js'` and dynamic `import('./x.js')` of www/*.js is an
// edge, and a depth-first walk fails on any edge back to a module on its
// path. (No browser: the sources are read as text.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const WWW = join(ROOT, 'www');

/** The local modules `source` imports, by file name. */
export function importsOf(source) {
  const found = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]\.\/([^'"]+\.js)['"]/gm)];
  return [...new Set(found.map((m) => m[1]))];
}

/** Each circle of `graph` (module → imported modules), as the modules on it. */
export function circles(graph) {
  const found = [];
  const state = new Map();
  const walk = (module, path) => {
    if (state.get(module) === 'done') return;
    if (state.get(module) === 'open') {
      found.push([...path.slice(path.indexOf(module)), module]);
      return;
    }
    state.set(module, 'open');
    for (const next of graph.get(module) ?? []) walk(next, [...path, module]);
    state.set(module, 'done');
  };
  for (const module of graph.keys()) walk(module, []);
  return found;
}

test('modules: the imports of a source are found, static and dynamic', () => {
  const source = "import { a } from './a.js';\nimport './b.js';\nconst c = await import('./c.js');\nimport x from 'node:fs';";
  assert.deepEqual(importsOf(source).sort(), ['a.js', 'b.js', 'c.js']);
});

test('modules: a circle is found, a tree is not', () => {
  assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), [['a', 'b', 'c', 'a']]);
  assert.deepEqual(circles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
});

test('modules: www/ has no import circle', () => {
  const files = readdirSync(WWW).filter((f) => f.endsWith('.js'));
  const graph = new Map(files.map((f) => [f, importsOf(readFileSync(join(WWW, f), 'utf8'))]));
  assert.ok(graph.get('arah-widget.js').includes('arah-dom.js'), 'the widget imports its DOM helpers');
  assert.deepEqual(circles(graph), []);
});
