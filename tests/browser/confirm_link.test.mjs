// The confirmation-link option in step 2 of the real app: its starting state comes from the domain core and the
// line under it says why (C3, C4), naming the language variants that get the link appended; the preview shows the
// link exactly once in every e-mail (C1, C2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, openAllCandidates, inviteToStep2, clickWidget, waitForText, widgetText,
  publishedTexts, typeInto, screenshot,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

const count = (text, part) => text.split(part).length - 1;

async function step2With(who) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  const langs = await publishedTexts(page, 'candidates.language.');
  const ids = who.map((lang) => Object.keys(langs).find((id) => langs[id] === lang));
  await inviteToStep2(page, ids);
  return { page, ids };
}

test('C3 one candidate: unchecked when the Content has {confirmlink}, checked when it has not', async () => {
  const { page } = await step2With(['nl']);
  assert.equal(await widgetText(page, 'wizard.confirm_link'), 'unchecked');
  assert.match(await widgetText(page, 'wizard.confirm_link.reason'), /contains \{confirmlink\}; no extra link is added/);
  await screenshot(page, 'C3-tag-present');
  // Without the tag the option turns on by itself, and the preview gets the link appended.
  await typeInto(page, 'email.content.nl', 'Beste {firstname}, tot {interviewdate}.');
  await waitForText(page, 'wizard.confirm_link', 'checked');
  assert.match(await widgetText(page, 'wizard.confirm_link.reason'), /No language variant contains \{confirmlink\}; the link is added/);
  await waitForText(page, 'preview.email.body', (t) => count(t, '/c/') === 1);
  await screenshot(page, 'C3-tag-removed');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('C4 mixed languages: checked, the link appended only to the variants without the tag, named on screen', async () => {
  const { page, ids: [nl, en] } = await step2With(['nl', 'en']);
  // The demo templates: the Dutch variant has {confirmlink}, the English one has not.
  assert.equal(await widgetText(page, 'wizard.confirm_link'), 'checked');
  const reason = await widgetText(page, 'wizard.confirm_link.reason');
  assert.match(reason, /without \{confirmlink\}: English\.$/, reason);
  // Each e-mail carries the link exactly once: the Dutch through its tag, the English appended (C4: never twice).
  await waitForText(page, 'preview.source', 'server', 30000);
  await waitForText(page, 'preview.candidate', (t) => t.length > 0);
  for (const id of [nl, en]) {
    await clickWidget(page, 'preview.candidate');
    await clickWidget(page, `preview.candidate.${id}`);
    await waitForText(page, 'preview.email.body', (t) => count(t, '/c/') === 1);
  }
  await screenshot(page, 'C4-mixed');

  // Every variant with the tag: unchecked.
  await clickWidget(page, 'email.lang.en');
  await typeInto(page, 'email.content.en', 'Dear {firstname}, please answer here: {confirmlink}');
  await waitForText(page, 'wizard.confirm_link', 'unchecked');
  assert.match(await widgetText(page, 'wizard.confirm_link.reason'), /contains \{confirmlink\}/);
  await screenshot(page, 'C4-all-have-tag');

  // No variant with the tag: checked, appended to both.
  await typeInto(page, 'email.content.en', 'Dear {firstname}, see you on {interviewdate}.');
  await clickWidget(page, 'email.lang.nl');
  await typeInto(page, 'email.content.nl', 'Beste {firstname}, tot {interviewdate}.');
  await waitForText(page, 'wizard.confirm_link', 'checked');
  assert.match(await widgetText(page, 'wizard.confirm_link.reason'), /No language variant contains \{confirmlink\}; the link is added/);
  await screenshot(page, 'C4-none-has-tag');

  // The recruiter may overrule the default; the line says so.
  await clickWidget(page, 'wizard.confirm_link');
  await waitForText(page, 'wizard.confirm_link', 'unchecked');
  assert.match(await widgetText(page, 'wizard.confirm_link.reason'), /switched the option off yourself/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
