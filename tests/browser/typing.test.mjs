// Issue 10 "Behave like a web page — Typing": text that arrives through composition (IME, dead keys, dictation,
// an OS accent menu, Playwright's insertText) reaches the fields, "Çelik" typed gives "Çelik", and typing right
// after the page loads loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText, widgetText,
  publishedTexts, pressChord, pressKey, screenshot, waitFrames,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page };
}

async function clearFilter(page) {
  await clickWidget(page, 'candidates.filter');
  await pressChord(page, 'Control', 'a');
  await pressKey(page, 'Backspace');
  await waitForText(page, 'candidates.filter', '');
}

test('typing right after the page loads reaches the e-mail field, not one letter lost', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/', { waitUntil: 'domcontentloaded' });
  // No waiting for the app: the recruiter starts typing while app.wasm is still loading.
  await page.keyboard.type('anna@example.com', { delay: 5 });
  await waitForWidget(page, 'login.email');
  await waitForText(page, 'login.email', 'anna@example.com');
  await screenshot(page, 'typing-before-load');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('composed text reaches the fields: insertText "Zoë", a dead-key ë, an IME commit, and "Çelik" typed', async () => {
  const { context, page } = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');

  // Dictation, an accent menu or a paste-like insertion: one insertText with the whole word.
  await clickWidget(page, 'candidates.filter');
  await page.keyboard.insertText('Zoë');
  await waitForText(page, 'candidates.filter', 'Zoë');
  await waitForText(page, 'candidates.visible', '1');
  assert.deepEqual(Object.values(await publishedTexts(page, 'candidates.name.')), ['Zoë Çelik']);
  await screenshot(page, 'typing-insert-text-zoe');

  // Typing "Çelik" on a keyboard: Ç is not on a US layout, Playwright sends it as text.
  await clearFilter(page);
  await page.keyboard.type('Çelik', { delay: 20 });
  await waitForText(page, 'candidates.filter', 'Çelik');

  // A dead key: "¨" composes, then "e" commits "ë" (what the browser reports for a dead-key sequence).
  await clearFilter(page);
  const cdp = await context.newCDPSession(page);
  await page.keyboard.type('Zo', { delay: 20 });
  await cdp.send('Input.imeSetComposition', { text: '¨', selectionStart: 1, selectionEnd: 1 });
  await waitFrames(page, 2);
  await screenshot(page, 'typing-dead-key-composing');
  await cdp.send('Input.insertText', { text: 'ë' });
  await waitFrames(page, 2);
  await waitForText(page, 'candidates.filter', 'Zoë');

  // An IME (Japanese, Chinese …): several composition steps, then the committed word.
  await clearFilter(page);
  await cdp.send('Input.imeSetComposition', { text: 'ł', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'łó', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'łódź', selectionStart: 4, selectionEnd: 4 });
  await waitFrames(page, 2);
  assert.equal(await widgetText(page, 'candidates.filter'), '', 'nothing is inserted while composing');
  await cdp.send('Input.insertText', { text: 'Łódź' });
  await waitForText(page, 'candidates.filter', 'Łódź');
  // Keys still drive the field: Backspace deletes the last letter (one tap: held down it would repeat).
  await page.keyboard.press('Backspace');
  await waitForText(page, 'candidates.filter', 'Łód');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a key held down types once, however slow the frames; the browser\'s own key repeat types again', async () => {
  const { context, page } = await newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  await clearFilter(page);
  // Ctrl+V held for 0.7 s with no repeat from the browser (a slow frame, or a slow finger): one paste. ImGui's own
  // timer repeat (0.275 s) pasted it twice here.
  await page.evaluate(() => navigator.clipboard.writeText('Zoë'));
  await page.keyboard.down('Control');
  await page.keyboard.down('v');
  await page.waitForTimeout(700);
  await waitFrames(page, 2);
  await page.keyboard.up('v');
  await page.keyboard.up('Control');
  await waitFrames(page, 2);
  assert.equal(await widgetText(page, 'candidates.filter'), 'Zoë');
  // Backspace held: each repeat the browser sends (a keydown with repeat set) deletes one more letter.
  await page.keyboard.down('Backspace');
  await waitFrames(page, 2);
  await page.keyboard.down('Backspace');  // (pressed again while down: Playwright sends it as a browser repeat)
  await waitFrames(page, 2);
  await page.waitForTimeout(700);
  await waitFrames(page, 2);
  await page.keyboard.up('Backspace');
  await waitFrames(page, 2);
  assert.equal(await widgetText(page, 'candidates.filter'), 'Z');
  assert.deepEqual(page.errors, []);
  await context.close();
});
