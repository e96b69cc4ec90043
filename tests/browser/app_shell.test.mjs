// The app shell: the server serves index.html, app.js and app.wasm; the ImGui app starts in Chromium, draws its
// login screen with a font that has Latin Extended glyphs, is crisp at 2x and follows the window's size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, waitForWidget, screenshot, pixelsDifferentFrom } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the server serves the page shell, app.js and app.wasm with the right types', async () => {
  const html = await fetch(server.url + '/');
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type'), /text\/html/);
  assert.match(await html.text(), /app\.js/);
  const wasm = await fetch(server.url + '/app.wasm');
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  const bytes = new Uint8Array(await wasm.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 4)], [0x00, 0x61, 0x73, 0x6d]);  // "\0asm"
  const js = await fetch(server.url + '/app.js');
  assert.match(js.headers.get('content-type'), /javascript/);
});

test('S9 the app runs cross-origin isolated: its page, app.js and app.wasm load under COOP and COEP', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');  // app.js and app.wasm were loaded and run
  assert.equal(await page.evaluate(() => window.crossOriginIsolated), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('B4 the login screen renders at 2x with every glyph of Zoë Çelik — Łódź in the font', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  const png = await page.screenshot({ path: undefined });
  await screenshot(page, 'app-shell-login-2x');
  // Something other than the clear colour (#edf0f5) is drawn, and not just a few pixels.
  assert.ok(await pixelsDifferentFrom(page, png, [0xed, 0xf0, 0xf5]) > 20000, 'the canvas shows the login window');
  // Crisp on HiDPI: the canvas's backing store has twice the CSS pixels.
  const [backing, css] = await page.evaluate(() => [Module.canvas.width, Module.canvas.clientWidth]);
  assert.equal(backing, css * 2);
  // Names with diacritics have real glyphs (ImGui would otherwise draw '?').
  const missing = await page.evaluate(() => Module.ccall('kandidaat_missing_glyphs', 'number', ['string'],
    ['Zoë Çelik — Łódź, Łukasz Wróbel, Søren Ødegård, Jürgen Müller, Ærø, Šťastný, € 12,50 “quotes” …']));
  assert.equal(missing, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the app follows the browser window size', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + '/');
  const [x1, , w1] = await waitForWidget(page, 'login.submit');
  assert.ok(Math.abs(x1 + w1 / 2 - 640) < 4, 'the login form is centred in a 1280 px window');
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  const [x2, , w2] = await waitForWidget(page, 'login.submit');
  assert.ok(Math.abs(x2 + w2 / 2 - 400) < 4, `the login form is centred in an 800 px window (x=${x2}, w=${w2})`);
  await screenshot(page, 'app-shell-login-800');
  await page.close();
});
