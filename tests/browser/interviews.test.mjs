// The Interviews page and a candidate's Application & CV in the real app: upcoming interviews with every
// candidate's answer and filters (P7), the recruiter editing an answer with its history (P10), reschedule and
// cancel (R10), and the message log (B3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetRects, widgetText,
  publishedTexts, pickDate, amsterdamDate, screenshot, apiSession, apiInvite,
} from './harness.mjs';

let server, browser, interviewId, candidates;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const api = await apiSession(server.url, 'anna@example.com');
  const vacancies = await api.get('/api/vacancies');
  const software = vacancies.find((v) => v.title.startsWith('Software'));
  const rows = await api.get(`/api/vacancies/${software.id}/candidates`);
  candidates = rows.slice(0, 2).map((r) => r.candidate);
  const created = await apiInvite(api, { vacancyId: software.id, candidateIds: candidates.map((c) => c.id), date: amsterdamDate(12) });
  interviewId = created.interview_id;
});
after(async () => { await browser?.close(); server?.stop(); });

// Logs in and opens Interviews; `upcoming`: wait until the test's interview is listed there (it leaves Upcoming once
// the R10 test has cancelled it).
async function newPage({ upcoming = true } = {}) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, 'page', 'interviews');
  if (upcoming) await waitForWidget(page, `interview.${interviewId}`);
  return page;
}

test('P7 upcoming interviews show each candidate with the answer; filters by vacancy and past/upcoming', async () => {
  const page = await newPage();
  for (const c of candidates)
    assert.equal(await widgetText(page, `interview.${interviewId}.answer.${c.id}`), 'No answer yet');
  await screenshot(page, 'P7-interviews');
  // Another vacancy: nothing to show, and the page says so.
  await clickWidget(page, 'interviews.vacancy');
  const options = await publishedTexts(page, 'interviews.vacancy.');
  const other = Object.keys(options).find((id) => options[id].startsWith('Logistiek'));
  await clickWidget(page, `interviews.vacancy.${other}`);
  await waitForText(page, 'interviews.empty', 'yes');
  assert.equal((await widgetRects(page))[`interview.${interviewId}`], undefined);
  await screenshot(page, 'P7-interviews-filtered-empty');
  await clickWidget(page, 'interviews.vacancy');
  await clickWidget(page, 'interviews.vacancy.0');
  await waitForWidget(page, `interview.${interviewId}`);
  await clickWidget(page, 'interviews.past');
  await waitForText(page, 'interviews.empty', 'yes');
  await clickWidget(page, 'interviews.upcoming');
  await waitForWidget(page, `interview.${interviewId}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('P10 the recruiter records an answer on the candidate page and sees the history', async () => {
  const page = await newPage();
  const c = candidates[0];
  await clickWidget(page, `interview.${interviewId}.candidate.${c.id}`);
  await waitForText(page, 'page', 'candidate');
  await waitForWidget(page, 'candidate.name');
  const answers = await publishedTexts(page, 'candidate.invitation.');
  const key = Object.keys(answers).find((k) => k.endsWith('.answer'));
  const inv = key.split('.')[0];
  assert.equal(answers[key], 'No answer yet');
  await clickWidget(page, `candidate.invitation.${inv}.answer_combo`);
  await clickWidget(page, `candidate.invitation.${inv}.answer_option.new_appointment`);
  await clickWidget(page, `candidate.invitation.${inv}.save`);
  await waitForText(page, `candidate.invitation.${inv}.answer`, 'Contact for a new appointment');
  const history = await publishedTexts(page, `candidate.history.${inv}.`);
  assert.ok(Object.values(history).includes('Contact for a new appointment'), JSON.stringify(history));
  await screenshot(page, 'P10-candidate-answer-history');
  // The Interviews page shows the same answer.
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, `interview.${interviewId}.answer.${c.id}`, 'Contact for a new appointment');
  await page.close();
});

test('R10 an interview is rescheduled and cancelled from the Interviews page', async () => {
  const page = await newPage();
  await clickWidget(page, `interview.${interviewId}.reschedule`);
  await waitForWidget(page, 'reschedule.save');
  const date = amsterdamDate(14);
  await pickDate(page, 'reschedule.date', date);
  await clickWidget(page, 'reschedule.time');
  await clickWidget(page, 'time.15:00');
  await screenshot(page, 'R10-reschedule-dialog');
  await clickWidget(page, 'reschedule.save');
  await waitForText(page, 'toast', (t) => /rescheduled/.test(t));
  await waitForText(page, `interview.${interviewId}`, (t) => t.endsWith('15:00'));
  await screenshot(page, 'R10-rescheduled');
  await clickWidget(page, `interview.${interviewId}.cancel`);
  await waitForWidget(page, 'cancel.confirm');
  await screenshot(page, 'R10-cancel-confirmation');
  await clickWidget(page, 'cancel.confirm');
  await waitForText(page, 'toast', (t) => /cancelled/.test(t));
  // Issue 10: a cancelled interview is no longer upcoming; it is listed with the past ones, marked cancelled.
  await waitForText(page, 'interviews.empty', 'yes');
  await clickWidget(page, 'interviews.past');
  await waitForText(page, `interview.${interviewId}.status`, 'cancelled');
  assert.equal((await widgetRects(page))[`interview.${interviewId}.cancel`], undefined, 'a cancelled interview has no actions');
  await screenshot(page, 'R10-cancelled');
  await clickWidget(page, 'interviews.upcoming');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('B3 the message log lists the invitations, cancellations and their state', async () => {
  const page = await newPage({ upcoming: false });
  await clickWidget(page, 'nav.messages');
  await waitForText(page, 'page', 'messages');
  await waitForWidget(page, 'messages.filter');
  const states = await (async () => {
    for (let i = 0; i < 100; i++) {
      const s = await publishedTexts(page, 'messages.state.');
      if (Object.keys(s).length >= 2) return s;
      await page.waitForTimeout(100);
    }
    return publishedTexts(page, 'messages.state.');
  })();
  assert.ok(Object.keys(states).length >= 2, JSON.stringify(states));
  assert.ok(Object.values(states).every((s) => ['queued', 'sending', 'sent', 'failed', 'cancelled'].includes(s)));
  await screenshot(page, 'B3-messages');
  await page.close();
});
