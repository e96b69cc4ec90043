// Issue 11, "Done when": a recruiter offers 3 times (one with a single seat) to 3 candidates in the real app; two
// candidates press the single-seat time at the same moment on their real confirmation pages — exactly one wins and
// the other is shown the times still free (and takes one of them); the third picks a time and later moves it; the
// Interviews page shows all three with their times; the attendee's mailbox on the real SMTP server holds the
// notices; a local webhook receiver got the signed events and every signature verifies; the moved candidate's .ics
// keeps its UID with a higher SEQUENCE.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import {
  startServer, startSmtp, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText,
  widgetText, publishedTexts, amsterdamDate, screenshot, apiSession, waitForMail,
  setSlotRow,
} from './harness.mjs';

const secret = 'race-test-secret-0123456789';
let server, smtp, browser, receiver;
const received = [];
before(async () => {
  smtp = await startSmtp();
  receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => { received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }); res.writeHead(204); res.end(); });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  server = await startServer(['--smtp-url', smtp.url, '--webhooks-allow-private']);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); receiver?.close(); });


async function mailsUntil(recipient, enough, what) {
  const until = Date.now() + 30000;
  for (;;) {
    const mails = await waitForMail(smtp, recipient);
    if (enough(mails)) return mails;
    if (Date.now() > until) throw new Error(`${what}: ${JSON.stringify(mails.map((m) => m.subject))}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const icsField = (ics, name) => (ics.slice(ics.indexOf('BEGIN:VEVENT')).match(new RegExp(`^${name}[^:]*:(.*)$`, 'm')) ?? [])[1]?.trim();
const lostRace = /net door iemand anders gekozen|has just been taken by someone else|gerade von jemand anderem/;

test('issue 11 Done when: two candidates race for the single seat (exactly one wins, the other sees what is free), '
     + 'the third moves; the Interviews page, the attendee\'s mailbox, signed webhooks and the .ics SEQUENCE agree', async () => {
  const api = await apiSession(server.url, 'anna@example.com');
  const admin = await apiSession(server.url, 'admin@example.com');
  await admin.post('/api/webhooks', { url: `http://127.0.0.1:${receiver.address().port}/hook`, secret });

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Software');
  const names = await publishedTexts(page, 'candidates.name.');
  const emails = await publishedTexts(page, 'candidates.email.');
  const ids = Object.keys(names).filter((id) => emails[id]).slice(0, 3);
  assert.equal(ids.length, 3, JSON.stringify(emails));
  for (const id of ids) await clickWidget(page, `candidates.check.${id}`);
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');

  // Three times of a group interview: 10:00 has a single seat, 11:00 and 14:00 two each.
  await clickWidget(page, 'wizard.type.group');
  await clickWidget(page, 'wizard.times.several');
  await waitForWidget(page, 'wizard.slot.1.date');
  await clickWidget(page, 'wizard.slot_add');
  await waitForWidget(page, 'wizard.slot.2.date');
  const [d1, d2] = [amsterdamDate(10), amsterdamDate(11)];
  await setSlotRow(page, 0, d1, '10:00', 1);
  await setSlotRow(page, 1, d1, '11:00', 2);
  await setSlotRow(page, 2, d2, '14:00', 2);
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  await waitForText(page, 'preview.source', 'server', 30000);
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'candidates', 30000);

  const interview = (await api.get('/api/interviews')).find((r) => r.slots.length === 3);
  assert.deepEqual(interview.slots.map((s) => [s.time, s.seats, s.taken]), [['10:00', 1, 0], ['11:00', 2, 0], ['14:00', 2, 0]]);
  const iid = interview.interview.id;
  const inv = Object.fromEntries(ids.map((id) => [id, interview.invitations.find((i) => String(i.candidate_id) === id)]));
  const linkOf = async (id) => (await waitForMail(smtp, emails[id])).map((m) => m.links.find((l) => l.includes('/c/'))).find(Boolean);

  // The race: both candidates have the page open and press 10:00 (one seat) at the same moment.
  const [pa, pb] = await Promise.all([0, 1].map(() => browser.newPage({ viewport: { width: 800, height: 900 } })));
  await pa.goto(await linkOf(ids[0]));
  await pb.goto(await linkOf(ids[1]));
  const single = (p) => p.locator('button[name=slot]', { hasText: '10:00' });
  await Promise.all([single(pa).waitFor(), single(pb).waitFor()]);
  await Promise.all([pa, pb].map((p) => Promise.all([p.waitForNavigation(), single(p).click()])));
  const texts = await Promise.all([pa, pb].map((p) => p.locator('main').innerText()));
  const losers = [0, 1].filter((i) => lostRace.test(texts[i]));
  assert.equal(losers.length, 1, `exactly one candidate lost the race:\n${texts.join('\n-----\n')}`);
  const [loser, winner] = [losers[0], 1 - losers[0]];
  const loserPage = [pa, pb][loser];
  assert.equal(await single(loserPage).count(), 0, 'the taken time is no longer offered');
  assert.equal(await loserPage.locator('button[name=slot]', { hasText: '11:00' }).count(), 1, 'the free times are');
  await screenshot(loserPage, 'issue11-slots-race-lost');
  // The loser takes 11:00 from the page the race left them on.
  await Promise.all([loserPage.waitForNavigation(), loserPage.locator('button[name=slot]', { hasText: '11:00' }).click()]);
  await pa.close(); await pb.close();

  // The third picks 11:00, then moves to 14:00 from the same link.
  const third = ids[2];
  const pc = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const thirdLink = await linkOf(third);
  await pc.goto(thirdLink);
  await Promise.all([pc.waitForNavigation(), pc.locator('button[name=slot]', { hasText: '11:00' }).click()]);
  await pc.goto(thirdLink);
  const twoPm = pc.locator('button[name=slot]', { hasText: '14:00' });
  await twoPm.waitFor();
  await Promise.all([pc.waitForNavigation(), twoPm.click()]);
  await screenshot(pc, 'issue11-slots-moved');
  await pc.close();

  // The Interviews page: all three with their times and the seats taken.
  const who = (i) => `${inv[ids[i]].candidate_name}`;
  await clickWidget(page, 'nav.interviews');
  await waitForText(page, 'page', 'interviews');
  const slot = (k) => `interview.${iid}.slot.${k}`;
  await waitForText(page, slot(2), (t) => t.endsWith(`— 1 of 2 seats taken — ${who(2)}`), 10000);
  assert.match(await widgetText(page, slot(0)), new RegExp(`10:00 — 1 of 1 seats taken — ${who(winner)}$`));
  assert.match(await widgetText(page, slot(1)), new RegExp(`11:00 — 1 of 2 seats taken — ${who(loser)}$`));
  for (const [i, time] of [[winner, '10:00'], [loser, '11:00'], [2, '14:00']]) {
    assert.match(await widgetText(page, `interview.${iid}.chosen.${ids[i]}`), new RegExp(`${time}$`));
    assert.equal(await widgetText(page, `interview.${iid}.answer.${ids[i]}`), 'Accepted');
  }
  await screenshot(page, 'issue11-slots-race-interviews');
  assert.deepEqual(page.errors, []);
  await page.close();

  // The attendee's mailbox: a notice for each of the four choices (three times chosen, one move).
  const notices = await mailsUntil('anna@example.com', (m) => m.length >= 4, 'four notices for anna');
  for (const i of [winner, loser, 2]) assert.ok(notices.some((m) => m.subject.includes(who(i))), `a notice about ${who(i)}`);

  // The webhook receiver: the signed events of every choice; each signature verifies against the raw body.
  const until = Date.now() + 30000;
  while (received.filter((r) => r.headers['x-kandidaat-event'] === 'invitation.slot_chosen').length < 4) {
    if (Date.now() > until) throw new Error(`webhook events: ${received.map((r) => r.headers['x-kandidaat-event'])}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  for (const r of received) {
    const expected = createHmac('sha256', secret).update(`${r.headers['x-kandidaat-timestamp']}.${r.body}`).digest('hex');
    assert.equal(r.headers['x-kandidaat-signature'], `sha256=${expected}`);
    const event = JSON.parse(r.body);
    assert.equal(event.type, r.headers['x-kandidaat-event']);
    assert.ok(event.id && event.created_at && event.data, r.body);
  }
  const chosen = received.map((r) => JSON.parse(r.body)).filter((e) => e.type === 'invitation.slot_chosen');
  assert.deepEqual(chosen.filter((e) => e.data.invitation_id === inv[third].invitation_id).map((e) => e.data.time), ['11:00', '14:00']);

  // The moved candidate's calendar: the same event (UID) with a higher SEQUENCE, now at 14:00.
  const withIcs = (await mailsUntil(emails[third], (m) => m.filter((x) => x.ics).length >= 2, 'two .ics for the third')).filter((m) => m.ics);
  const [before, after] = withIcs.slice(-2).map((m) => m.ics);
  assert.equal(icsField(after, 'UID'), icsField(before, 'UID'));
  assert.ok(Number(icsField(after, 'SEQUENCE')) > Number(icsField(before, 'SEQUENCE')), `${before}\n----\n${after}`);
  assert.match(icsField(after, 'DTSTART'), /T140000$/);
});
