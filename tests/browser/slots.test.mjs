// Issue 11, "Slots" and "The recruiter sees": in the real app the recruiter offers three times (one group time
// with two seats) to two candidates in the wizard, each row checked at its own field (interview.slots[i]); one
// candidate takes a seat on the real confirmation page, the other asks for another time with a note; the open app
// shows who took which time and the seats left on the Interviews page and on Application & CV, in English and
// German, and says why the interview as a whole cannot be moved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startSmtp, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText,
  widgetRects, widgetText, publishedTexts, amsterdamDate, typeInto, screenshot, apiSession, waitForMail,
  waitFrames, revealWidget,
  setSlotRow,
} from './harness.mjs';

let server, smtp, browser;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });


test('issue 11 Slots / The recruiter sees: 3 times for 2 candidates in the wizard, a seat taken on the confirmation '
     + 'page, the open app shows who took which time and the seats left', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Software');
  const names = await publishedTexts(page, 'candidates.name.');
  const emails = await publishedTexts(page, 'candidates.email.');
  const ids = Object.keys(names).filter((id) => emails[id]).slice(0, 2);
  assert.equal(ids.length, 2, JSON.stringify(emails));
  for (const id of ids) await clickWidget(page, `candidates.check.${id}`);
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');

  // Step 1: a group interview at several times; phone and in person would keep one seat per time.
  await clickWidget(page, 'wizard.type.group');
  await clickWidget(page, 'wizard.times.several');
  await waitForWidget(page, 'wizard.slot.1.date');
  assert.equal((await widgetRects(page))['wizard.date'], undefined, 'the one date gives way to the rows');
  await clickWidget(page, 'wizard.slot_add');
  await waitForWidget(page, 'wizard.slot.2.date');
  const [d1, d2] = [amsterdamDate(10), amsterdamDate(11)];
  await setSlotRow(page, 0, d1, '10:00');
  await setSlotRow(page, 1, d1, '10:00');  // the same time twice: refused at that row
  await typeInto(page, 'wizard.slot.1.seats', '2');
  assert.equal(await widgetText(page, 'wizard.slot.1.seats'), '2');
  await setSlotRow(page, 2, d2, '14:00');
  await clickWidget(page, 'wizard.next');
  await waitForText(page, 'field_error.interview.slots[1]', 'This time is already offered.');
  assert.equal((await widgetRects(page))['wizard.send'], undefined, 'Next waits for the rows to be right');
  assert.equal((await widgetRects(page))['field_error.interview.slots[0]'], undefined, 'only the row at fault says so');
  await screenshot(page, 'issue11-slots-wizard-row-error');
  await clickWidget(page, 'wizard.slot.1.time');
  await clickWidget(page, 'time.11:00');
  await waitFrames(page, 3);
  assert.equal((await widgetRects(page))['field_error.interview.slots[1]'], undefined);
  await screenshot(page, 'issue11-slots-wizard-step1');
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');

  // The preview, confirmed by the server, lists the three times in the candidate's own e-mail ({slots}).
  await waitForText(page, 'preview.source', 'server', 30000);
  await waitForText(page, 'preview.email.body', (t) => ['10:00-10:45', '11:00-11:45', '14:00-14:45'].every((x) => t.includes(x)));
  await screenshot(page, 'issue11-slots-wizard-preview');
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'candidates', 30000);

  const api = await apiSession(server.url, 'anna@example.com');
  const interview = (await api.get('/api/interviews')).find((r) => r.slots.length === 3);
  assert.ok(interview, 'the interview offers three times');
  assert.deepEqual(interview.slots.map((s) => [s.time, s.seats, s.taken]), [['10:00', 1, 0], ['11:00', 2, 0], ['14:00', 1, 0]]);
  const iid = interview.interview.id;
  const [first, second] = ids.map((id) => interview.invitations.find((i) => String(i.candidate_id) === id));

  // The first candidate takes a seat at 11:00 on the real confirmation page (a plain form, no script needed).
  const linkOf = async (id) => (await waitForMail(smtp, emails[id])).map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);
  const candidatePage = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await candidatePage.goto(await linkOf(ids[0]));
  const elevenOClock = candidatePage.locator('button[name=slot]', { hasText: '11:00' });
  await elevenOClock.waitFor();
  await screenshot(candidatePage, 'issue11-slots-confirm-page');
  await elevenOClock.click();
  await candidatePage.waitForLoadState();
  await screenshot(candidatePage, 'issue11-slots-confirm-chosen');
  // The second asks for another time, with the times that suit them.
  await candidatePage.goto(await linkOf(ids[1]));
  await candidatePage.locator('textarea[name=note]').first().fill('Tuesdays after 15:00');
  await candidatePage.locator('button[name=answer][value=new_appointment]').first().click();
  await candidatePage.waitForLoadState();
  await candidatePage.close();

  // The open app: who took which time, the seats left, each candidate's time and note.
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, 'page', 'interviews');
  const slot = (k) => `interview.${iid}.slot.${k}`;
  await waitForText(page, slot(1), (t) => t.endsWith(`— 1 of 2 seats taken — ${first.candidate_name}`), 10000);
  assert.match(await widgetText(page, slot(0)), /10:00 — 0 of 1 seats taken — nobody yet$/);
  assert.match(await widgetText(page, slot(2)), /14:00 — 0 of 1 seats taken — nobody yet$/);
  assert.equal(await widgetText(page, `interview.${iid}`), '3 times');
  assert.match(await widgetText(page, `interview.${iid}.chosen.${first.candidate_id}`), /11:00$/);
  assert.equal(await widgetText(page, `interview.${iid}.chosen.${second.candidate_id}`), '');
  assert.equal(await widgetText(page, `interview.${iid}.answer.${first.candidate_id}`), 'Accepted');
  assert.equal(await widgetText(page, `interview.${iid}.note.${second.candidate_id}`), 'Tuesdays after 15:00');
  await screenshot(page, 'issue11-slots-interviews');
  // The interview as a whole cannot move (each candidate holds their own time): said at once, in words.
  await clickWidget(page, `interview.${iid}.reschedule`);
  await waitForText(page, 'interviews.error', 'This interview offers several times: move one candidate, or cancel the interview.');
  assert.equal((await widgetRects(page))['reschedule.save'], undefined, 'no dialog that could only fail');
  // One candidate still moves on their own.
  await clickWidget(page, `interview.${iid}.reschedule_one.${first.candidate_id}`);
  await waitForText(page, 'reschedule.title', (t) => t.includes(first.candidate_name));
  await screenshot(page, 'issue11-slots-reschedule-one');
  await clickWidget(page, 'reschedule.cancel');

  // Application & CV of the candidate who chose: their time in bold among the offered ones.
  await clickWidget(page, `interview.${iid}.candidate.${first.candidate_id}`);
  await waitForText(page, 'page', 'candidate');
  const key = `candidate.invitation.${first.invitation_id}`;
  await waitForText(page, `${key}.chosen`, (t) => t.includes('11:00'));
  assert.match(await widgetText(page, `${key}.slot.1`), new RegExp(`1 of 2 seats taken  —  ${first.candidate_name}$`));
  await revealWidget(page, `${key}.reschedule_one`, 'candidate.right');  // below the fold on a laptop screen
  await screenshot(page, 'issue11-slots-candidate');

  // German: the same screens, every word translated.
  await clickWidget(page, 'nav.lang.de');
  await waitForText(page, `${key}.slot.1`, (t) => t.includes('1 von 2 Plätzen belegt'));
  await screenshot(page, 'issue11-slots-candidate-de');
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, slot(0), (t) => t.endsWith('0 von 1 Plätzen belegt — noch niemand'));
  // The English error from before the switch is gone, not left beside German words.
  assert.equal((await widgetRects(page))['interviews.error'], undefined, 'no notice in the old language');
  assert.equal(await widgetText(page, `interview.${iid}`), '3 Zeiten');
  await screenshot(page, 'issue11-slots-interviews-de');
  assert.deepEqual(page.errors, []);
  await page.close();
});
