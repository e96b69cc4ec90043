// Issue 10 "Keyboard": Tab reaches every control in order with a visible focus ring, Enter opens the focused row,
// and a whole invitation can be sent without the mouse (login → vacancy → check candidates → wizard → send).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, waitForWidget, waitForText, widgetRects, widgetText, pressKey, pressChord,
  screenshot, waitFrames, amsterdamDate,
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

// The control with the focus ring: its published key.
const focused = async (page) => (await widgetRects(page)).focus?.[4] ?? null;

// Presses Tab (or Shift+Tab) until the focused control's key satisfies `want`; returns the keys passed on the way.
async function tabTo(page, want, { back = false, max = 120 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    if (back) await pressChord(page, 'Shift', 'Tab');
    else await pressKey(page, 'Tab');
    await waitFrames(page, 1);
    const f = await focused(page);
    seen.push(f);
    if (f && (typeof want === 'function' ? want(f) : f === want)) return seen;
  }
  throw new Error(`Tab never reached ${want}; passed ${JSON.stringify(seen)}`);
}

test('Tab reaches every control of the top bar and the list in order, with a visible focus ring', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  await page.keyboard.type('anna@example.com', { delay: 5 });
  await pressKey(page, 'Tab');
  await page.keyboard.type('demo', { delay: 5 });
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancies');
  await waitFrames(page, 3);
  const rects = await widgetRects(page);
  const vacancies = Object.keys(rects).filter((k) => /^vacancy\.\d+$/.test(k)).sort((a, b) => rects[a][1] - rects[b][1]);
  const order = ['nav.vacancies', 'nav.interviews', 'nav.templates', 'nav.messages', 'nav.lang.nl', 'nav.lang.en',
                 'nav.lang.de', 'nav.logout', ...vacancies];
  await tabTo(page, 'nav.vacancies');
  const seen = ['nav.vacancies', ...await tabTo(page, vacancies[vacancies.length - 1])];
  assert.deepEqual(seen.filter((k) => order.includes(k)), order, `Tab order: ${JSON.stringify(seen)}`);
  // The ring is drawn: the focus colour (#2961b5) around the focused link.
  const [x, y, w, h] = (await widgetRects(page)).focus;
  const png = await page.screenshot({ clip: { x: x - 6, y: y - 6, width: w + 12, height: h + 12 } });
  await screenshot(page, 'keyboard-focus-ring');
  const ring = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 0x29) + Math.abs(d[i + 1] - 0x61) + Math.abs(d[i + 2] - 0xb5) < 40) n++;
    return n;
  }, png.toString('base64'));
  assert.ok(ring > 2 * (w + h), `a ring of the focus colour surrounds the control (${ring} pixels)`);
  // Shift+Tab goes back, and from the first control wraps to the last.
  await tabTo(page, vacancies[0], { back: true });
  // Enter opens the focused row.
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancy');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a whole invitation by keyboard only: login, vacancy, check candidates, wizard, send', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  await page.keyboard.type('anna@example.com', { delay: 5 });
  await pressKey(page, 'Tab');
  await page.keyboard.type('demo', { delay: 5 });
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancies');
  await waitFrames(page, 3);

  // The vacancy: Tab to its title, Enter.
  const rects = await widgetRects(page);
  const vacancy = Object.keys(rects).find((k) => /^vacancy\.\d+$/.test(k) && rects[k][4].startsWith('Software'));
  await tabTo(page, vacancy);
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancy');
  await tabTo(page, 'overview.all_candidates');
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'candidates');
  await waitForWidget(page, 'candidates.check_all');
  await waitFrames(page, 3);

  // Check two candidates with Space, then Execute with Enter.
  const boxes = Object.entries(await widgetRects(page)).filter(([k]) => /^candidates\.check\.\d+$/.test(k))
    .sort((a, b) => a[1][1] - b[1][1]).map(([k]) => k);
  await tabTo(page, boxes[0]);
  await pressKey(page, ' ');
  await tabTo(page, boxes[1]);
  await pressKey(page, 'Enter');  // Enter toggles a focused checkbox too
  await waitForText(page, boxes[0], 'checked');
  await waitForText(page, boxes[1], 'checked');
  await screenshot(page, 'keyboard-candidates-checked');
  await tabTo(page, 'candidates.execute', { back: true });
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'wizard');

  // Step 1: the date from the calendar (Tab to the button, Enter, Tab to a day, Enter), then Next.
  await tabTo(page, 'wizard.date');
  await pressKey(page, 'Enter');
  await waitForWidget(page, 'calendar.next');
  const target = amsterdamDate(10);
  for (let i = 0; i < 3 && !(await widgetRects(page))[`calendar.day.${target}`]; i++) {
    await tabTo(page, 'calendar.next');
    await pressKey(page, 'Enter');
    await waitFrames(page, 2);
  }
  await tabTo(page, `calendar.day.${target}`);
  await screenshot(page, 'keyboard-calendar');
  await pressKey(page, 'Enter');
  await waitForText(page, 'wizard.date', target);
  await tabTo(page, 'wizard.next');
  await pressKey(page, 'Enter');
  await waitForWidget(page, 'wizard.send');

  // Step 2: straight to Send.
  await tabTo(page, 'wizard.send');
  await screenshot(page, 'keyboard-send-focused');
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'candidates', 30000);
  await waitForText(page, 'toast', (t) => /invitation/i.test(t));
  await screenshot(page, 'keyboard-invitation-sent');
  const candidateId = boxes[0].slice('candidates.check.'.length);
  await waitForText(page, `candidates.status.${candidateId}`, 'Invited for interview');
  assert.deepEqual(page.errors, []);
  await context.close();
});
