// Issue 10, "wizard gaps": an in-person interview needs a location; a short-notice interview is said so; with every
// reminder day impossible the preview shows no reminder; a line added to one language's text is named for the other
// languages and can be added to them; "Still to fix" jumps to the problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText, widgetRects,
  widgetText, publishedTexts, revealWidget, pickDate, amsterdamDate, screenshot, typeInto, pressChord, waitFrames,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  return page;
}

// Checks the candidates with these first names on All candidates of the Software vacancy and opens the wizard.
async function openWizard(page, firstNames) {
  await openAllCandidates(page, 'Software');
  const names = await publishedTexts(page, 'candidates.name.');
  for (const first of firstNames) {
    const id = Object.keys(names).find((k) => names[k].startsWith(first));
    assert.ok(id, `${first} is on the list`);
    await clickWidget(page, `candidates.check.${id}`);
  }
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'page', 'wizard');
}

// An interview less than 24 hours away at a time the picker shows without scrolling (10:00-15:00): today 15:00
// before 14:00 in Amsterdam, otherwise tomorrow 10:00.
function shortNoticeSlot() {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' })
    .format(new Date()));
  return hour < 14 ? { date: amsterdamDate(0), time: '15:00' } : { date: amsterdamDate(1), time: '10:00' };
}

test('issue 10 wizard: an in-person interview needs a location; Next is refused until it has one', async () => {
  const page = await newPage();
  await openWizard(page, ['Zoë']);
  await pickDate(page, 'wizard.date', amsterdamDate(10));
  await clickWidget(page, 'wizard.time');
  await clickWidget(page, 'time.14:30');
  await typeInto(page, 'wizard.location', '');
  await clickWidget(page, 'wizard.next');
  assert.match(await widgetText(page, 'field_error.interview.location'), /location/);
  assert.equal((await widgetRects(page))['wizard.send'], undefined, 'still on step 1');
  await screenshot(page, 'issue10-wizard-location-required');
  await typeInto(page, 'wizard.location', 'Herengracht 1, Amsterdam');
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('issue 10 wizard: short notice is said, and with every reminder day impossible no reminder is previewed', async () => {
  const page = await newPage();
  await openWizard(page, ['Zoë']);
  const slot = shortNoticeSlot();
  await pickDate(page, 'wizard.date', slot.date);
  await clickWidget(page, 'wizard.time');
  await clickWidget(page, `time.${slot.time}`);
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  await revealWidget(page, 'reminder.channel.email', 'wizard.form');
  await clickWidget(page, 'reminder.channel.email');
  const days = await publishedTexts(page, 'reminder.days.');
  assert.ok(Object.values(days).every((d) => d.startsWith('disabled')), JSON.stringify(days));
  const warnings = async () => Object.values(await publishedTexts(page, 'preview.warning.'));
  for (let i = 0; !(await warnings()).some((w) => /No reminder will be sent/.test(w)); i++) {
    assert.ok(i < 100, `the preview says no reminder goes out: ${JSON.stringify(await warnings())}`);
    await page.waitForTimeout(100);
  }
  assert.ok((await warnings()).some((w) => /^Short notice: the interview starts (in \d+ hours?|within the hour)/.test(w)),
            JSON.stringify(await warnings()));
  assert.equal((await widgetRects(page))['preview.reminder'], undefined, 'no reminder e-mail in the preview');
  await screenshot(page, 'issue10-wizard-short-notice-no-reminder');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('issue 10 wizard: a line added to the Dutch text is named for English, can be added there, and F8 warns', async () => {
  const page = await newPage();
  await openWizard(page, ['Zoë', 'Łukasz']);  // nl and en
  await pickDate(page, 'wizard.date', amsterdamDate(10));
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  // F8: two candidates, one in-person time.
  const warnings = Object.values(await publishedTexts(page, 'preview.warning.'));
  assert.ok(warnings.some((w) => /2 candidates get the same time/.test(w)), JSON.stringify(warnings));
  await clickWidget(page, 'email.lang.nl');
  await clickWidget(page, 'email.content.nl');
  await pressChord(page, 'Control', 'End');
  await page.keyboard.type('\nP.S. Parkeren kan op P2.', { delay: 10 });
  await waitFrames(page, 2);
  assert.match(await widgetText(page, 'email.content.nl.variants'), /Only this text has the change: the English text/);
  await screenshot(page, 'issue10-wizard-variant-differs');
  await clickWidget(page, 'email.content.nl.carry');
  await clickWidget(page, 'email.lang.en');
  await waitForText(page, 'email.content.en', (t) => t.endsWith('\nP.S. Parkeren kan op P2.'));
  assert.equal((await widgetRects(page))['email.content.en.variants'], undefined, 'the languages agree again');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('issue 10 wizard: "Still to fix" jumps to the problem (its language tab, its message)', async () => {
  const page = await newPage();
  await openWizard(page, ['Zoë', 'Łukasz']);
  await pickDate(page, 'wizard.date', amsterdamDate(10));
  await clickWidget(page, 'wizard.next');
  await waitForWidget(page, 'wizard.send');
  await clickWidget(page, 'email.lang.en');
  await typeInto(page, 'email.subject.en', '');
  await clickWidget(page, 'email.lang.nl');
  await waitForText(page, 'wizard.problems', 'Still to fix: 1');
  assert.equal((await widgetRects(page))['email.subject.en'], undefined, 'the English tab is not open');
  await clickWidget(page, 'wizard.problems');
  await waitForWidget(page, 'email.subject.en');
  await waitForWidget(page, 'field_error.email.subject.en');
  await screenshot(page, 'issue10-wizard-still-to-fix-jump');
  assert.deepEqual(page.errors, []);
  await page.close();
});
