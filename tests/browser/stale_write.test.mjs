// Issue 10, "a stale control overwrites the candidate's answer": the recruiter has a candidate's Application & CV
// open and is choosing an answer while the candidate answers on the confirmation page (a real POST to /c/{token},
// the link taken from the mail a real SMTP server received). The candidate's answer must survive: the page follows
// it, says what changed, and a Save based on the old version is refused by the server (409 stale_version).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startSmtp, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetText,
  publishedTexts, amsterdamDate, screenshot, apiSession, apiInvite, waitForMail,
} from './harness.mjs';

let server, smtp, browser, api, software;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url]);
  browser = await launchBrowser();
  api = await apiSession(server.url, 'anna@example.com');
  software = (await api.get('/api/vacancies')).find((v) => v.title.startsWith('Software'));
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });

// Invites one more candidate of the vacancy and returns {candidate, invitationId, link}.
async function invitedCandidate(index) {
  const rows = await api.get(`/api/vacancies/${software.id}/candidates`);
  const candidate = rows[index].candidate;
  const created = await apiInvite(api, { vacancyId: software.id, candidateIds: [candidate.id], date: amsterdamDate(10 + index) });
  const mails = await waitForMail(smtp, candidate.email);
  const link = mails.map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);
  assert.ok(link, 'the invitation mail carries a confirmation link');
  return { candidate, invitationId: created.invitation_ids[0], link };
}

async function candidateAnswers(link, answer) {
  const r = await fetch(link, { method: 'POST', body: `answer=${answer}`,
                                headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.status, 200);
}

async function newCandidatePage(candidate, invitationId) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, 'page', 'interviews');
  const interviews = await api.get('/api/interviews');
  const iv = interviews.find((r) => r.invitations.some((i) => i.invitation_id === invitationId));
  await waitForWidget(page, `interview.${iv.interview.id}.candidate.${candidate.id}`);
  await clickWidget(page, `interview.${iv.interview.id}.candidate.${candidate.id}`);
  await waitForText(page, 'page', 'candidate');
  await waitForText(page, `candidate.invitation.${invitationId}.answer`, 'No answer yet');
  return page;
}

test('P7 stale write: the candidate answers while the recruiter edits; the page follows and nothing is overwritten', async () => {
  const { candidate, invitationId, link } = await invitedCandidate(0);
  const page = await newCandidatePage(candidate, invitationId);
  const key = `candidate.invitation.${invitationId}`;
  // The recruiter starts an edit but has not saved it yet.
  await clickWidget(page, `${key}.answer_combo`);
  await clickWidget(page, `${key}.answer_option.declined`);
  await waitForText(page, `${key}.answer_combo`, 'Not accepted');
  // The candidate asks for a new appointment on the confirmation page.
  await candidateAnswers(link, 'new_appointment');
  // Without a reload the badge, the combo and a notice show the candidate's answer; Save has nothing to save.
  await waitForText(page, `${key}.answer`, 'Contact for a new appointment', 30000);
  await waitForText(page, `${key}.answer_combo`, 'Contact for a new appointment');
  const notice = await widgetText(page, `${key}.answer_notice`);
  assert.match(notice, /The candidate answered meanwhile: .Contact for a new appointment.\. Your choice .Not accepted. was not saved/);
  await screenshot(page, 'P7-stale-write-followed-by-poll');
  await clickWidget(page, `${key}.save`);  // disabled: nothing happens
  const now = await api.get(`/api/candidates/${candidate.id}`);
  const inv = now.invitations.find((ci) => ci.invitation.id === invitationId).invitation;
  assert.equal(inv.answer, 'new_appointment');
  assert.equal(inv.history.at(-1).by, 'candidate');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('P7 stale write: a Save racing the candidate\'s answer is refused (409) and shown, and the answer kept', async () => {
  const { candidate, invitationId, link } = await invitedCandidate(1);
  const page = await newCandidatePage(candidate, invitationId);
  const key = `candidate.invitation.${invitationId}`;
  // Hold the page's polls so it cannot learn of the answer before it saves: the server alone must catch it.
  const held = [];
  await page.route(`**/api/candidates/${candidate.id}`, (route) => { held.push(route); });
  await clickWidget(page, `${key}.answer_combo`);
  await clickWidget(page, `${key}.answer_option.accepted`);
  await candidateAnswers(link, 'decline');
  const put = page.waitForResponse((r) => r.url().endsWith(`/api/invitations/${invitationId}/answer`));
  await clickWidget(page, `${key}.save`);
  const response = await put;
  assert.equal(response.status(), 409);
  const body = await response.json();
  assert.equal(body.error.code, 'stale_version');
  assert.equal(body.current.answer, 'declined');
  // The page shows the candidate's answer at once, from the refusal itself, and says the choice was not saved.
  await waitForText(page, `${key}.answer`, 'Not accepted');
  const notice = await widgetText(page, `${key}.answer_notice`);
  assert.match(notice, /The candidate answered meanwhile: .Not accepted.\. Your choice .Accepted. was not saved/);
  await screenshot(page, 'P7-stale-write-refused');
  await page.unroute(`**/api/candidates/${candidate.id}`);
  for (const r of held) await r.continue().catch(() => {});
  const now = await api.get(`/api/candidates/${candidate.id}`);
  assert.equal(now.invitations.find((ci) => ci.invitation.id === invitationId).invitation.answer, 'declined');
  assert.deepEqual(page.errors, []);
  await page.close();
});
