// Issue 17 in the app (SECURITY.md S15, S16, S23): My settings lists one's own sessions and signs out another
// browser, changes the password (which signs out every other session), and admins read the audit log; recruiters
// have no Audit entry and get a plain sentence for the server's 403 when they open its address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetText, widgetRects,
  screenshot, apiSession, publishedTexts, typeInto, waitFrames,
} from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); });

const viewport = { width: 1440, height: 900 };

async function newPage() {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  return context.newPage();
}

// "HH:MM" of an instant in Europe/Amsterdam (the app shows every time there).
function amsterdamTime(ms) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(ms));
}

// The sessions My settings lists: {id: "current" | "other"}.
async function listedSessions(page) {
  const all = await publishedTexts(page, 'sessions.');
  return Object.fromEntries(Object.entries(all).filter(([k]) => /^\d+$/.test(k)));
}

async function waitForSessions(page, predicate, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const listed = await listedSessions(page);
    if (predicate(Object.values(listed))) return listed;
    if (Date.now() > until) throw new Error(`the sessions list never matched; last: ${JSON.stringify(listed)}`);
    await page.waitForTimeout(50);
  }
}

// A raw API login (its own session), for the sessions the app should list and sign out.
async function apiLogin(email, password = 'demo') {
  const r = await fetch(server.url + '/api/login', { method: 'POST', body: JSON.stringify({ email, password }),
                                                     headers: { 'Content-Type': 'application/json' } });
  return { status: r.status, cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] };
}
async function meStatus(cookie) {
  return (await fetch(server.url + '/api/me', { headers: { cookie } })).status;
}

test('S16 a recruiter sees their sessions in My settings and signs out the other browser', async () => {
  const startedAt = Date.now();
  const mine = await newPage();
  await login(mine, server.url, 'bram@example.com');
  const other = await newPage();  // a second browser (its own cookies), logged in as the same user
  await login(other, server.url, 'bram@example.com');
  const loggedInBy = Date.now();

  await clickWidget(mine, 'nav.settings');
  await waitForText(mine, 'page', 'settings');
  const listed = await waitForSessions(mine, (v) => v.length === 2);
  const current = Object.keys(listed).find((id) => listed[id] === 'current');
  const otherId = Object.keys(listed).find((id) => listed[id] === 'other');
  assert.ok(current && otherId, `one session is this browser, one another: ${JSON.stringify(listed)}`);
  // Times in Europe/Amsterdam, as everywhere in the app.
  const started = await widgetText(mine, `sessions.${current}.started`);
  assert.ok([amsterdamTime(startedAt), amsterdamTime(loggedInBy)].some((t) => started.endsWith(t)),
            `"${started}" shows the login time in Amsterdam (${amsterdamTime(startedAt)})`);
  await screenshot(mine, 'S16-my-settings-sessions');

  await clickWidget(mine, `sessions.${otherId}.sign_out`);
  await waitForText(mine, 'toast', 'The session has been signed out.');
  await waitForWidget(mine, 'sessions.only_this');
  assert.deepEqual(Object.values(await listedSessions(mine)), ['current']);
  // The other browser's next request (its polling, within seconds) lands on the login page.
  await waitForText(other, 'page', 'login', 15000);
  await waitForWidget(other, 'login.expired');
  await screenshot(other, 'S16-other-browser-signed-out');
  // This browser keeps working.
  await waitFrames(mine, 3);
  assert.equal(await widgetText(mine, 'page'), 'settings');

  // "Sign out all other sessions": two more (API clients) are listed after a visit and both end.
  const a = await apiLogin('bram@example.com'), b = await apiLogin('bram@example.com');
  assert.equal(await meStatus(a.cookie), 200);
  await clickWidget(mine, 'nav.vacancies');
  await clickWidget(mine, 'nav.settings');
  await waitForSessions(mine, (v) => v.length === 3);
  await clickWidget(mine, 'sessions.sign_out_others');
  await waitForText(mine, 'toast', '2 sessions have been signed out.');
  await waitForWidget(mine, 'sessions.only_this');
  assert.equal(await meStatus(a.cookie), 401);
  assert.equal(await meStatus(b.cookie), 401);

  // The same panel in German: nothing untranslated, nothing clipped (judged on the screenshot).
  await clickWidget(mine, 'nav.lang.de');
  await waitForText(mine, 'sessions.only_this', 'Nur dieser Browser ist angemeldet.');
  await screenshot(mine, 'S16-my-settings-sessions-de');
  await mine.context().close();
  await other.context().close();
});

test('S15 password change in My settings signs out the other sessions', async () => {
  const mine = await newPage();
  await login(mine, server.url, 'anna@example.com');
  const other = await newPage();
  await login(other, server.url, 'anna@example.com');
  await clickWidget(mine, 'nav.settings');
  await waitForSessions(mine, (v) => v.length === 2);

  // The server's errors at their fields, the repeat checked in the app.
  await typeInto(mine, 'password.old', 'not-my-password');
  await typeInto(mine, 'password.new', 'a new long password');
  await typeInto(mine, 'password.repeat', 'a new long password');
  await clickWidget(mine, 'password.submit');
  await waitForText(mine, 'field_error.old_password', 'The current password is not correct.');
  await typeInto(mine, 'password.old', 'demo');
  await typeInto(mine, 'password.new', 'short');
  await typeInto(mine, 'password.repeat', 'short');
  await clickWidget(mine, 'password.submit');
  await waitForText(mine, 'field_error.new_password', 'The password needs at least 8 characters.');
  await typeInto(mine, 'password.new', 'a new long password');
  await typeInto(mine, 'password.repeat', 'a new long passwort');
  await clickWidget(mine, 'password.submit');
  await waitForText(mine, 'field_error.repeat_password', 'The two passwords differ.');
  await screenshot(mine, 'S15-password-repeat-differs');
  assert.equal((await apiLogin('anna@example.com', 'demo')).status, 200, 'nothing changed yet');
  await clickWidget(mine, 'nav.vacancies');  // that API login is a third session: list afresh
  await clickWidget(mine, 'nav.settings');
  await waitForSessions(mine, (v) => v.length === 3);

  await typeInto(mine, 'password.old', 'demo');
  await typeInto(mine, 'password.new', 'a new long password');
  await typeInto(mine, 'password.repeat', 'a new long password');
  await clickWidget(mine, 'password.submit');
  await waitForText(mine, 'password.done', 'Your password has been changed; your other sessions have been signed out.');
  // The other sessions disappear from the list, and the other browser is signed out at its next request.
  await waitForSessions(mine, (v) => v.length === 1 && v[0] === 'current');
  await screenshot(mine, 'S15-password-changed');
  await waitForText(other, 'page', 'login', 15000);
  await waitForWidget(other, 'login.expired');
  assert.equal((await apiLogin('anna@example.com', 'demo')).status, 401, 'the old password no longer works');
  // The other browser logs in again with the new password (the e-mail it typed before is still there).
  await typeInto(other, 'login.password', 'a new long password');
  await clickWidget(other, 'login.submit');
  await waitForText(other, 'page', 'vacancies');

  await clickWidget(mine, 'nav.lang.de');
  await waitForText(mine, 'password.done', 'Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden abgemeldet.');
  await screenshot(mine, 'S15-password-changed-de');
  await mine.context().close();
  await other.context().close();
});

test('S23 an admin reads the audit log in the app; a recruiter has no Audit entry', async () => {
  const bram = await apiSession(server.url, 'bram@example.com');
  const admin = await apiSession(server.url, 'admin@example.com');
  // More than a page of entries (the app shows 100 at a time), the newest a failed login.
  const [first] = await bram.get('/api/vacancies');
  const [row] = await bram.get(`/api/vacancies/${first.id}/candidates`);
  for (let i = 0; i < 110; i++) await bram.post(`/api/candidates/${row.candidate.id}/notes`, { body: `note ${i}` });
  assert.equal((await apiLogin('bram@example.com', 'wrong password')).status, 401);
  const log = await admin.get('/api/audit?limit=300');
  assert.equal(log[0].action, 'login_failed');

  // The recruiter: My settings has no Administration section, and the address gives a plain sentence.
  const recruiter = await newPage();
  await login(recruiter, server.url, 'bram@example.com');
  await clickWidget(recruiter, 'nav.settings');
  await waitForWidget(recruiter, 'settings.feed_copy');
  await waitForWidget(recruiter, 'password.submit');
  const rects = await widgetRects(recruiter);
  assert.ok(!rects['settings.audit'] && !rects['settings.webhooks'], 'a recruiter sees no Audit or Webhooks entry');
  await recruiter.goto(server.url + '/#/audit');
  await waitForText(recruiter, 'page', 'audit');
  await waitForText(recruiter, 'audit.forbidden.text', 'Only administrators can read the audit log.');
  assert.ok(!(await widgetRects(recruiter))['audit.older'], 'no table, no paging');
  await screenshot(recruiter, 'S23-audit-recruiter-refused');
  await recruiter.context().close();

  // The admin: My settings → Audit log, newest first.
  const page = await newPage();
  await login(page, server.url, 'admin@example.com');
  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.audit');
  await waitForText(page, 'page', 'audit');
  const top = (await admin.get('/api/audit?limit=1'))[0];  // the admin's own login is newer still
  assert.equal(top.action, 'login');
  await waitForText(page, `audit.${top.id}`, 'Logged in');
  const failed = log[0];
  await waitForText(page, `audit.${failed.id}`, 'Login failed');
  assert.equal(await widgetText(page, `audit.${failed.id}.who`), 'bram@example.com');
  assert.equal(await widgetText(page, `audit.${failed.id}.result`), 'failed (401)');
  const note = log[1];
  assert.equal(note.action, 'note_add');
  assert.equal(await widgetText(page, `audit.${note.id}`), 'Added a note');
  assert.equal(await widgetText(page, `audit.${note.id}.result`), `done (${note.status})`);
  assert.equal(await widgetText(page, `audit.${note.id}.detail`), note.detail);
  assert.match(note.detail, /characters/, 'the note text itself is not in the log');
  const ids = async () => Object.keys(await publishedTexts(page, 'audit.')).filter((k) => /^\d+$/.test(k)).map(Number);
  const shown = await ids();
  assert.equal(Math.max(...shown), top.id, 'newest first');
  await screenshot(page, 'S23-audit-log');

  // "Older" pages with before_id: the 101st entry heads the next page; "Newer" goes back.
  const all = await admin.get('/api/audit?limit=300');
  await clickWidget(page, 'audit.older');
  await waitForWidget(page, `audit.${all[100].id}`);
  assert.equal(Math.max(...(await ids())), all[100].id);
  await clickWidget(page, 'audit.newer');
  await waitForWidget(page, `audit.${top.id}`);

  // The user filter: only the admin's entries.
  await clickWidget(page, 'audit.user');
  await clickWidget(page, `audit.user.${admin.user.id}`);
  await waitForText(page, 'audit.user', `${admin.user.name} <admin@example.com>`);
  const whos = async () => Object.entries(await publishedTexts(page, 'audit.')).filter(([k]) => /^\d+\.who$/.test(k)).map(([, v]) => v);
  for (let i = 0; i < 100 && (await widgetRects(page))[`audit.${failed.id}`]; i++) await waitFrames(page, 1);
  assert.ok(!(await widgetRects(page))[`audit.${failed.id}`], "bram's failed login is filtered out");
  await waitForWidget(page, `audit.${top.id}`);
  const admins = await whos();
  assert.ok(admins.length >= 2 && admins.every((w) => w === 'admin@example.com'), JSON.stringify(admins));

  // German.
  await clickWidget(page, 'audit.user');
  await clickWidget(page, 'audit.user.0');
  await waitForWidget(page, `audit.${failed.id}`);
  await clickWidget(page, 'nav.lang.de');
  await waitForText(page, `audit.${failed.id}`, 'Anmeldung fehlgeschlagen');
  assert.equal(await widgetText(page, `audit.${failed.id}.result`), 'fehlgeschlagen (401)');
  await screenshot(page, 'S23-audit-log-de');
  await page.context().close();
});
