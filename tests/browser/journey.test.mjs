// The seed's whole journey in the real app (F1-F7, C2-C4, R1-R8, B2, P2, P3, P7): log in; open a vacancy; All
// candidates; check a Dutch and an English candidate; Invite for interview; fill step 1; in step 2 see the
// confirmation-link default and the reminder choices; send; see "Invited for interview"; take the link from the
// mail a real SMTP server received; open it; click "Yes, I will attend"; back in the app the Interviews page shows
// "Accepted" without a reload. Every step leaves a screenshot in the build folder's screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startSmtp, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText,
  widgetText, publishedTexts, pickDate, amsterdamDate, revealWidget, screenshot, screenshotDir, waitForMail,
} from './harness.mjs';
import { join } from 'node:path';

let smtp, server, browser;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });

test('F1-F7 P3 P7 a recruiter invites a Dutch and an English candidate and sees the answer arrive', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const shot = (name) => screenshot(page, `journey-${name}`);

  // Log in (B4: Anna's app speaks English in this browser; names keep their diacritics).
  await page.goto(server.url + '/');
  await waitForWidget(page, 'login.submit');
  await shot('01-login');
  await login(page, server.url, 'anna@example.com');
  assert.equal(await widgetText(page, 'nav.user'), 'Anna de Vries');

  // F1-F3: Vacancy list → Candidate overview → All candidates.
  await openAllCandidates(page, 'Verpleegkundige', 'journey-02');
  await shot('04-all-candidates');

  // F4: check a Dutch and an English candidate; Execute is disabled until then and shows the count.
  assert.equal(await widgetText(page, 'candidates.execute'), 'disabled');
  const names = await publishedTexts(page, 'candidates.name.');
  const langs = await publishedTexts(page, 'candidates.language.');
  const dutch = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  const english = Object.keys(names).find((id) => langs[id] === 'en');
  assert.ok(dutch && english, `a Dutch and an English candidate on screen: ${JSON.stringify(names)}`);
  await clickWidget(page, `candidates.check.${dutch}`);
  await clickWidget(page, `candidates.check.${english}`);
  assert.equal(await widgetText(page, 'candidates.count'), '2');
  assert.equal(await widgetText(page, 'candidates.execute'), 'enabled');
  assert.equal(await widgetText(page, 'candidates.action'), 'Invite for interview');
  await shot('05-two-checked');
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');

  // F5: step 1 — type, attendees, date from the calendar, time, duration.
  await waitForWidget(page, 'wizard.next');
  await shot('06-step1');
  await clickWidget(page, 'wizard.type.in_person');
  const date = amsterdamDate(10);
  await pickDate(page, 'wizard.date', date);
  assert.equal(await widgetText(page, 'wizard.date'), date);
  await clickWidget(page, 'wizard.time');
  await clickWidget(page, 'time.14:30');
  await clickWidget(page, 'wizard.duration');
  await clickWidget(page, 'duration.45');
  assert.equal(await widgetText(page, 'wizard.time'), '14:30');
  await shot('07-step1-filled');
  await clickWidget(page, 'wizard.next');

  // F6: step 2 — one tab per language, the confirmation-link default with its reason (C3/C4), reminder choices.
  await waitForWidget(page, 'wizard.send');
  await waitForWidget(page, 'email.lang.nl');
  await waitForWidget(page, 'email.lang.en');
  await shot('08-step2');
  const link = await widgetText(page, 'wizard.confirm_link');
  const reason = await widgetText(page, 'wizard.confirm_link.reason');
  // The demo's Dutch invitation carries {confirmlink}, the English one does not: the mixed case of C4.
  assert.equal(link, 'checked');
  assert.match(reason, /without \{confirmlink\}: English\b/);
  await revealWidget(page, 'reminder.channel.email', 'wizard.form');
  for (const ch of ['none', 'email', 'sms', 'email_and_sms']) await waitForWidget(page, `reminder.channel.${ch}`);
  await clickWidget(page, 'reminder.channel.email');
  await revealWidget(page, 'reminder.days.7', 'wizard.form');
  for (const d of [1, 2, 3, 5, 7]) assert.match(await widgetText(page, `reminder.days.${d}`), /^(enabled|selected)$/);
  await clickWidget(page, 'reminder.days.2');
  assert.equal(await widgetText(page, 'reminder.days.2'), 'selected');
  assert.match(await widgetText(page, 'reminder.when'), /09:00/);
  await shot('09-step2-reminder');

  // B2: the preview shows each candidate's exact e-mail, confirmed by the server.
  await waitForText(page, 'preview.source', 'server', 30000);
  assert.match(await widgetText(page, 'preview.email.body'), /Zoë/);
  await clickWidget(page, 'preview.candidate');
  await clickWidget(page, `preview.candidate.${english}`);
  await waitForText(page, 'preview.candidate', names[english]);
  assert.match(await widgetText(page, 'preview.email.body'), /\/c\//, 'the English e-mail gets the link appended (C4)');
  await shot('10-preview-english');

  // Send → back on All candidates (F7) with a toast counting invitations and reminders.
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'candidates', 30000);
  await waitForText(page, `candidates.status.${dutch}`, 'Invited for interview');
  await waitForText(page, `candidates.status.${english}`, 'Invited for interview');
  assert.match(await widgetText(page, 'toast'), /2 invitations .* 2 reminders scheduled/);
  await shot('11-invited');

  // The English candidate's mail, received by the real SMTP server, carries their own link (C1/C2).
  const emails = await publishedTexts(page, 'candidates.email.');
  const mails = await waitForMail(smtp, emails[english]);
  const confirm = mails.map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);
  assert.ok(confirm, `a confirmation link in ${JSON.stringify(mails.map((m) => m.text))}`);
  assert.ok(confirm.startsWith(server.url), `the link points at this server: ${confirm}`);

  // P2/P3: the candidate opens the link and accepts.
  const candidatePage = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await candidatePage.goto(confirm);
  await candidatePage.screenshot({ path: join(screenshotDir, 'journey-12-confirmation-page.png'), fullPage: true });
  await candidatePage.getByRole('button', { name: /Yes, I will attend/ }).click();
  await candidatePage.waitForLoadState('load');
  await candidatePage.screenshot({ path: join(screenshotDir, 'journey-13-thank-you.png'), fullPage: true });
  await candidatePage.close();

  // P7: the Interviews page shows "Accepted" for the English candidate, without a reload (polling).
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, 'page', 'interviews');
  const answers = await (async () => {
    for (let i = 0; i < 200; i++) {
      const a = await publishedTexts(page, 'interview.');
      const key = Object.keys(a).find((k) => k.endsWith(`.answer.${english}`));
      if (key && a[key] === 'Accepted') return a;
      await page.waitForTimeout(100);
    }
    return publishedTexts(page, 'interview.');
  })();
  const mine = Object.entries(answers).filter(([k]) => k.includes('.answer.'));
  assert.ok(mine.some(([k, v]) => k.endsWith(`.answer.${english}`) && v === 'Accepted'), JSON.stringify(mine));
  assert.ok(mine.some(([k, v]) => k.endsWith(`.answer.${dutch}`) && v === 'No answer yet'), JSON.stringify(mine));
  await shot('14-interviews-accepted');

  // P7/P10: the candidate's Application & CV shows the answer and its history.
  const candKey = Object.keys(await publishedTexts(page, 'interview.')).find((k) => k.endsWith(`.candidate.${english}`));
  await clickWidget(page, 'interview.' + candKey);
  await waitForText(page, 'page', 'candidate');
  await waitForWidget(page, 'candidate.name');
  const inv = Object.entries(await publishedTexts(page, 'candidate.invitation.')).find(([k]) => k.endsWith('.answer'));
  assert.equal(inv?.[1], 'Accepted');
  await shot('15-application-cv');
  assert.deepEqual(errors, []);
  await page.close();
});
