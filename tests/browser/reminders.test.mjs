// The reminder part of step 2 in the real app: SMS choices only with SMS access (R4), impossible day counts
// disabled with the reason (R7), the warning naming candidates without a mobile number (R9) and the SMS's
// length in the preview (B5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, inviteToStep2, clickWidget, waitForWidget, waitForText,
  widgetRects, widgetText, revealWidget, amsterdamDate, screenshot, waitFrames,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

test('R4 a recruiter without SMS access sees no SMS choices; one with access sees all four', async () => {
  const bram = await newPage();
  await login(bram, server.url, 'bram@example.com');
  await openAllCandidates(bram, 'Software');
  await inviteToStep2(bram, await firstTwo(bram));
  await revealWidget(bram, 'reminder.channel.email', 'wizard.form');
  const rects = await widgetRects(bram);
  assert.ok(rects['reminder.channel.none'] && rects['reminder.channel.email'], 'no reminder and e-mail are offered');
  assert.equal(rects['reminder.channel.sms'], undefined, 'no SMS choice for Bram');
  assert.equal(rects['reminder.channel.email_and_sms'], undefined, 'no e-mail and SMS choice for Bram');
  await screenshot(bram, 'R4-bram-no-sms');
  assert.deepEqual(bram.errors, []);
  await bram.close();

  const anna = await newPage();
  await login(anna, server.url, 'anna@example.com');
  await openAllCandidates(anna, 'Software');
  await inviteToStep2(anna, await firstTwo(anna));
  await revealWidget(anna, 'reminder.channel.email_and_sms', 'wizard.form');
  for (const ch of ['none', 'email', 'sms', 'email_and_sms']) await waitForWidget(anna, `reminder.channel.${ch}`);
  await screenshot(anna, 'R4-anna-sms');
  await anna.close();
});

// The first two candidates of the list (ids).
async function firstTwo(page) {
  const rects = await widgetRects(page);
  return Object.keys(rects).filter((k) => k.startsWith('candidates.check.')).map((k) => k.slice(17))
    .sort((a, b) => rects['candidates.check.' + a][1] - rects['candidates.check.' + b][1]).slice(0, 2);
}

test('R7 impossible reminder days are disabled and say why; possible ones can be chosen', async () => {
  const page = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Logistiek');
  // An interview three days from now: 1 and 2 days before lie ahead, 5 and 7 days before have passed.
  await inviteToStep2(page, await firstTwo(page), { date: amsterdamDate(3) });
  await revealWidget(page, 'reminder.channel.email', 'wizard.form');
  await clickWidget(page, 'reminder.channel.email');
  await revealWidget(page, 'reminder.days.7', 'wizard.form');
  for (const d of [1, 2]) assert.match(await widgetText(page, `reminder.days.${d}`), /^(enabled|selected)$/, `day ${d}`);
  for (const d of [5, 7]) {
    const t = await widgetText(page, `reminder.days.${d}`);
    assert.match(t, /^disabled: The reminder would go out on .* at 09:00, which has passed\.$/, `day ${d}: ${t}`);
  }
  // Clicking a disabled day changes nothing; hovering it shows the reason.
  await clickWidget(page, 'reminder.days.2');
  await clickWidget(page, 'reminder.days.7');
  assert.equal(await widgetText(page, 'reminder.days.2'), 'selected');
  const [x, y, w, h] = await waitForWidget(page, 'reminder.days.7');
  await page.mouse.move(x + w / 2, y + h / 2);
  await waitFrames(page, 3);
  await page.waitForTimeout(700);  // ImGui shows a tooltip after a short hover
  await waitFrames(page, 2);
  await screenshot(page, 'R7-disabled-days-tooltip');
  // The same in Dutch.
  await clickWidget(page, 'nav.lang.nl');
  await waitForText(page, 'reminder.days.5', (t) => /^disabled: De herinnering zou op .* om 09:00 verstuurd worden; dat moment is voorbij\.$/.test(t));
  await screenshot(page, 'R7-disabled-days-nl');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('R9 B5 SMS reminders warn about candidates without a mobile number and show the SMS length', async () => {
  const page = await newPage();
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const mobiles = Object.fromEntries(Object.entries(await widgetRects(page))
    .filter(([k]) => k.startsWith('candidates.mobile.')).map(([k, v]) => [k.slice(18), v[4]]));
  const without = Object.keys(mobiles).find((id) => mobiles[id] === 'no');
  const withMobile = Object.keys(mobiles).find((id) => mobiles[id] === 'yes');
  assert.ok(without && withMobile, JSON.stringify(mobiles));
  const { names } = await inviteToStep2(page, [withMobile, without]);
  await revealWidget(page, 'reminder.channel.email_and_sms', 'wizard.form');
  await clickWidget(page, 'reminder.channel.email_and_sms');
  await revealWidget(page, 'wizard.r9', 'wizard.form');
  const warning = await widgetText(page, 'wizard.r9');
  assert.ok(warning.includes(names[without]), `the warning names ${names[without]}: ${warning}`);
  assert.ok(!warning.includes(names[withMobile]), warning);
  await screenshot(page, 'R9-warning');
  // B5: the preview of the candidate with a mobile number shows the SMS with characters and segments.
  await clickWidget(page, 'preview.candidate');
  await clickWidget(page, `preview.candidate.${withMobile}`);
  await revealWidget(page, 'preview.sms', 'wizard.side');
  assert.match(await widgetText(page, 'preview.sms.length'), /^\d+ characters · \d+ segments? \((GSM-7|Unicode)\)$/);
  assert.match(await widgetText(page, 'preview.sms'), /Verpleegkundige Interne Geneeskunde/);
  await screenshot(page, 'B5-sms-preview');
  assert.deepEqual(page.errors, []);
  await page.close();
});
