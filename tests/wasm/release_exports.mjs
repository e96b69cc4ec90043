// The served app carries no test probes: app.js (which names every function app.wasm exports to JavaScript; the
// wasm's own export names are minified) binds none of the functions the browser tests read. It does bind the DOM
// mirror's functions (issue 13): web/a11y.js calls them in the served app, not only in the test app.
// Usage: node release_exports.mjs path/to/build-web/app (the served app; the browser tests use build-web/app-test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const probes = ['_kandidaat_test_rects', '_kandidaat_frame', '_kandidaat_frame_stats', '_kandidaat_missing_glyphs'];
const js = readFileSync(join(process.argv[2], 'app.js'), 'utf8');
new WebAssembly.Module(readFileSync(join(process.argv[2], 'app.wasm')));  // and it is a real module
const bound = (name) => new RegExp(`Module\\["${name}"\\]`).test(js);
if (!bound('_main') || !bound('_kandidaat_on_paste')) {
  console.error(`${process.argv[2]}/app.js binds no _main or _kandidaat_on_paste: not the app?`);
  process.exit(1);
}
const mirror = ['_kandidaat_semantics_activate', '_kandidaat_semantics_enable', '_kandidaat_semantics_focus',
                '_kandidaat_semantics_native', '_kandidaat_semantics_submit'];
const missing = mirror.filter((name) => !bound(name));
if (missing.length) {
  console.error(`the release app lacks the DOM mirror's exports (web/a11y.js calls them): ${missing.join(', ')}`);
  process.exit(1);
}
const leaked = probes.filter(bound);
if (leaked.length) {
  console.error(`the release app exports test probes: ${leaked.join(', ')}`);
  process.exit(1);
}
console.log('the release app exports no test probe, and the DOM mirror\'s functions');
