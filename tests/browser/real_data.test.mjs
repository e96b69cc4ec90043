// Issue 16's "Done when", in the real app on an empty database (no --demo) with a real SMTP server (aiosmtpd): the
// setup link from the server's output creates the admin; the admin creates a vacancy and imports a CSV file with
// ';', a BOM, a quoted field holding a newline and one row with a bad e-mail (shown as a problem with its line,
// skipped); invites an imported candidate; the candidate accepts through the link in the mail; the recruiter marks
// the application Hired; another candidate is rejected with the rejection e-mail, which the SMTP server receives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, startSmtp, launchBrowser, login, openAllCandidates, clickWidget, waitForWidget, waitForText,
  widgetText, publishedTexts, waitForKeyLike, typeInto, inviteToStep2, screenshot, screenshotDir, waitForMail, sourceDir, waitFrames,
} from './harness.mjs';

let smtp, server, browser;
before(async () => {
  smtp = await startSmtp();
  server = await startServer(['--smtp-url', smtp.url], { demo: false });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); smtp?.stop(); });

test('issue 16 Done when: first admin, vacancy, CSV import, invite, accept, Hired, rejection e-mail', async () => {
  // The setup link from the server's output.
  const m = server.log().match(/(http:\/\/\S+\/setup\/[A-Za-z0-9_-]+)/);
  assert.ok(m, `a setup link in the server output:\n${server.log()}`);
  const setup = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await setup.goto(m[1]);
  await setup.getByLabel('Name').fill('Ada Admin');
  await setup.getByLabel('E-mail address').fill('ada@acme.example');
  await setup.getByLabel('Password (at least 8 characters)').fill('correct horse');
  await setup.getByLabel('Repeat the password').fill('correct horse');
  await setup.screenshot({ path: join(screenshotDir, 'real-data-01-setup.png'), fullPage: true });
  await setup.getByRole('button', { name: 'Create administrator' }).click();
  await setup.waitForLoadState('load');
  assert.match(await setup.content(), /administrator account has been created/);
  await setup.goto(m[1]);
  assert.match(await setup.content(), /does not work/, 'the link is used up');
  await setup.close();

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const shot = (name) => screenshot(page, `real-data-${name}`);
  await login(page, server.url, 'ada@acme.example', 'correct horse');
  await waitForWidget(page, 'vacancies.new');
  await shot('02-empty-vacancy-list');

  // A vacancy, through "New vacancy".
  await clickWidget(page, 'vacancies.new');
  await typeInto(page, 'vacancy_dialog.title', 'Verpleegkundige IC', { clear: false });
  await typeInto(page, 'vacancy_dialog.department', 'Zorg', { clear: false });
  await typeInto(page, 'vacancy_dialog.location', 'Utrecht', { clear: false });
  await shot('03-new-vacancy');
  await clickWidget(page, 'vacancy_dialog.save');
  await waitForText(page, 'page', 'vacancy');
  await waitForText(page, 'vacancy.title', 'Verpleegkundige IC');

  // Import the example CSV through the real file picker: the preview comes first, nothing written yet.
  await clickWidget(page, 'vacancy.import');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, 'import.choose_file')]);
  await chooser.setFiles(join(sourceDir, 'examples/kandidaten.csv'));
  await waitForText(page, 'import.run', 'Import 4 candidates', 30000);
  assert.match(await widgetText(page, 'import.facts'), /Delimiter: ";".*Encoding: utf-8 \(BOM\).*Rows: 5/);
  assert.equal(await widgetText(page, 'import.map.email'), 'E-mail');
  const problems = await publishedTexts(page, 'import.problem.');
  assert.deepEqual(Object.values(problems), ['6 email invalid_email']);
  assert.equal(await widgetText(page, 'import.preview.1.5'), 'Nurse (Dublin) BSc Nursing, 2019');
  await shot('04-import-preview');
  await clickWidget(page, 'import.run');
  await waitForText(page, 'import.done', '4 applications added.', 30000);
  await shot('05-import-done');

  // Invite an imported candidate (Sanne, Dutch) through the wizard.
  await openAllCandidates(page, 'Verpleegkundige IC');
  const names = await publishedTexts(page, 'candidates.name.');
  assert.equal(Object.keys(names).length, 4, JSON.stringify(names));
  assert.ok(Object.values(names).includes('Jürgen Müller'));
  const sanne = Object.keys(names).find((id) => names[id] === 'Sanne de Wit');
  const liam = Object.keys(names).find((id) => names[id] === "Liam O'Brien");
  await inviteToStep2(page, [sanne]);
  await clickWidget(page, 'wizard.send');
  await waitForText(page, 'page', 'candidates', 30000);
  await waitForText(page, `candidates.status.${sanne}`, 'Invited for interview');

  // The candidate accepts through the link in the mail the SMTP server received.
  const mails = await waitForMail(smtp, 'sanne.dewit@example.nl');
  const link = mails.map((x) => x.links.find((l) => l.includes('/c/'))).find(Boolean);
  assert.ok(link, 'a confirmation link');
  const candidate = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await candidate.goto(link);
  await candidate.getByRole('button', { name: /Ja, ik zal aanwezig zijn/ }).click();
  await candidate.waitForLoadState('load');
  await candidate.close();

  // The recruiter marks Sanne's application Hired on "Application & CV"; the history says who and when.
  await clickWidget(page, `candidates.name.${sanne}`);
  await waitForText(page, 'page', 'candidate');
  // (the application's outcome card arrives with its own fetch, after the page is shown)
  const appKey = (await waitForKeyLike(page, 'candidate.outcome.', '.change')).replace(/\.change$/, '');
  await clickWidget(page, appKey + '.change');
  await clickWidget(page, 'status_dialog.status.hired');
  await typeInto(page, 'status_dialog.note', 'Start 1 februari', { clear: false });
  await shot('06-status-dialog');
  await clickWidget(page, 'status_dialog.save');
  await waitForText(page, appKey + '.status', 'Hired', 30000);
  const history = Object.entries(await publishedTexts(page, appKey + '.history.'));
  assert.ok(history.some(([, t]) => t === 'Hired · Ada Admin'), JSON.stringify(history));
  await shot('07-status-hired');

  // Another candidate (Liam, English) is rejected from All candidates with the rejection e-mail, previewed first.
  await openAllCandidates(page, 'Verpleegkundige IC');
  await clickWidget(page, `candidates.check.${liam}`);
  await clickWidget(page, 'candidates.action');
  await clickWidget(page, 'action.rejected');
  await clickWidget(page, 'candidates.execute');
  await waitForText(page, 'status_dialog.preview_subject', 'Your application: Verpleegkundige IC');
  await shot('08-rejection-preview');
  await clickWidget(page, 'status_dialog.save');
  await waitForText(page, `candidates.status.${liam}`, 'Rejected', 30000);
  const rejection = await waitForMail(smtp, 'liam.obrien@example.com');
  assert.equal(rejection[0].subject, 'Your application: Verpleegkundige IC');
  assert.match(rejection[0].text, /Dear Liam/);
  // The status filter shows just him.
  await clickWidget(page, 'candidates.status_filter');
  await clickWidget(page, 'candidates.status_filter.rejected');
  await waitFrames(page, 2);
  assert.deepEqual(Object.values(await publishedTexts(page, 'candidates.name.')), ["Liam O'Brien"]);
  await shot('09-filter-rejected');
  assert.deepEqual(errors, []);
  await page.close();
});
