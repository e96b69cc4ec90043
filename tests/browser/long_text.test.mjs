// Issue 10 "Long text": the e-mail and template editors wrap long lines (a 200-character line is fully visible,
// the default template's second line is not cut), the wrapping never leaks into the saved text, and tag
// descriptions never break in the middle of a word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, inviteToStep2, clickWidget, waitForWidget, waitForText,
  widgetRects, widgetText, publishedTexts, pressChord, pressKey, screenshot, waitFrames,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

// 200 characters of ordinary words, on one line.
const LONG = ('We verwachten je op kantoor aan de Keizersgracht; meld je bij de receptie en vraag naar Anna, '
  + 'zij haalt je op en laat je eerst het team zien voordat het gesprek begint in de grote vergaderzaal ').slice(0, 200);

async function newPage(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page };
}

const overshoot = async (page) => Number(await widgetText(page, 'wrap.overshoot'));

async function openTemplate(page, name) {
  // By its address: at 1024 pixels the page links sit in the collapsed Menu.
  await page.evaluate(() => { location.hash = '#/templates'; });
  await waitForText(page, 'page', 'templates');
  await waitForWidget(page, 'templates.save');
  const items = await publishedTexts(page, 'templates.item.');
  const id = Object.keys(items).find((k) => items[k] === name);
  assert.ok(id, JSON.stringify(items));
  await clickWidget(page, `templates.item.${id}`);
  return id;
}

test('the template editor wraps long lines: the default text and a 200-character line are fully visible', async () => {
  const { context, page } = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openTemplate(page, 'Uitnodiging interview');
  await waitForWidget(page, 'templates.content');
  await waitFrames(page, 2);
  assert.ok(await overshoot(page) <= 0, `no line of the default template is wider than its field (${await overshoot(page)})`);
  await screenshot(page, 'long-text-template-default');

  const before = await widgetText(page, 'templates.content');
  await clickWidget(page, 'templates.content');
  await pressChord(page, 'Control', 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(LONG, { delay: 2 });
  await waitFrames(page, 3);
  const after = await widgetText(page, 'templates.content');
  assert.equal(after, before + '\n' + LONG, 'the text holds the line as typed: soft wraps are not line breaks');
  assert.ok(await overshoot(page) <= 0, `the 200-character line wraps inside the field (${await overshoot(page)})`);
  await screenshot(page, 'long-text-template-200-characters');

  // Undo works on the real text (one step for what was typed in one go).
  await pressChord(page, 'Control', 'z');
  await waitForText(page, 'templates.content', before);
  await pressChord(page, 'Control', 'y');
  await waitForText(page, 'templates.content', before + '\n' + LONG);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the invitation e-mail editor wraps a 200-character line and keeps it as one line', async () => {
  const { context, page } = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const names = await publishedTexts(page, 'candidates.name.');
  const dutch = Object.keys(names).find((id) => names[id] === 'Jan de Vries') ?? Object.keys(names)[0];
  await inviteToStep2(page, [dutch]);
  const key = Object.keys(await widgetRects(page)).find((k) => /^email\.content\.[a-z]+$/.test(k));
  assert.ok(key, 'an e-mail content field is on screen');
  const before = await widgetText(page, key);
  await clickWidget(page, key);
  await pressChord(page, 'Control', 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(LONG, { delay: 2 });
  await waitFrames(page, 3);
  assert.equal(await widgetText(page, key), before + '\n' + LONG);
  assert.ok(await overshoot(page) <= 0, `the line wraps inside the field (${await overshoot(page)})`);
  await screenshot(page, 'long-text-email-200-characters');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('tag descriptions never break mid-word, also in a 1024-pixel window', async () => {
  const { context, page } = await newPage({ width: 1024, height: 700 });
  await login(page, server.url, 'anna@example.com');
  await openTemplate(page, 'Uitnodiging interview');
  await waitForWidget(page, 'templates.tagdesc.firstname');
  await waitFrames(page, 2);
  assert.equal(await widgetText(page, 'wrap.mid_word'), '0', 'every description breaks only at spaces');
  const rects = await widgetRects(page);
  const card = rects['templates.tag.firstname'];
  for (const [k, r] of Object.entries(rects)) {
    if (!k.startsWith('templates.tagdesc.')) continue;
    assert.ok(r[0] + r[2] <= card[0] + card[2] + 1, `${k} stays inside the tag list (${r} vs ${card})`);
  }
  await screenshot(page, 'long-text-tag-descriptions-1024');
  if ((await widgetRects(page))['nav.collapsed']) await clickWidget(page, 'nav.menu');  // the languages sit in the Menu
  await clickWidget(page, 'nav.lang.nl');
  await waitFrames(page, 3);
  assert.equal(await widgetText(page, 'wrap.mid_word'), '0');
  await screenshot(page, 'long-text-tag-descriptions-1024-nl');
  assert.deepEqual(page.errors, []);
  await context.close();
});
