// Issue 10 "Behave like a web page — Addresses": every page has its own address and tab title, Back and Forward
// move between the app's pages, a reload stays, a deep link works for a signed-out recruiter (log in, land there),
// Ctrl/middle-click opens a link in a new tab, leaving a half-finished invitation asks first (in the app and when
// closing the tab), and the UI language is remembered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText, widgetRects,
  publishedTexts, pickDate, amsterdamDate, screenshot, waitFrames, typeInto, pressKey,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  context.errors = [];
  context.on('page', (p) => p.on('pageerror', (e) => context.errors.push(String(e))));
  return context;
}

const hash = (page) => page.evaluate(() => location.hash);
const title = (page) => page.evaluate(() => document.title);

async function waitForHash(page, expected, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const h = await hash(page);
    if (h === expected) return h;
    if (Date.now() > until) throw new Error(`address stayed ${h}, expected ${expected}`);
    await page.waitForTimeout(50);
  }
}

test('every page has its own address and title; Back and Forward move inside the app; reload stays', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  await waitForHash(page, '#/vacancies');
  assert.equal(await title(page), 'Vacancy list · Kandidaat');
  const vacancyId = await openAllCandidates(page, 'Verpleegkundige');
  await waitForHash(page, `#/vacancies/${vacancyId}/candidates`);
  assert.match(await title(page), /^All candidates · Verpleegkundige.* · Kandidaat$/);
  const names = await publishedTexts(page, 'candidates.name.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  await clickWidget(page, `candidates.name.${zoe}`);
  await waitForText(page, 'page', 'candidate');
  await waitForHash(page, `#/candidates/${zoe}`);
  await page.waitForFunction(() => document.title === 'Zoë Çelik · Kandidaat');
  await clickWidget(page, 'nav.interviews');
  await waitForHash(page, '#/interviews');
  await screenshot(page, 'address-interviews');

  // Back three times: candidate, all candidates, the vacancy's overview — never a blank page outside the app.
  await page.goBack();
  await waitForText(page, 'page', 'candidate');
  await waitForHash(page, `#/candidates/${zoe}`);
  await page.goBack();
  await waitForText(page, 'page', 'candidates');
  await page.goBack();
  await waitForText(page, 'page', 'vacancy');
  await waitForHash(page, `#/vacancies/${vacancyId}`);
  await page.goForward();
  await waitForText(page, 'page', 'candidates');
  await waitForHash(page, `#/vacancies/${vacancyId}/candidates`);
  await screenshot(page, 'address-after-back-forward');

  // Reload: the same page, still logged in.
  await page.reload();
  await waitForText(page, 'page', 'candidates');
  await waitForWidget(page, `candidates.name.${zoe}`);
  assert.equal(await hash(page), `#/vacancies/${vacancyId}/candidates`);
  // An unknown address leads to the vacancy list instead of nowhere.
  await page.evaluate(() => { location.hash = '#/no/such/page'; });
  await waitForText(page, 'page', 'vacancies');
  await waitForHash(page, '#/vacancies');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a deep link works for a signed-out recruiter: log in, then land on that page', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  const vacancyId = await openAllCandidates(page, 'Verpleegkundige');
  const names = await publishedTexts(page, 'candidates.name.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  await context.close();

  const fresh = await newContext();
  const p2 = await fresh.newPage();
  await p2.goto(`${server.url}/#/candidates/${zoe}`);
  await waitForWidget(p2, 'login.submit');
  assert.equal(await hash(p2), `#/candidates/${zoe}`, 'the address waits while the recruiter logs in');
  await typeInto(p2, 'login.email', 'anna@example.com', { clear: false });
  await typeInto(p2, 'login.password', 'demo', { clear: false });
  await clickWidget(p2, 'login.submit');
  await waitForText(p2, 'page', 'candidate');
  await p2.waitForFunction(() => document.title === 'Zoë Çelik · Kandidaat');
  await screenshot(p2, 'address-deep-link-after-login');
  // And a vacancy's candidate list, opened straight from its address in the logged-in tab.
  await p2.goto(`${server.url}/#/vacancies/${vacancyId}/candidates`);
  await waitForText(p2, 'page', 'candidates');
  await waitForWidget(p2, `candidates.name.${zoe}`);
  assert.deepEqual(fresh.errors, []);
  await fresh.close();
});

test('Ctrl+click and middle-click open a link in a new tab; the address shows on hover', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  await waitForText(page, 'vacancy.1', (t) => t.length > 0);
  const titles = await publishedTexts(page, 'vacancy.');
  const vacancyId = Object.keys(titles).find((k) => titles[k].startsWith('Verpleegkundige'));
  const [x, y, w, h] = await waitForWidget(page, `vacancy.${vacancyId}`);
  await page.mouse.move(x + w / 2, y + h / 2);
  await waitFrames(page, 2);
  await screenshot(page, 'address-link-hover');
  // Middle-click.
  const opened = context.waitForEvent('page');
  await page.mouse.click(x + w / 2, y + h / 2, { button: 'middle' });
  const tab = await opened;
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).hash, `#/vacancies/${vacancyId}`);
  await waitForText(tab, 'page', 'vacancy');
  await screenshot(tab, 'address-opened-in-new-tab');
  await tab.close();
  // The first tab did not move.
  await waitFrames(page, 2);
  assert.equal((await widgetRects(page)).page[4], 'vacancies');
  // Ctrl+click on the Interviews item of the top bar.
  const [ix, iy, iw, ih] = await waitForWidget(page, 'nav.interviews');
  const opened2 = context.waitForEvent('page');
  await page.keyboard.down('Control');
  await page.mouse.move(ix + iw / 2, iy + ih / 2);
  await waitFrames(page, 2);
  await page.mouse.click(ix + iw / 2, iy + ih / 2);
  await waitFrames(page, 2);
  await page.keyboard.up('Control');
  const tab2 = await opened2;
  await tab2.waitForLoadState();
  assert.equal(new URL(tab2.url()).hash, '#/interviews');
  assert.equal((await widgetRects(page)).page[4], 'vacancies');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('leaving a half-finished invitation asks first: in the app, with Back, and when closing the tab', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  const vacancyId = await openAllCandidates(page, 'Verpleegkundige');
  const names = await publishedTexts(page, 'candidates.name.');
  const first = Object.keys(names)[0];
  await clickWidget(page, `candidates.check.${first}`);
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');
  await waitForHash(page, `#/vacancies/${vacancyId}/invite`);
  await pickDate(page, 'wizard.date', amsterdamDate(10));

  // A top-bar link: the question, and the wizard stays.
  await clickWidget(page, 'nav.interviews');
  await waitForWidget(page, 'leave.text');
  await screenshot(page, 'address-leave-invitation-question');
  assert.equal((await widgetRects(page)).page[4], 'wizard');
  await clickWidget(page, 'leave.stay');
  await waitFrames(page, 3);
  assert.equal((await widgetRects(page)).page[4], 'wizard');
  assert.ok(!(await widgetRects(page))['leave.text']);
  assert.equal(await hash(page), `#/vacancies/${vacancyId}/invite`);

  // Closing the tab (or reloading) asks the browser's question.
  const dialog = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
  assert.equal(page.isClosed(), false, 'the recruiter chose to stay');

  // Back: the same question; "Leave the page" goes.
  await page.goBack();
  await waitForWidget(page, 'leave.text');
  assert.equal((await widgetRects(page)).page[4], 'wizard');
  await clickWidget(page, 'leave.go');
  await waitForText(page, 'page', 'candidates');
  await waitForHash(page, `#/vacancies/${vacancyId}/candidates`);
  // Nothing was lost: the invitation can be picked up again with Forward.
  await page.goForward();
  await waitForText(page, 'page', 'wizard');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the UI language is remembered across reloads and logins', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.lang.nl');
  await page.waitForFunction(() => document.title === 'Vacaturelijst · Kandidaat');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  await page.reload();
  await waitForText(page, 'page', 'vacancies');
  await page.waitForFunction(() => document.title === 'Vacaturelijst · Kandidaat');
  // German too: the page says so (screen readers pick their voice by it) and a reload keeps it (it was saved as "en").
  await clickWidget(page, 'nav.lang.de');
  await page.waitForFunction(() => document.title === 'Stellenliste · Kandidaat');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await page.reload();
  await waitForText(page, 'page', 'vacancies');
  await page.waitForFunction(() => document.title === 'Stellenliste · Kandidaat');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await clickWidget(page, 'nav.lang.nl');
  await page.waitForFunction(() => document.title === 'Vacaturelijst · Kandidaat');
  await clickWidget(page, 'nav.logout');
  await waitForText(page, 'page', 'login');
  await page.reload();
  await waitForWidget(page, 'login.submit');
  await page.waitForFunction(() => document.title === 'Inloggen · Kandidaat');
  await screenshot(page, 'address-language-remembered-login');
  assert.deepEqual(context.errors, []);
  await context.close();
});
