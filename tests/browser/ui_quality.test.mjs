// What a recruiter notices beyond the rules: Dutch and English (B4), a long list that scrolls the right way with
// its header in place, the keyboard (Tab, Enter, Escape), copy and paste, an expired session that keeps the work,
// crisp text at 2x, and how fast the app starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startServer, launchBrowser, login, openAllCandidates, inviteToStep2, clickWidget, waitForWidget, waitForText,
  widgetRects, widgetText, typeInto, pressKey, pressChord, screenshot, screenshotDir, waitFrames, webBuildDir,
  frameCount, sourceDir,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function newPage(options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

test('B4 the recruiter UI speaks Dutch and English, with names such as Zoë Çelik intact, crisp at 2x', async () => {
  const page = await newPage({ deviceScaleFactor: 2 });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  assert.equal(await widgetText(page, 'candidates.action'), 'Invite for interview');
  await clickWidget(page, 'nav.lang.nl');
  await waitForText(page, 'candidates.action', 'Uitnodigen voor interview');
  const rects = await widgetRects(page);
  const statuses = Object.entries(rects).filter(([k]) => k.startsWith('candidates.status.')).map(([, v]) => v[4]);
  assert.ok(statuses.length > 5 && statuses.every((s) => s === 'Nieuw'), JSON.stringify(statuses));
  const names = Object.entries(rects).filter(([k]) => k.startsWith('candidates.name.')).map(([, v]) => v[4]);
  assert.ok(names.includes('Zoë Çelik'), JSON.stringify(names));
  const missing = await page.evaluate((n) => Module.ccall('kandidaat_missing_glyphs', 'number', ['string'], [n.join(' ')]), names);
  assert.equal(missing, 0, 'every letter of every name has a glyph');
  assert.equal(await page.evaluate(() => Module.canvas.width / Module.canvas.clientWidth), 2);
  await screenshot(page, 'B4-all-candidates-nl-2x');
  await clickWidget(page, 'nav.lang.en');
  await waitForText(page, 'candidates.action', 'Invite for interview');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('issue 15 German: a German browser gets the app in German, the wizard too, and every letter has a glyph', async () => {
  const page = await newPage({ locale: 'de-DE' });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  assert.equal(await widgetText(page, 'candidates.action'), 'Zum Interview einladen');
  await screenshot(page, 'issue15-all-candidates-de');
  await inviteToStep2(page, ['Zoë Çelik'], { shot: 'issue15-wizard-de' });
  await waitFrames(page, 3);
  const texts = Object.values(await widgetRects(page)).map((r) => r[4]).filter((t) => typeof t === 'string')
    .map((t) => t.replace(/\s+/g, ' '));  // line breaks are not glyphs
  const missing = await page.evaluate((t) => Module.ccall('kandidaat_missing_glyphs', 'number', ['string'], [t.join(' ')]), texts);
  assert.equal(missing, 0, 'every letter on the German wizard has a glyph');
  await screenshot(page, 'issue15-wizard-de-step2');
  assert.ok(await waitForWidget(page, 'nav.lang.de'), 'the switch offers NL, EN and DE');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('F3 a long list scrolls with the mouse wheel (down is down) and its header stays put', async () => {
  const page = await newPage({ viewport: { width: 1280, height: 560 } });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const fact = async () => Number(await widgetText(page, 'candidates.scroll'));
  assert.equal(await fact(), 0);
  const top = async () => {
    const rects = await widgetRects(page);
    return Object.entries(rects).filter(([k]) => k.startsWith('candidates.name.')).sort((a, b) => a[1][1] - b[1][1])[0];
  };
  const [firstKey] = await top();
  const headerBefore = (await widgetRects(page))['candidates.sort.name'];
  const list = (await widgetRects(page))['candidates.list'];
  await page.mouse.move(list[0] + list[2] / 2, list[1] + list[3] / 2);
  await page.mouse.wheel(0, 100);  // one notch down
  await waitFrames(page, 3);
  assert.ok(await fact() > 0, 'wheel down scrolled down');
  const [afterKey] = await top();
  assert.notEqual(afterKey, firstKey, 'another candidate is now at the top');
  assert.equal((await widgetRects(page))[firstKey], undefined, 'the first row scrolled out of view');
  assert.deepEqual((await widgetRects(page))['candidates.sort.name'], headerBefore, 'the header row is frozen');
  await screenshot(page, 'F3-scrolled-down');
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await waitFrames(page, 3);
  assert.equal(await fact(), 0, 'wheel up scrolled back to the top');
  assert.ok((await widgetRects(page))[firstKey], 'the first row is back');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the keyboard works: Tab moves to the next field, Enter logs in, Escape steps back in the wizard', async () => {
  const page = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  // The e-mail field has the focus when the page opens.
  await page.keyboard.type('anna@example.com', { delay: 10 });
  await pressKey(page, 'Tab');
  await page.keyboard.type('demo', { delay: 10 });
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancies');
  await openAllCandidates(page, 'Software');
  const rects = await widgetRects(page);
  const first = Object.keys(rects).find((k) => k.startsWith('candidates.check.')).slice(17);
  await inviteToStep2(page, [first]);
  await pressKey(page, 'Escape');
  await waitForWidget(page, 'wizard.next');
  assert.equal(await widgetText(page, 'wizard.time'), '14:30', 'step 1 still holds what was chosen');
  await pressKey(page, 'Enter');  // Enter = Next
  await waitForWidget(page, 'wizard.send');
  await screenshot(page, 'keyboard-back-in-step2');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('copy and paste work in text fields', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  // Copy: Ctrl+A, Ctrl+C in the filter box puts its text on the system clipboard.
  // Characters a US keyboard lacks arrive as key presses carrying the character (as a dead key or compose
  // sequence produces them).
  await clickWidget(page, 'candidates.filter');
  const cdp = await context.newCDPSession(page);
  for (const ch of 'Çelik') {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await waitFrames(page, 2);
  assert.equal(await widgetText(page, 'candidates.filter'), 'Çelik');
  await pressChord(page, 'Control', 'a');
  await pressChord(page, 'Control', 'c');
  await waitFrames(page, 2);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Çelik');
  // Paste: another program put "Zoë" on the clipboard; Ctrl+V brings it in through the browser's paste event.
  await pressKey(page, 'Backspace');
  await page.evaluate(() => navigator.clipboard.writeText('Zoë'));
  await pressChord(page, 'Control', 'v');
  await waitForText(page, 'candidates.visible', '1');
  const names = Object.entries(await widgetRects(page)).filter(([k]) => k.startsWith('candidates.name.')).map(([, v]) => v[4]);
  assert.deepEqual(names, ['Zoë Çelik']);
  await screenshot(page, 'paste-filter');
  await context.close();
});

test('an expired session leads back to login, and after logging in the wizard still holds what was typed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const rects = await widgetRects(page);
  const first = Object.keys(rects).find((k) => k.startsWith('candidates.check.')).slice(17);
  await inviteToStep2(page, [first]);
  await typeInto(page, 'email.subject.nl', 'Kennismaking op {interviewdate}');
  await context.clearCookies();  // the session is gone, as after the server's expiry
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'login');
  await waitForWidget(page, 'login.expired');
  await screenshot(page, 'session-expired-login');
  await typeInto(page, 'login.email', 'anna@example.com');
  await typeInto(page, 'login.password', 'demo');
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'wizard');
  assert.equal(await widgetText(page, 'email.subject.nl'), 'Kennismaking op {interviewdate}');
  await screenshot(page, 'session-expired-back-in-wizard');
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'candidates', 30000);
  await waitForText(page, `candidates.status.${first}`, 'Invited for interview');
  await context.close();
});

test('the app starts fast and stays small (floor measured for a bare ImGui app: app.wasm 325 KB, first frame 0.45-0.9 s)', async () => {
  const wasm = readFileSync(join(webBuildDir, 'app/app.wasm'));
  const js = readFileSync(join(webBuildDir, 'app/app.js'));
  const page = await newPage();
  const t0 = Date.now();
  await page.goto(server.url + '/');
  while ((await frameCount(page)) < 1) await page.waitForTimeout(5);
  const firstFrameMs = Date.now() - t0;
  await waitForWidget(page, 'login.submit');
  const report = {
    app_wasm_bytes: wasm.length, app_wasm_gzip_bytes: gzipSync(wasm).length,
    app_js_bytes: js.length, app_js_gzip_bytes: gzipSync(js).length,
    first_frame_ms_after_navigation: firstFrameMs,
  };
  writeFileSync(join(screenshotDir, 'app-size-and-start.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report));
  assert.ok(statSync(join(webBuildDir, 'app/app.wasm')).size < 1.5 * 1024 * 1024, 'app.wasm stays under 1.5 MB');
  assert.ok(firstFrameMs < 5000, `first frame after ${firstFrameMs} ms`);
  await page.close();
});

test('F3 10,000 candidates load, filter (accent-blind) and scroll', async () => {
  // A server whose vacancy has 10,000 more applicants (added to its database while it is stopped).
  const big = await startServer();
  await big.stopAndWait();
  execFileSync('/usr/bin/python3', [join(sourceDir, 'tests/browser/seed_many.py'), join(big.dataDir, 'kandidaat.sqlite'), 'Logistiek', '10000']);
  const server10k = await startServer([], { dataDir: big.dataDir });
  const page = await newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await login(page, server10k.url, 'anna@example.com');
    const t0 = Date.now();
    await openAllCandidates(page, 'Logistiek');
    await waitForText(page, 'candidates.visible', (t) => Number(t) > 10000, 60000);
    const loadMs = Date.now() - t0;
    await page.evaluate(() => Module.UTF8ToString(Module._kandidaat_frame_stats()));  // reset
    const list = (await widgetRects(page))['candidates.list'];
    await page.mouse.move(list[0] + list[2] / 2, list[1] + list[3] / 2);
    for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, 300); await waitFrames(page, 1); }
    const scroll = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._kandidaat_frame_stats())));
    assert.ok(Number(await widgetText(page, 'candidates.scroll')) > 2000, 'the list scrolled');
    await screenshot(page, 'F3-10000-scrolled');
    // Sorting by a column and filtering rebuild the cached order once, not every frame.
    await clickWidget(page, 'candidates.sort.language');
    await typeInto(page, 'candidates.filter', 'wrobel', { clear: false });  // finds Wróbel: the filter ignores accents
    await waitForText(page, 'candidates.visible', (t) => Number(t) > 0 && Number(t) < 10000);
    await page.evaluate(() => Module.UTF8ToString(Module._kandidaat_frame_stats()));
    await waitFrames(page, 20);
    const idle = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._kandidaat_frame_stats())));
    await screenshot(page, 'F3-10000-filtered');
    const report = { list_load_ms: loadMs, scrolling_frames: scroll, filtered_frames: idle };
    writeFileSync(join(screenshotDir, 'big-list-frames.json'), JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report));
    // Frame times are a speed target: `./dev bench` holds it (target 5, frame CPU while scrolling 10,000 rows);
    // here only that frames were measured at all.
    assert.ok(scroll.frames > 0 && idle.frames > 0, JSON.stringify(report));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
    server10k.stop();
  }
});
