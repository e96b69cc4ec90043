// The Templates page in the real app: a recruiter edits one language variant, inserts a tag with a click at the
// cursor, saves, and the change is stored (the next visit shows it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, login, clickWidget, waitForWidget, waitForText, widgetText, publishedTexts,
  typeInto, screenshot,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test('templates: edit the English variant, insert a tag by clicking it, save, and find it again', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await login(page, server.url, 'admin@example.com');  // S5: admins write templates
  await clickWidget(page, 'nav.templates');
  await waitForText(page, 'page', 'templates');
  await waitForWidget(page, 'templates.save');
  const items = await publishedTexts(page, 'templates.item.');
  const id = Object.keys(items).find((k) => items[k] === 'Uitnodiging interview');
  assert.ok(id, JSON.stringify(items));
  await clickWidget(page, `templates.item.${id}`);
  await clickWidget(page, 'templates.lang.en');
  await screenshot(page, 'templates-before');
  await typeInto(page, 'templates.content', 'Dear {firstname}, we look forward to meeting you on ');
  await clickWidget(page, 'templates.tag.interviewdate');
  await waitForText(page, 'templates.content', 'Dear {firstname}, we look forward to meeting you on {interviewdate}');
  await screenshot(page, 'templates-edited');
  await clickWidget(page, 'templates.save');
  await waitForText(page, 'toast', (t) => /saved/.test(t));
  // A fresh visit (new page, new login) shows the stored text.
  const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(again, server.url, 'admin@example.com');
  await clickWidget(again, 'nav.templates');
  await waitForWidget(again, `templates.item.${id}`);
  await clickWidget(again, `templates.item.${id}`);
  await clickWidget(again, 'templates.lang.en');
  await waitForText(again, 'templates.content', 'Dear {firstname}, we look forward to meeting you on {interviewdate}');
  await again.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('S5 a recruiter reads the shared templates but is told that only an admin saves them', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(page, server.url, 'anna@example.com');
  await clickWidget(page, 'nav.templates');
  await waitForText(page, 'page', 'templates');
  await waitForWidget(page, 'templates.save');
  assert.equal(await widgetText(page, 'templates.admins_only'), 'Only an admin can change the shared templates.');
  await screenshot(page, 'S5-templates-recruiter');
  await page.close();
  const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await login(admin, server.url, 'admin@example.com');
  await clickWidget(admin, 'nav.templates');
  await waitForWidget(admin, 'templates.save');
  assert.equal((await publishedTexts(admin, 'templates.admins_only'))[''], undefined, 'no note for an admin');
  await admin.close();
});
