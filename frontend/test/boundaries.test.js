import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The layering of the front end (STYLE.md): Leaflet stays inside map/, and map/ takes nothing from ui/,
// so the DOM-only modules can change without the map and the map can be reused without the panels.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const modules = readdirSync(root, { recursive: true })
  .map((file) => file.split(sep).join('/'))
  .filter((file) => file.endsWith('.js') && !file.startsWith('test/') && !file.includes('node_modules/'));

const STATIC = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(['"])(.+?)\1/gm;
const BARE = /^\s*import\s*(['"])(.+?)\1/gm;
const DYNAMIC = /\bimport\s*\(\s*(['"])(.+?)\1\s*\)/g;

/** What a module imports: bare names as written, relative ones as paths from the front end's root. */
function importsOf(file) {
  const source = readFileSync(join(root, file), 'utf8');
  return [STATIC, BARE, DYNAMIC]
    .flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[2]))
    .map((name) => (name.startsWith('.')
      ? relative(root, resolve(root, dirname(file), name)).split(sep).join('/')
      : name));
}

const isLeaflet = (name) => name === 'leaflet' || name.startsWith('leaflet/');
const inMap = (file) => file.startsWith('map/');

test('the scan sees the modules and what they import', () => {
  assert.ok(modules.includes('main.js') && modules.includes('map/map.js'), modules.join(', '));
  assert.ok(importsOf('map/map.js').some(isLeaflet));
  assert.ok(importsOf('main.js').includes('data/state.js'));
});

test('only map/ imports Leaflet', () => {
  const offenders = modules.filter((file) => !inMap(file) && importsOf(file).some(isLeaflet));
  assert.deepEqual(offenders, []);
});

test('map/ imports nothing from ui/', () => {
  const offenders = modules.filter(inMap)
    .flatMap((file) => importsOf(file).filter((name) => name.startsWith('ui/')).map((name) => `${file} -> ${name}`));
  assert.deepEqual(offenders, []);
});
