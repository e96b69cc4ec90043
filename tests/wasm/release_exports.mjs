// The served app carries no test probes: app.js (which names every function app.wasm exports to JavaScript; the
// wasm's own export names are minified) binds none of the functions the browser tests read.
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
const leaked = probes.filter(bound);
if (leaked.length) {
  console.error(`the release app exports test probes: ${leaked.join(', ')}`);
  process.exit(1);
}
console.log('the release app exports no test probe');
