// Issue 13: the canvas joins the web. The app's semantics tree becomes ARIA nodes over the canvas (web/a11y.js):
// screen readers get every control with its role and name, axe-core finds no violation, the keyboard journey runs
// through the DOM focus, a password manager fills the login's real inputs, Ctrl+F finds names, e-mail addresses
// can be selected and copied — and the mirror changes nothing the recruiter sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  startServer, startSmtp, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText,
  widgetRects, widgetText, publishedTexts, waitFrames, pressKey, screenshot, amsterdamDate, revealWidget,
} from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CONTROL = 'button|link|checkbox|radio|textbox|combobox|tab|option|menuitem|switch|slider|spinbutton|searchbox';

let smtp, server, browser;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { context, page };
}

// The mirror as Playwright's accessibility snapshot (YAML: "- button "Log in"").
async function snapshot(page) {
  await waitFrames(page, 3);
  return page.locator('#a11y-root').ariaSnapshot();
}

// The controls of a snapshot that have no name (a role without a quoted name after it).
function unnamed(yaml) {
  return yaml.split('\n').filter((l) => new RegExp(`^\\s*- (${CONTROL})\\b(?! ")`).test(l)).map((l) => l.trim());
}

async function expectAllNamed(page, where) {
  const yaml = await snapshot(page);
  assert.match(yaml, new RegExp(`- (${CONTROL}) "`), `${where}: the snapshot lists controls:\n${yaml}`);
  assert.deepEqual(unnamed(yaml), [], `${where}: every control has a name:\n${yaml}`);
  return yaml;
}

// axe-core's violations on the page as it is now (rule id, impact, the first nodes' targets and summaries).
async function axeViolations(page) {
  await waitFrames(page, 3);
  await page.evaluate(axeSource);  // evaluate is not subject to the page's CSP, a script tag would be
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

// What has the DOM focus: its role and name as a screen reader would say them.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { role: '', name: '' };
    return { role: el.getAttribute('role') || el.tagName.toLowerCase(), name: el.getAttribute('aria-label') || el.textContent,
             id: el.id, inMirror: !!el.closest('#a11y-root'), autocomplete: el.getAttribute('autocomplete') || '' };
  });
}

// Presses Tab until the DOM focus is on a node with this role whose name matches; returns it.
async function tabTo(page, role, name, max = 200) {
  const ok = (f) => f.role === role && (typeof name === 'string' ? f.name === name : name.test(f.name));
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (ok(f)) return f;
    await pressKey(page, 'Tab');
  }
  throw new Error(`Tab never reached ${role} ${name}; the focus is on ${JSON.stringify(await focused(page))}`);
}

test('semantics tree: Playwright\'s accessibility snapshot of each page lists every control with role and name (the invitation wizard end to end has no unnamed control)', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  const loginTree = await expectAllNamed(page, 'login');
  assert.match(loginTree, /- textbox "E-mail address"/);
  assert.match(loginTree, /- textbox "Password"/);
  assert.match(loginTree, /- button "Log in"/);
  await login(page, server.url, 'anna@example.com');

  const vacancies = await expectAllNamed(page, 'Vacancy list');
  assert.match(vacancies, /- heading "Vacancy list" \[level=1\]/);
  assert.match(vacancies, /- grid/);
  assert.match(vacancies, /- columnheader "Vacancy"/);
  assert.match(vacancies, /- link "Verpleegkundige/);

  await openAllCandidates(page, 'Verpleegkundige');
  const candidates = await expectAllNamed(page, 'All candidates');
  assert.match(candidates, /- checkbox "Zoë Çelik"/);
  assert.match(candidates, /- link "Zoë Çelik"/);
  // The clipped list: the grid counts every row (header included), each row says which one it is.
  const visible = Number((await widgetRects(page))['candidates.visible'][4]);
  const grid = await page.evaluate(() => {
    const g = [...document.querySelectorAll('#a11y-root [role=grid]')].find((e) => e.getAttribute('aria-rowcount'));
    return { count: g?.getAttribute('aria-rowcount'), rows: [...(g?.querySelectorAll('[role=row]') ?? [])].map((r) => r.getAttribute('aria-rowindex')) };
  });
  assert.equal(grid.count, String(visible + 1));
  assert.equal(grid.rows[0], '1', 'the header row is row 1');
  assert.deepEqual(grid.rows.slice(1, 4), ['2', '3', '4']);

  // The wizard, end to end up to Send: step 1 with its calendar and time list open, then step 2.
  const names = await publishedTexts(page, 'candidates.name.');
  const langs = await publishedTexts(page, 'candidates.language.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  const english = Object.keys(names).find((id) => langs[id] === 'en');
  await clickWidget(page, `candidates.check.${zoe}`);
  await clickWidget(page, `candidates.check.${english}`);  // two languages: step 2 has a tab for each
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');
  await waitForWidget(page, 'wizard.next');
  await expectAllNamed(page, 'wizard step 1');
  await clickWidget(page, 'wizard.date');
  await waitForWidget(page, 'calendar.next');
  const calendar = await expectAllNamed(page, 'wizard step 1, calendar open');
  assert.match(calendar, /- dialog "[A-Z][a-z]+ \d{4}"/, 'the calendar is a dialog named by its month');
  assert.match(calendar, /- button "Next month"/);
  const day = amsterdamDate(10);
  for (let i = 0; i < 3 && !(await widgetRects(page))['calendar.day.' + day]; i++) await clickWidget(page, 'calendar.next');
  await clickWidget(page, 'calendar.day.' + day);
  await clickWidget(page, 'wizard.time');
  const times = await expectAllNamed(page, 'wizard step 1, time list open');
  assert.match(times, /- listbox/);
  assert.match(times, /- option "14:30"/);
  await clickWidget(page, 'time.14:30');
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  const step2 = await expectAllNamed(page, 'wizard step 2');
  assert.match(step2, /- tab "[^"]+" \[selected\]/);
  assert.match(step2, /- radio "[^"]+" \[checked\]/);
  await revealWidget(page, 'reminder.channel.email', 'wizard.form');
  await expectAllNamed(page, 'wizard step 2, scrolled to the reminder');
  await screenshot(page, 'a11y-wizard-step2');

  for (const nav of ['nav.interviews', 'nav.templates', 'nav.messages']) {
    await clickWidget(page, nav);
    await waitFrames(page, 4);
    await expectAllNamed(page, nav);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('axe-core on the app\'s pages finds no violation', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  const found = {};
  found.login = await axeViolations(page);
  await login(page, server.url, 'anna@example.com');
  found.vacancies = await axeViolations(page);
  await openAllCandidates(page, 'Verpleegkundige');
  found.candidates = await axeViolations(page);
  const names = await publishedTexts(page, 'candidates.name.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  await clickWidget(page, `candidates.check.${zoe}`);
  await clickWidget(page, 'candidates.execute');
  await waitForWidget(page, 'wizard.next');
  found.wizard1 = await axeViolations(page);
  await clickWidget(page, 'wizard.time');
  found.wizard1_time_list = await axeViolations(page);
  await clickWidget(page, 'time.14:30');
  await clickWidget(page, 'wizard.date');
  found.wizard1_calendar = await axeViolations(page);
  await pressKey(page, 'Escape');
  for (const nav of ['nav.interviews', 'nav.calendar', 'nav.templates', 'nav.messages']) {
    await clickWidget(page, nav);
    await waitFrames(page, 4);
    found[nav] = await axeViolations(page);
  }
  await clickWidget(page, 'nav.vacancies');
  await openAllCandidates(page, 'Verpleegkundige');
  await clickWidget(page, `candidates.name.${zoe}`);
  await waitForWidget(page, 'candidate.name');
  found.candidate = await axeViolations(page);
  const bad = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length));
  assert.deepEqual(bad, {}, JSON.stringify(bad, null, 2));
  await context.close();
});

test('focus and activation both ways: a focused DOM node gets ImGui\'s focus, ImGui\'s focus moves the DOM focus, a screen reader\'s click activates', async () => {
  const { context, page } = await newPage();
  await login(page, server.url, 'anna@example.com');
  await waitFrames(page, 3);
  // DOM → ImGui: a screen reader moves to the vacancy's link; ImGui's focus ring goes there.
  const link = page.locator('#a11y-root [role=link]', { hasText: 'Verpleegkundige' });
  await link.focus();
  await waitFrames(page, 3);
  const ring = (await widgetRects(page)).focus;
  assert.ok(ring && ring[4].startsWith('vacancy.'), `ImGui's focus ring is on the vacancy: ${JSON.stringify(ring)}`);
  // ImGui → DOM: Tab moves ImGui's focus to the next control, and the DOM focus follows it.
  await pressKey(page, 'Tab');
  await waitFrames(page, 2);
  const next = (await widgetRects(page)).focus;
  const f = await focused(page);
  assert.ok(f.inMirror && f.role && f.name, `the DOM focus is on a mirror node: ${JSON.stringify(f)}`);
  assert.notEqual(next[4], ring[4]);
  // A screen reader's activation is a click on the node: the link opens the vacancy.
  await link.evaluate((el) => el.click());
  await waitForText(page, 'page', 'vacancy');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the seed\'s journey runs keyboard-only through the DOM focus, and its toast is read out by the live region', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  // The login's real inputs: the e-mail field has the focus; type, Tab, type, Enter.
  await waitFrames(page, 2);
  assert.equal((await focused(page)).id, 'login-username');
  await page.keyboard.type('anna@example.com', { delay: 5 });
  await pressKey(page, 'Tab');
  assert.equal((await focused(page)).id, 'login-password');
  await page.keyboard.type('demo', { delay: 5 });
  await page.keyboard.press('Enter');
  await waitForText(page, 'page', 'vacancies');

  await tabTo(page, 'link', /^Verpleegkundige/);
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'vacancy');
  await tabTo(page, 'link', /^All candidates/);
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'candidates');
  await tabTo(page, 'checkbox', 'Zoë Çelik');
  await pressKey(page, ' ');
  await waitForText(page, 'candidates.count', '1');
  await waitFrames(page, 2);
  const box = page.locator('#a11y-root [role=checkbox][aria-label="Zoë Çelik"]');
  assert.equal(await box.getAttribute('aria-checked'), 'true', 'the checkbox says it is checked');
  await tabTo(page, 'button', /Execute/);
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'wizard');

  // Step 1: the date from the calendar (Enter opens it, Tab walks its days), the time from its list.
  const date = amsterdamDate(10);
  const day = Number(date.slice(8));
  await tabTo(page, 'button', /Choose a date/);
  await pressKey(page, 'Enter');
  await waitForWidget(page, 'calendar.next');
  if (!(await widgetRects(page))['calendar.day.' + date]) {
    await tabTo(page, 'button', 'Next month');
    await pressKey(page, 'Enter');
  }
  await tabTo(page, 'button', new RegExp(`\\b${day}\\b`));
  await pressKey(page, 'Enter');
  await waitForText(page, 'wizard.date', date);
  await tabTo(page, 'button', /^Next/);
  await pressKey(page, 'Enter');
  await waitForWidget(page, 'wizard.send');
  await screenshot(page, 'a11y-keyboard-step2');
  await tabTo(page, 'button', /^Send/, 400);
  await pressKey(page, 'Enter');
  await waitForText(page, 'page', 'candidates', 30000);
  await waitFrames(page, 3);
  const live = await page.evaluate(() => {
    const l = document.getElementById('a11y-live');
    return { polite: l.getAttribute('aria-live'), text: l.textContent, roles: [...l.children].map((c) => c.getAttribute('role')) };
  });
  assert.equal(live.polite, 'polite');
  assert.match(live.text, /1 invitation/);
  assert.deepEqual(live.roles, ['status']);
  await screenshot(page, 'a11y-keyboard-sent');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the login is filled through its real inputs (autocomplete username / current-password), as a password manager does', async () => {
  const { context, page } = await newPage();
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  const user = page.locator('input[autocomplete="username"]');
  const pass = page.locator('input[autocomplete="current-password"]');
  assert.equal(await pass.getAttribute('type'), 'password');
  // Each real input lies over the app's own field.
  const rects = await widgetRects(page);
  const box = await user.boundingBox();
  assert.ok(Math.abs(box.x - rects['login.email'][0]) <= 1 && Math.abs(box.y - rects['login.email'][1]) <= 1,
            `${JSON.stringify(box)} over ${JSON.stringify(rects['login.email'])}`);
  // A password manager sets both values (input events) without typing a key; then the form is submitted.
  await user.fill('anna@example.com');
  await pass.fill('demo');
  await waitForText(page, 'login.email', 'anna@example.com');
  await screenshot(page, 'a11y-login-filled');
  await pass.press('Enter');
  await waitForText(page, 'page', 'vacancies');
  assert.equal(await user.count(), 0, 'the inputs leave with the login page');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('find and copy: window.find (Ctrl+F) finds a candidate\'s name where the canvas draws it', async () => {
  const { context, page } = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  await waitFrames(page, 3);
  const names = await publishedTexts(page, 'candidates.name.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  const found = await page.evaluate(() => {
    const ok = window.find('Çelik', false, false, true);  // wrapping around, as Ctrl+F does
    const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    return { ok, text: window.getSelection().toString(), x: r.x, y: r.y, w: r.width, h: r.height };
  });
  assert.ok(found.ok && found.text === 'Çelik', JSON.stringify(found));
  const [x, y, w, h] = (await widgetRects(page))['candidates.name.' + zoe];
  assert.ok(found.x >= x && found.x + found.w <= x + w + 2 && found.y >= y - 2 && found.y + found.h <= y + h + 2,
            `the match ${JSON.stringify(found)} lies on the drawn name ${JSON.stringify([x, y, w, h])}`);
  await screenshot(page, 'a11y-find-celik');
  assert.equal(await page.evaluate(() => window.find('no such candidate anywhere', false, false, true)), false);
  await context.close();
});

test('find and copy: a candidate\'s e-mail address is selected with the mouse and copied to the clipboard with Ctrl+C; right-click gives the browser\'s menu', async () => {
  const { context, page } = await newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const names = await publishedTexts(page, 'candidates.name.');
  const emails = await publishedTexts(page, 'candidates.email.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  await clickWidget(page, `candidates.name.${zoe}`);
  await waitForWidget(page, 'candidate.name');
  await waitFrames(page, 3);
  const email = emails[zoe];
  const node = page.locator('#a11y-root .copy', { hasText: email });
  const box = await node.boundingBox();
  assert.ok(box, `the e-mail address ${email} is in the mirror`);
  // Drag across it, from just before its first letter to past its last.
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await waitFrames(page, 2);
  assert.equal(await page.evaluate(() => window.getSelection().toString()), email);
  await screenshot(page, 'a11y-email-selected');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), email);
  // The right-click menu is the browser's on the text: the page does not cancel it there.
  const prevented = await node.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: r.x + 2, clientY: r.y + 2, button: 2 });
    return !el.dispatchEvent(e);
  });
  assert.equal(prevented, false, 'contextmenu is not prevented on a copyable text');
  // Clicking on the canvas afterwards still works as before (the app gets its clicks back).
  await clickWidget(page, 'candidate.back');
  await waitForText(page, 'page', 'candidates');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the mirror is invisible: the app looks the same with and without it, and an unchanged frame publishes nothing', async () => {
  const shots = {};
  for (const mode of ['on', 'off']) {
    const { context, page } = await newPage();
    await login(page, server.url, 'anna@example.com');
    if (mode === 'off') {
      await page.goto(server.url + '/?mirror=off#/vacancies');
      await waitForText(page, 'page', 'vacancies');
    }
    await openAllCandidates(page, 'Verpleegkundige');
    await page.mouse.move(5, 895);  // the pointer away from every control: no hover differs
    await waitFrames(page, 8);
    shots[mode] = await page.screenshot();
    await screenshot(page, `a11y-invisible-${mode}`);
    const count = await page.evaluate(() => document.querySelectorAll('#a11y-root [role]').length);
    if (mode === 'on') {
      assert.ok(count > 20, `the mirror has nodes: ${count}`);
      // Nothing changes on screen: frames go on, the tree is not sent again.
      const before = await page.evaluate(() => window.KandidaatA11y.updates());
      await waitFrames(page, 6);
      const after = await page.evaluate(() => window.KandidaatA11y.updates());
      assert.equal(after, before, 'no tree is published on frames where nothing changed');
    } else {
      assert.equal(count, 0, 'with ?mirror=off the mirror stays empty');
    }
    await context.close();
  }
  assert.ok(shots.on.equals(shots.off), 'the screenshots with and without the mirror are identical');
});

test('cost: scrolling a list sends again only what changed (the rows that moved or came into view), and each mirrored row stays on the row the canvas draws', async () => {
  const { context, page, list } = await openListUnderPointer();
  const before = await page.evaluate(() => window.KandidaatA11y.received());
  await page.mouse.wheel(0, 100);  // one notch: a few rows out at the top, a few in at the bottom
  await waitFrames(page, 8);
  const after = await page.evaluate(() => window.KandidaatA11y.received());
  const sent = after.records - before.records, kept = after.kept - before.kept;
  assert.ok(Number(await widgetText(page, 'candidates.scroll')) > 0, 'the list scrolled');
  assert.ok(sent > 0 && kept > 0, `the scroll was mirrored: ${sent} nodes sent whole, ${kept} as their id`);
  assert.ok(sent < kept, `most of the tree went as ids (unchanged), not sent again: ${sent} whole, ${kept} ids`);
  await expectRowsMirrored(page, list);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// A vacancy's candidate list in a short window (it scrolls), the pointer over it.
async function openListUnderPointer() {
  const { context, page } = await newPage({ viewport: { width: 1280, height: 560 } });
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  await waitFrames(page, 6);
  const list = (await widgetRects(page))['candidates.list'];
  await page.mouse.move(list[0] + list[2] / 2, list[1] + list[3] / 2);
  return { context, page, list };
}

// Every visible candidate's name in the mirror lies on the name the canvas draws (rows are placed in the grid's
// coordinates, their cells and texts in the row's).
async function expectRowsMirrored(page, list) {
  const rects = await widgetRects(page);
  const names = Object.entries(rects).filter(([k]) => k.startsWith('candidates.name.'));
  const header = rects['candidates.sort.name'];
  assert.ok(names.length >= 4, `rows in view: ${names.length}`);
  for (const [key, [x, y, w, h, name]] of names) {
    // (a row half under the frozen header row or cut by the list's bottom edge: the mirror holds its visible part)
    if (y < header[1] + header[3] || y + h > list[1] + list[3]) continue;
    const box = await page.locator('#a11y-root [role="link"]', { hasText: name }).first().boundingBox();
    assert.ok(box && Math.abs(box.y - y) <= 2 && Math.abs(box.x - x) <= 2,
              `${key} "${name}" is mirrored at ${JSON.stringify(box)} over the drawn ${JSON.stringify([x, y, w, h])}`);
  }
}

test('cost: while the wheel turns a list the mirror is updated about once a second, and it follows the list at once when the list rests', async () => {
  const { context, page, list } = await openListUnderPointer();
  // Scrolling down and up again, a notch every frame or two, for well over a second: without the rule a tree
  // would go out every 100 ms.
  const before = await page.evaluate(() => window.KandidaatA11y.updates());
  const started = Date.now();
  let frames = 0;
  for (let i = 0; Date.now() - started < 1600; i++) {
    await page.mouse.wheel(0, i % 24 < 12 ? 60 : -60);
    await waitFrames(page, 1);
    frames++;
  }
  const elapsed = Date.now() - started;
  const trees = await page.evaluate(() => window.KandidaatA11y.updates()) - before;
  assert.ok(trees <= Math.ceil(elapsed / 1000) + 1,
            `${trees} trees in ${elapsed} ms of scrolling (${frames} wheel notches): at most one a second and the first`);
  // Resting: the mirror's rows are where the canvas draws them within a moment.
  await page.waitForTimeout(400);
  await waitFrames(page, 2);
  await expectRowsMirrored(page, list);
  assert.deepEqual(page.errors, []);
  await context.close();
});
