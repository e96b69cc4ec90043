// Issue 10 "Narrow windows and zoom": at 1024×700 tables keep readable columns and scroll sideways; at 200% zoom
// (a 1024×700 window = 512×350 CSS pixels at device scale 2) the top bar collapses into a menu, the page scrolls,
// and Execute and Log out stay reachable; every page works from 1024×700 to 2560×1440 at 100–200%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetRects, widgetText,
  publishedTexts, screenshot, waitFrames, apiSession, apiInvite, amsterdamDate,
} from './harness.mjs';

let server, browser, vacancyId, candidateId, newIds;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // An interview on the Interviews page, so its table has rows.
  const api = await apiSession(server.url, 'anna@example.com');
  const vacancies = await api.get('/api/vacancies');
  vacancyId = vacancies.find((v) => v.title.startsWith('Verpleegkundige')).id;
  const rows = await api.get(`/api/vacancies/${vacancyId}/candidates`);
  candidateId = rows[0].candidate.id;
  newIds = rows.filter((r) => r.application_status === 'new' && r.candidate.id !== candidateId).map((r) => r.candidate.id);
  await apiInvite(api, { vacancyId, candidateIds: [candidateId], date: amsterdamDate(9) });
});
after(async () => { await browser?.close(); server?.stop(); });

async function newPage(width, height, scale = 1) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'en-US' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page };
}

const widths = async (page, table) => (await widgetText(page, `table.${table}.widths`)).split(',').map(Number);

// Turns the mouse wheel over the page's own background (its left margin) until `key` is wholly on screen.
async function scrollPageTo(page, key, { horizontal = false } = {}) {
  for (let i = 0; i < 60; i++) {
    const rects = await widgetRects(page);
    const area = rects['page.window'];
    const r = rects[key];
    const vw = page.viewportSize().width, vh = page.viewportSize().height;
    // Wholly inside the page, clear of its scrollbars.
    if (r && r[0] >= area[0] && r[1] >= area[1] && r[0] + r[2] <= Math.min(vw, area[0] + area[2]) - 14
        && r[1] + r[3] <= Math.min(vh, area[1] + area[3]) - 14) return r;
    // The page's top margin: no list or card under the mouse to take the wheel instead.
    await page.mouse.move(area[0] + area[2] / 2, area[1] + 8);
    if (horizontal && (!r || r[0] + r[2] > Math.min(vw, area[0] + area[2]) - 14)) await page.mouse.wheel(100, 0);
    else await page.mouse.wheel(0, !r || r[1] + r[3] > vh ? 100 : -100);
    await waitFrames(page, 2);
  }
  throw new Error(`${key} never came into view`);
}

test('at 1024×700 the tables keep readable columns and scroll sideways instead of squeezing', async () => {
  const { context, page } = await newPage(1024, 700);
  await login(page, server.url, 'anna@example.com');
  // With the calendar and the candidate search in the bar, 1024 pixels collapse the pages into the Menu; the search
  // and the Menu stay reachable.
  await waitForWidget(page, 'search.box');
  await waitForWidget(page, (await widgetRects(page))['nav.collapsed'] ? 'nav.menu' : 'nav.interviews');
  await page.goto(`${server.url}/#/interviews`);
  await waitForText(page, 'page', 'interviews');
  await waitForWidget(page, 'table.interviews.widths');
  await waitFrames(page, 3);
  const w = await widths(page, 'interviews');
  assert.ok(w.every((x) => x >= 110), `no squeezed column ("V", "C", "Zo"): ${w}`);
  await screenshot(page, 'narrow-1024-interviews');
  await page.goto(`${server.url}/#/vacancies/${vacancyId}/candidates`);
  await waitForText(page, 'page', 'candidates');
  await waitForWidget(page, 'table.candidates.widths');
  await waitFrames(page, 3);
  const c = await widths(page, 'candidates');
  assert.ok(c.slice(1).every((x) => x >= 65), `candidate columns keep their width: ${c}`);
  assert.ok(c[1] >= 170, `names have room: ${c}`);
  await screenshot(page, 'narrow-1024-candidates');
  await page.goto(`${server.url}/#/messages`);
  await waitForText(page, 'page', 'messages');
  await waitForWidget(page, 'table.messages.widths');
  await waitFrames(page, 3);
  assert.ok((await widths(page, 'messages')).every((x) => x >= 65));
  await screenshot(page, 'narrow-1024-messages');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('at 200% zoom the top bar collapses, the page scrolls, Execute and Log out stay reachable', async () => {
  const { context, page } = await newPage(512, 350, 2);
  await login(page, server.url, 'anna@example.com');
  await waitForText(page, 'nav.collapsed', 'yes');
  await screenshot(page, 'zoom-200-vacancies');
  await page.goto(`${server.url}/#/vacancies/${vacancyId}/candidates`);
  await waitForText(page, 'page', 'candidates');
  assert.equal(await widgetText(page, 'page.scrolls'), 'both');
  // Check a candidate (the list is at the top left), then reach Execute by scrolling the page.
  const rects = await widgetRects(page);
  const check = newIds.map((id) => `candidates.check.${id}`).find((k) => rects[k]);
  await clickWidget(page, check);
  await screenshot(page, 'zoom-200-candidates');
  await scrollPageTo(page, 'candidates.execute', { horizontal: true });
  await screenshot(page, 'zoom-200-candidates-scrolled-to-execute');
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');
  await screenshot(page, 'zoom-200-wizard');
  // Log out through the menu.
  await clickWidget(page, 'nav.menu');
  await waitForWidget(page, 'nav.logout');
  await screenshot(page, 'zoom-200-menu-open');
  await clickWidget(page, 'nav.logout');
  await waitForText(page, 'page', 'login');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('every page works from 1024×700 to 2560×1440 at 100% and 200% zoom (screenshots of each)', async () => {
  const sizes = [[1024, 700, 1], [512, 350, 2], [1280, 800, 1], [1920, 1080, 1], [1280, 720, 2], [2560, 1440, 1]];
  const pages = [['#/vacancies', 'vacancies'], [`#/vacancies/${vacancyId}`, 'vacancy'],
    [`#/vacancies/${vacancyId}/candidates`, 'candidates'], ['#/interviews', 'interviews'],
    [`#/candidates/${candidateId}`, 'candidate'], ['#/templates', 'templates'], ['#/messages', 'messages']];
  for (const [w, h, scale] of sizes) {
    const { context, page } = await newPage(w, h, scale);
    await login(page, server.url, 'anna@example.com');
    for (const [href, name] of pages) {
      await page.evaluate((x) => { location.hash = x; }, href);
      await waitForText(page, 'page', name);
      await waitFrames(page, 4);
      const rects = await widgetRects(page);
      // The logout is in reach: in the bar, or in the menu when the bar is collapsed.
      assert.ok(rects['nav.logout'] || rects['nav.menu'], `${name} at ${w}×${h}@${scale}: logout or menu on screen`);
      const logout = rects['nav.logout'] ?? rects['nav.menu'];
      assert.ok(logout[0] + logout[2] <= w && logout[1] + logout[3] <= h, `${name} at ${w}×${h}@${scale}: it is inside the window`);
      // Pages scroll only when the window is smaller than the smallest layout.
      const scrolls = rects['page.scrolls']?.[4];
      if (w >= 1024) assert.equal(scrolls, undefined, `${name} at ${w}×${h}@${scale} needs no page scrolling`);
      else assert.equal(scrolls, 'both');
      await screenshot(page, `sizes-${w * scale}x${h * scale}-zoom${scale * 100}-${name}`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});
