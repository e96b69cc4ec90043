// Browser-test harness: starts the real kandidaat-server on a free loopback port with a fresh data folder,
// launches Debian's Chromium through playwright-core, and finds ImGui widgets through the app's test hook.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;
export const buildDir = env.KANDIDAAT_BUILD_DIR ?? join(process.cwd(), '../../build');
export const webBuildDir = env.KANDIDAAT_WEB_BUILD_DIR ?? join(process.cwd(), '../../build-web');
export const sourceDir = env.KANDIDAAT_SOURCE_DIR ?? join(process.cwd(), '../..');
export const screenshotDir = join(buildDir, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// Starts the server and resolves once it answers HTTP. extraArgs go to the server unchanged; `dataDir` reuses a
// data folder (e.g. one a previous server filled).
// `demo: false` starts on an empty database (the server then prints a first-start /setup/ link).
export async function startServer(extraArgs = [], { dataDir = mkdtempSync(join(tmpdir(), 'kandidaat-browser-')), demo = true } = {}) {
  const port = await freePort();
  const args = ['--port', String(port), '--data-dir', dataDir, ...(demo ? ['--demo'] : []),
                '--web-dir', join(sourceDir, 'web'), '--app-dir', join(webBuildDir, 'app-test'), ...extraArgs];
  const proc = spawn(env.KANDIDAAT_SERVER ?? join(buildDir, 'backend/kandidaat-server'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${log}`);
    try {
      await fetch(url + '/');
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      return { url, port, dataDir, proc, log: () => log, stop: () => proc.kill('SIGTERM'),
               stopAndWait: async () => { proc.kill('SIGTERM'); await exited; } };
    }
    catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not answer on ${url}:\n${log}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
           '--enable-unsafe-swiftshader'],
  });
}

// The rectangles ({key: [x, y, w, h]} in CSS pixels) of the labelled widgets in the app's last frame.
export async function widgetRects(page) {
  return page.evaluate(() => (window.Module && Module.calledRun && Module._kandidaat_test_rects)
    ? (JSON.parse(Module.UTF8ToString(Module._kandidaat_test_rects())) ?? {}) : {});
}

// Waits until the widget `key` is on screen and returns its rectangle.
export async function waitForWidget(page, key, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rects = await widgetRects(page);
    if (rects[key]) return rects[key];
    if (Date.now() > until) throw new Error(`widget "${key}" did not appear; visible: ${Object.keys(rects).join(', ')}`);
    await page.waitForTimeout(50);
  }
}

// The number of frames the app has completed (0 before it runs).
export async function frameCount(page) {
  return page.evaluate(() => (window.Module && Module.calledRun && Module._kandidaat_frame) ? Module._kandidaat_frame() : 0);
}

// Waits until the app has drawn `n` more frames. Software WebGL in a busy CI machine may draw only a few frames
// per second, so tests count frames instead of sleeping.
export async function waitFrames(page, n = 2, timeoutMs = 20000) {
  const start = await frameCount(page);
  const until = Date.now() + timeoutMs;
  while ((await frameCount(page)) < start + n) {
    if (Date.now() > until) throw new Error(`the app drew no frame for ${timeoutMs} ms`);
    await page.waitForTimeout(15);
  }
}

// Waits for the widget, until its rectangle holds still for a frame (layouts settle a frame after a change),
// clicks its centre and waits until ImGui has seen the press and the release.
export async function clickWidget(page, key) {
  let rect = await waitForWidget(page, key);
  for (let i = 0; i < 20; i++) {
    await waitFrames(page, 1);
    const again = await waitForWidget(page, key);
    const same = again.slice(0, 4).every((v, k) => Math.abs(v - rect[k]) < 0.5);
    rect = again;
    if (same) break;
  }
  const [x, y, w, h] = rect;
  // Hover first, as a hand does: some ImGui items (tabs) only take a click when they were hovered a frame before.
  await page.mouse.move(x + w / 2, y + h / 2);
  await waitFrames(page, 1);
  await page.mouse.click(x + w / 2, y + h / 2);
  await waitFrames(page, 2);
}

export async function screenshot(page, name) {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// How many pixels of a PNG screenshot differ from the given background colour (counted inside the page).
export async function pixelsDifferentFrom(page, png, [r, g, b]) {
  return page.evaluate(async ({ b64, r, g, b }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) > 12) n++;
    return n;
  }, { b64: png.toString('base64'), r, g, b });
}

// The text a widget shows (published with its rectangle), e.g. "Invited for interview"; '' when it has none.
export async function widgetText(page, key, timeoutMs = 20000) {
  const r = await waitForWidget(page, key, timeoutMs);
  return r[4] ?? '';
}

// Waits until widget `key` shows a text that equals `expected` (a string) or satisfies it (a function).
export async function waitForText(page, key, expected, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  const ok = typeof expected === 'function' ? expected : (t) => t === expected;
  let last;
  for (;;) {
    const r = (await widgetRects(page))[key];
    last = r ? (r[4] ?? '') : undefined;
    if (r && ok(last)) return last;
    if (Date.now() > until) throw new Error(`widget "${key}" never showed the expected text; last: ${JSON.stringify(last)}`);
    await page.waitForTimeout(50);
  }
}

// Dear ImGui 1.86 samples the keyboard once per frame: a key must stay down for a frame or two to be seen.
export async function pressKey(page, key) {
  await page.keyboard.down(key);
  await waitFrames(page, 2);
  await page.keyboard.up(key);
  await waitFrames(page, 1);
}

export async function pressChord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.down(key);
  await waitFrames(page, 2);
  await page.keyboard.up(key);
  await page.keyboard.up(modifier);
  await waitFrames(page, 1);
}

// Clicks into a text field, optionally empties it (Ctrl+A, Backspace) and types `text`.
export async function typeInto(page, key, text, { clear = true } = {}) {
  await clickWidget(page, key);
  if (clear) {
    await pressChord(page, 'Control', 'a');
    await pressKey(page, 'Backspace');
  }
  await page.keyboard.type(text, { delay: 10 });
  await waitFrames(page, 2);
}

// Opens the app and logs in as `email` (demo password "demo"); resolves on the Vacancy list.
export async function login(page, url, email, password = 'demo') {
  await page.goto(url + '/');
  await waitForWidget(page, 'login.submit');
  await typeInto(page, 'login.email', email, { clear: false });
  await typeInto(page, 'login.password', password, { clear: false });
  await clickWidget(page, 'login.submit');
  await waitForText(page, 'page', 'vacancies');
}

// Scrolls the area `areaKey` (a published window) with the mouse wheel until widget `key` lies wholly inside it.
// `down` = true looks downwards first (page.mouse.wheel(0, 100) is one notch down, as in the browser).
export async function revealWidget(page, key, areaKey, { down = true, maxNotches = 40 } = {}) {
  for (let i = 0; i < maxNotches; i++) {
    const rects = await widgetRects(page);
    const area = rects[areaKey];
    if (!area) throw new Error(`scroll area "${areaKey}" is not on screen`);
    const r = rects[key];
    let dir = down ? 100 : -100;
    if (r) {
      const inside = r[1] >= area[1] + 4 && r[1] + r[3] <= area[1] + area[3] - 4;
      if (inside) {
        await waitFrames(page, 1);
        return (await widgetRects(page))[key] ?? r;
      }
      dir = r[1] < area[1] + 4 ? -100 : 100;
    }
    await page.mouse.move(area[0] + 10, area[1] + area[3] / 2);  // the edge: text boxes scroll on their own
    await page.mouse.wheel(0, dir);
    await waitFrames(page, 2);
  }
  throw new Error(`widget "${key}" did not scroll into view in "${areaKey}"`);
}

// A real SMTP server for the test: aiosmtpd (Debian's python3-aiosmtpd) storing every message in a Maildir.
export async function startSmtp() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kandidaat-smtp-'));
  const maildir = join(dir, 'Maildir');
  const proc = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
                     { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`aiosmtpd exited early (${proc.exitCode}):\n${log}`);
    const up = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (up) return { port, url: `smtp://127.0.0.1:${port}`, maildir, log: () => log, stop: () => proc.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`aiosmtpd did not listen on ${port}:\n${log}`);
}

// The messages the SMTP server received for `recipient` ([{subject, text, html, links}]), waiting up to
// `timeoutMs` for at least one.
export async function waitForMail(smtp, recipient, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const out = execFileSync('/usr/bin/python3', [join(sourceDir, 'tests/browser/read_mail.py'), smtp.maildir, recipient]);
    const mails = JSON.parse(String(out));
    if (mails.length) return mails;
    if (Date.now() > until) throw new Error(`no mail for ${recipient} within ${timeoutMs} ms; smtp log:\n${smtp.log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// 'YYYY-MM-DD' of the day `days` after today in Europe/Amsterdam (the app's calendar works in that zone).
export function amsterdamDate(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86400000));
}

// Opens the calendar behind `buttonKey` and picks `date` ('YYYY-MM-DD'), paging months forward as needed.
export async function pickDate(page, buttonKey, date) {
  await clickWidget(page, buttonKey);
  for (let i = 0; i < 24; i++) {
    const rects = await widgetRects(page);
    if (rects['calendar.day.' + date]) {
      await clickWidget(page, 'calendar.day.' + date);
      return;
    }
    await clickWidget(page, 'calendar.next');
  }
  throw new Error(`the calendar never showed ${date}`);
}

// Issue 11: one row of the wizard's several times: its date, its time (checked) and, when given, its seats.
export async function setSlotRow(page, i, date, time, seats) {
  await pickDate(page, `wizard.slot.${i}.date`, date);
  await clickWidget(page, `wizard.slot.${i}.time`);
  await clickWidget(page, `time.${time}`);
  if (await widgetText(page, `wizard.slot.${i}.time`) !== time) throw new Error(`slot row ${i} shows another time than ${time}`);
  if (seats === undefined) return;
  if (await widgetText(page, `wizard.slot.${i}.seats`) !== String(seats)) await typeInto(page, `wizard.slot.${i}.seats`, String(seats));
  if (await widgetText(page, `wizard.slot.${i}.seats`) !== String(seats)) throw new Error(`slot row ${i} has not ${seats} seats`);
}

// The published rows of a list: {id: text} for every key "<prefix><id>" on screen.
export async function publishedTexts(page, prefix) {
  const rects = await widgetRects(page);
  const out = {};
  for (const [k, v] of Object.entries(rects)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v[4] ?? '';
  return out;
}

// Waits until a widget whose key starts with `prefix` (and ends with `suffix`) is on screen; returns its key. For
// rows that arrive with a fetch after the page itself is shown.
export async function waitForKeyLike(page, prefix, suffix = '', timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const key = Object.keys(await widgetRects(page)).find((k) => k.startsWith(prefix) && k.endsWith(suffix));
    if (key) return key;
    if (Date.now() > until) throw new Error(`no widget "${prefix}…${suffix}" appeared`);
    await page.waitForTimeout(50);
  }
}

// Logs in and opens All candidates of the vacancy whose title starts with `titleStart`, through the UI (F1-F3).
export async function openAllCandidates(page, titleStart, shot) {
  await clickWidget(page, 'nav.vacancies');
  const titles = await publishedTexts(page, 'vacancy.');
  const id = Object.keys(titles).find((k) => titles[k].startsWith(titleStart));
  if (!id) throw new Error(`no vacancy "${titleStart}…" in ${JSON.stringify(titles)}`);
  if (shot) await screenshot(page, `${shot}-vacancy-list`);
  await clickWidget(page, 'vacancy.' + id);
  await waitForText(page, 'page', 'vacancy');
  await waitForWidget(page, 'overview.all_candidates');
  if (shot) await screenshot(page, `${shot}-candidate-overview`);
  await clickWidget(page, 'overview.all_candidates');
  await waitForText(page, 'page', 'candidates');
  await waitForWidget(page, 'candidates.check_all');
  return id;
}

// On All candidates: checks the candidates with these names (or ids), runs Invite for interview, fills step 1
// (date from the calendar, time) and goes to step 2. Returns {ids, names}.
export async function inviteToStep2(page, who, { date, time = '14:30', shot } = {}) {
  const names = await publishedTexts(page, 'candidates.name.');
  const ids = who.map((w) => (names[w] !== undefined ? w : Object.keys(names).find((id) => names[id] === w)));
  if (ids.some((id) => !id)) throw new Error(`not all of ${JSON.stringify(who)} on screen: ${JSON.stringify(names)}`);
  for (const id of ids) await clickWidget(page, `candidates.check.${id}`);
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');
  await pickDate(page, 'wizard.date', date ?? amsterdamDate(10));
  await clickWidget(page, 'wizard.time');
  await clickWidget(page, `time.${time}`);
  if (shot) await screenshot(page, `${shot}-step1`);
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  return { ids, names };
}

// A logged-in API client (for setting the scene quickly; the tests then use the app itself).
export async function apiSession(url, email, password = 'demo') {
  const r = await fetch(url + '/api/login', { method: 'POST', body: JSON.stringify({ email, password }),
                                              headers: { 'Content-Type': 'application/json' } });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${await r.text()}`);
  const cookie = r.headers.get('set-cookie').split(';')[0];
  const { csrf_token: csrf, user } = await r.json();
  const call = async (method, path, body) => {
    const res = await fetch(url + path, { method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', cookie, 'X-CSRF-Token': csrf } });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { user, get: (p) => call('GET', p), post: (p, b) => call('POST', p, b), put: (p, b) => call('PUT', p, b) };
}

// Invites candidates through the API with the first invitation template; returns the API's answer.
export async function apiInvite(api, { vacancyId, candidateIds, date, time = '10:00', type = 'in_person', reminder = { channel: 'none', days_before: 1 } }) {
  const templates = await api.get('/api/templates');
  const inv = templates.find((t) => t.kind === 'invitation');
  const subject = {}, content = {};
  for (const [l, v] of Object.entries(inv.variants)) { subject[l] = v.subject; content[l] = v.content; }
  return api.post('/api/invitations', {
    vacancy_id: vacancyId, candidate_ids: candidateIds,
    interview: { type, attendee_ids: [api.user.id], date, time, duration_min: 45, location: 'Kantoor' },
    email: { action: 'send_email', from: `${api.user.name} <${api.user.email}>`, subject, content, add_confirm_link: true },
    reminder,
  });
}
