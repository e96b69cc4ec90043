// Issue 10, "reschedule and cancel leave wrong states": one candidate of a group moves alone (their own interview,
// the others keep theirs), a moved appointment asks for a new answer (back to "No answer yet", with history), and a
// cancelled interview leaves "Upcoming" and no longer makes its candidates read "Invited for interview".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startSmtp, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetText,
  publishedTexts, widgetRects, pickDate, amsterdamDate, screenshot, apiSession, apiInvite, waitForMail, openAllCandidates,
} from './harness.mjs';

let server, smtp, browser, api, software, interviewId, invited;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url]);
  browser = await launchBrowser();
  api = await apiSession(server.url, 'anna@example.com');
  software = (await api.get('/api/vacancies')).find((v) => v.title.startsWith('Software'));
  const rows = await api.get(`/api/vacancies/${software.id}/candidates`);
  invited = rows.slice(0, 2).map((r) => r.candidate);
  const created = await apiInvite(api, { vacancyId: software.id, candidateIds: invited.map((c) => c.id),
                                         date: amsterdamDate(12), type: 'group' });
  interviewId = created.interview_id;
  invited.forEach((c, i) => { c.invitationId = created.invitation_ids[i]; });
  // The first candidate accepts through the link in the mail the SMTP server received.
  const mails = await waitForMail(smtp, invited[0].email);
  const link = mails.map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);
  const r = await fetch(link, { method: 'POST', body: 'answer=accept', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.status, 200);
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });

test('F8 P10 one candidate of a group moves alone; the answer goes back to "No answer yet" with history', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.interviews');
  await waitForWidget(page, `interview.${interviewId}.candidate.${invited[0].id}`);
  await clickWidget(page, `interview.${interviewId}.candidate.${invited[0].id}`);
  const key = `candidate.invitation.${invited[0].invitationId}`;
  await waitForText(page, `${key}.answer`, 'Accepted');
  await clickWidget(page, `${key}.reschedule_one`);
  await waitForWidget(page, 'reschedule.save');
  assert.match(await widgetText(page, 'reschedule.title'), /appointment/);
  await pickDate(page, 'reschedule.date', amsterdamDate(15));
  await clickWidget(page, 'reschedule.time');
  await clickWidget(page, 'time.11:00');
  await screenshot(page, 'F8-reschedule-one-dialog');
  await clickWidget(page, 'reschedule.save');
  await waitForText(page, `${key}.answer`, 'No answer yet');
  const history = Object.values(await publishedTexts(page, `candidate.history.${invited[0].invitationId}.`));
  assert.deepEqual(history.sort(), ['Accepted', 'No answer yet', 'No answer yet'].sort());
  await screenshot(page, 'F8-rescheduled-one-history');
  // The moved candidate has an interview of their own; the other keeps the old one and its time.
  const interviews = await api.get('/api/interviews');
  const own = interviews.find((r) => r.invitations.some((i) => i.invitation_id === invited[0].invitationId));
  const old = interviews.find((r) => r.interview.id === interviewId);
  assert.notEqual(own.interview.id, interviewId);
  assert.equal(own.interview.slot.time, '11:00');
  assert.deepEqual(old.invitations.map((i) => i.invitation_id), [invited[1].invitationId]);
  assert.equal(old.interview.slot.time, '10:00');
  await clickWidget(page, 'nav.interviews');
  await waitForWidget(page, `interview.${own.interview.id}`);
  await waitForWidget(page, `interview.${interviewId}`);
  await screenshot(page, 'F8-interviews-after-moving-one');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('F7 a cancelled interview leaves Upcoming and its candidate no longer reads "Invited for interview"', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Software');
  const other = invited[1];
  await waitForText(page, `candidates.status.${other.id}`, 'Invited for interview');
  await clickWidget(page, 'nav.interviews');
  await waitForWidget(page, `interview.${interviewId}.cancel`);
  await clickWidget(page, `interview.${interviewId}.cancel`);
  await clickWidget(page, 'cancel.confirm');
  await waitForText(page, 'toast', (t) => /cancelled/.test(t));
  for (let i = 0; (await widgetRects(page))[`interview.${interviewId}`] !== undefined; i++) {
    assert.ok(i < 100, 'the cancelled interview leaves Upcoming');
    await page.waitForTimeout(100);
  }
  await clickWidget(page, 'interviews.past');
  await waitForText(page, `interview.${interviewId}.status`, 'cancelled');
  await screenshot(page, 'F7-cancelled-under-past');
  await openAllCandidates(page, 'Software');
  await waitForText(page, `candidates.status.${other.id}`, (t) => t !== 'Invited for interview');
  await screenshot(page, 'F7-status-after-cancel');
  assert.deepEqual(page.errors, []);
  await page.close();
});
