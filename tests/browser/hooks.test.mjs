// Issue 11, "the recruiter hears every answer": in the open app a candidate's answer shows as a toast and on the
// page within 5 seconds without a reload; My settings (language, answer e-mails, the calendar feed with a copy
// field); the admins' Webhooks screen (add, Send test event, delivery log); and the link's provenance beside the
// answer on Application & CV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  startServer, startSmtp, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetText,
  screenshot, apiSession, apiInvite, waitForMail, amsterdamDate, typeInto, widgetRects, waitFrames,
} from './harness.mjs';

let server, smtp, browser, api, receiver, received = [];
before(async () => {
  smtp = await startSmtp();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => { received.push({ headers: req.headers, body }); res.writeHead(204); res.end(); });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  server = await startServer(['--smtp-url', smtp.url, '--webhooks-allow-private']);
  browser = await launchBrowser();
  api = await apiSession(server.url, 'anna@example.com');
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); receiver?.close(); });

async function inviteOne(index) {
  const software = (await api.get('/api/vacancies')).find((v) => v.title.startsWith('Software'));
  const rows = await api.get(`/api/vacancies/${software.id}/candidates`);
  const cand = rows[index].candidate;
  const created = await apiInvite(api, { vacancyId: software.id, candidateIds: [cand.id], date: amsterdamDate(9 + index) });
  const mails = await waitForMail(smtp, cand.email);
  const link = mails.map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);
  return { cand, created, link };
}

test('issue 11 notifications: the open app shows a toast and the new answer within 5 seconds, without a reload', async () => {
  const { cand, created, link } = await inviteOne(0);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.interviews');
  await waitForWidget(page, `interview.${created.interview_id}.candidate.${cand.id}`);
  await clickWidget(page, `interview.${created.interview_id}.candidate.${cand.id}`);
  const key = `candidate.invitation.${created.invitation_ids[0]}`;
  await waitForText(page, `${key}.answer`, 'No answer yet');
  await new Promise((r) => setTimeout(r, 3000));  // the app's answer feed has started
  // A mail scanner looks first, then the candidate answers from their browser.
  await fetch(link, { method: 'HEAD', headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Barracuda)' } });
  const started = Date.now();
  const r = await fetch(link, { method: 'POST', body: 'answer=accept', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.status, 200);
  await waitForText(page, 'toast', `${cand.first_name} ${cand.last_name}: Accepted`, 5000);
  await waitForText(page, `${key}.answer`, 'Accepted', 5000);
  assert.ok(Date.now() - started <= 5000, `the answer showed after ${Date.now() - started} ms`);
  assert.match(await widgetText(page, `${key}.opens`), /^opened 1× — 1 likely a mail scanner \(HEAD, \d+ s after sending\)$/);
  await screenshot(page, 'issue11-answer-toast-and-provenance');
  await page.close();
});

test('issue 11 My settings: language, answer e-mails and the calendar feed with a copy field', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(page, server.url, 'bram@example.com');
  await clickWidget(page, 'nav.settings');
  await waitForText(page, 'page', 'settings');
  await waitForWidget(page, 'settings.feed_copy');
  const url = await widgetText(page, 'settings.feed_url');
  assert.match(url, /\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  await clickWidget(page, 'settings.language');
  await clickWidget(page, 'settings.language.de');
  await clickWidget(page, 'settings.notify_answers');
  await clickWidget(page, 'settings.save');
  await waitForText(page, 'toast', 'Your settings have been saved.');
  const bram = await apiSession(server.url, 'bram@example.com');
  assert.deepEqual(await bram.get('/api/me/settings'), { language: 'de', notify_answers: false });
  await screenshot(page, 'issue11-my-settings');
  await clickWidget(page, 'settings.feed_rotate');
  await waitForText(page, 'toast', 'You have a new calendar link; the old one no longer works.');
  assert.notEqual(await widgetText(page, 'settings.feed_url'), url);
  assert.equal((await fetch(url)).status, 404);
  // Switching the app to German while that English toast is up: the toast goes, rather than stay in English.
  await clickWidget(page, 'nav.lang.de');
  await waitFrames(page, 4);  // (the toast would stay 6-9 s)
  assert.equal((await widgetRects(page)).toast, undefined, 'no toast in the old language');
  await page.close();
});

test('issue 11 webhooks: an admin adds one, sends a test event and reads the delivery log', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(page, server.url, 'admin@example.com');
  await page.goto(server.url + '/#/webhooks');
  await waitForWidget(page, 'webhooks.add');
  const hookUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
  await typeInto(page, 'webhooks.new_url', hookUrl);
  await typeInto(page, 'webhooks.new_secret', 'a-long-enough-test-secret');
  await clickWidget(page, 'webhooks.add');
  await waitForText(page, 'toast', 'The webhook has been added.');
  const [hook] = await (await apiSession(server.url, 'admin@example.com')).get('/api/webhooks');
  await waitForText(page, `webhooks.${hook.id}.url`, hookUrl);
  await clickWidget(page, `webhooks.${hook.id}.test`);
  await waitForText(page, 'toast', 'The test event is on its way.');
  for (let i = 0; i < 50 && !received.some((r) => r.headers['x-kandidaat-event'] === 'webhook.test'); i++)
    await new Promise((r) => setTimeout(r, 100));
  const test = received.find((r) => r.headers['x-kandidaat-event'] === 'webhook.test');
  assert.ok(test, 'the receiver got the test event');
  assert.match(test.headers['x-kandidaat-signature'], /^sha256=[0-9a-f]{64}$/);
  const deliveries = await (await apiSession(server.url, 'admin@example.com')).get(`/api/webhooks/${hook.id}/deliveries`);
  await waitForText(page, `webhooks.log.${deliveries[0].id}.state`, 'sent', 8000);
  await screenshot(page, 'issue11-webhooks');
  await page.close();
});
