// Journey: files in and out. Import through the file picker and by dropping a file on the
// page; a malformed file leaves the current assessment untouched with a clear message; a JSON
// download re-imports identically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseFiles, click, downloadText, dropFiles, idle, openLadder, reload, root, screen, screenshot, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const example = readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8');

const dropFile = (page, name, text) => dropFiles(page, [{ name, text }]);

test('a file chosen in the picker opens on the results screen', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await chooseFiles(page, 'import', { name: 'example.json', mimeType: 'application/json', buffer: Buffer.from(example) });
  assert.equal(await screen(page), 'results');
  assert.equal((await page.evaluate(() => window.ladder.getAssessment())).team, 'Example digital service unit');
});

test('a dropped file opens, and a malformed one is refused with the current work untouched', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await dropFile(page, 'team.json', example);
  assert.equal(await screen(page), 'results');
  const before = await page.evaluate(() => window.ladder.getAssessment());

  await dropFile(page, 'broken.json', '{"format": "ladder-assessment", "version": 1, "model": {"id": "digital-services"},\n  "answers": {"mandate": {"level": "2"}}}');
  const shown = await ui(page);
  assert.match(shown.error, /broken\.json: \/answers\/mandate\/level: expected a whole number from 0 to 3/);
  assert.match(shown.error, /has not been changed/);
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before);
  await screenshot(page, 'import-error');

  await dropFile(page, 'not-json.json', 'this is not JSON at all');
  assert.match((await ui(page)).error, /not-json\.json: 1:1: JSON syntax error/);
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before);
  await click(page, 'error-dismiss');
  assert.equal((await ui(page)).error, '');
});

test('a JSON download re-imports identically', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'start-new');
  await click(page, 'level-3');
  await click(page, 'next');
  await click(page, 'level-0');
  await click(page, 'note');
  await page.keyboard.type('Ünïcödé & "quotes" <tags>');
  await click(page, 'nav-results');
  const { name, text } = await downloadText(page, 'download-json');
  // No team and no respondent given: the name is the date alone.
  assert.match(name, /^ladder-\d{4}-\d{2}-\d{2}\.json$/);
  const current = await page.evaluate(() => window.ladder.getAssessment());
  assert.deepEqual(JSON.parse(text), current);

  const { page: other } = await openLadder(t, env.browser, env.site.url);
  await dropFile(other, name, text);
  assert.deepEqual(await other.evaluate(() => window.ladder.getAssessment()), current);
  assert.deepEqual(await other.evaluate(() => window.ladder.results()), await page.evaluate(() => window.ladder.results()));
});

test('CSV and HTML reports download', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'example');
  // The CSV starts with the UTF-8 byte-order mark (EF BB BF, read as U+FEFF) so Excel reads
  // its accents; the page must write it byte for byte.
  for (const [id, ext, start] of [['download-csv', 'csv', '\uFEFFdimension_id,'], ['download-html', 'html', '<!doctype html>']]) {
    const file = await downloadText(page, id);
    assert.equal(file.name, `ladder-example-digital-service-unit-example-respondent-2026-11-01.${ext}`);
    assert.ok(file.text.startsWith(start), JSON.stringify(file.text.slice(0, 20)));
  }
});

test('two members of one team download files with different names, in plain ASCII', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const names = [];
  for (const respondent of ['Tõnis Ñandú', 'Søren Šťastný']) {
    const file = { ...JSON.parse(example), team: 'Dirección Digital', respondent, updated: '2026-11-02T10:00:00Z' };
    assert.deepEqual(await page.evaluate((f) => window.ladder.loadAssessment(f), file), { ok: true, error: null });
    await idle(page);
    names.push((await downloadText(page, 'download-json')).name);
  }
  assert.deepEqual(names, ['ladder-direccion-digital-tonis-nandu-2026-11-02.json',
    'ladder-direccion-digital-soren-stastny-2026-11-02.json']);
});

test('a custom model chosen on the welcome screen is used; an invalid one is explained and changes nothing', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const pick = (file) => chooseFiles(page, 'custom-model', { name: file.split('/').pop(), mimeType: 'application/json',
    buffer: readFileSync(join(root, file)) });
  await pick('tests/data/broken-model.json');
  const shown = await ui(page);
  assert.match(shown.error, /That model has problems and was not loaded/);
  assert.match(shown.error, /broken-model\.json:\n\/dimensions\/0\/categories\/0\/levels: expected exactly 4/);
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'digital-services');
  await screenshot(page, 'model-invalid');

  await pick('tests/data/mini-model.json');
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'mini');
  await click(page, 'start-new');
  await click(page, 'level-2');
  assert.equal((await page.evaluate(() => window.ladder.results())).categories[0].level, 2);
  // The model is remembered across a reload, and the default is one click away.
  await reload(page);
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'mini');
  await click(page, 'nav-welcome');
  await click(page, 'default-model');
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'digital-services');
});

test('two imports with no frame between them are both kept', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const second = JSON.stringify({ ...JSON.parse(example), respondent: 'Second respondent' });
  await page.evaluate(([a, b]) => {
    window.ladder.loadAssessment(a);
    window.ladder.loadAssessment(b);  // in the same task: no frame (and no autosave) in between
  }, [example, second]);
  await idle(page);
  const stored = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('ladder.v1.assessment.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).respondent)
    .sort());
  assert.deepEqual(stored, ['Example respondent', 'Second respondent']);
});

// Regression: the Assess screen used to take a category's answer with operator[] while
// drawing, so merely looking at a question added an empty answer to the document.
test('looking at questions does not add answers to the document', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const one = { format: 'ladder-assessment', version: 1, model: { id: 'digital-services' }, team: 'Unit',
    answers: { mandate: { level: 2 } } };
  assert.equal((await page.evaluate((text) => window.ladder.loadAssessment(text), JSON.stringify(one))).ok, true);
  await idle(page);
  await click(page, 'nav-assess');
  await click(page, 'next');
  await click(page, 'next');
  assert.notEqual((await ui(page)).category, 'executive-sponsorship', 'the screen moved on');
  const answers = (await page.evaluate(() => window.ladder.getAssessment())).answers;
  assert.deepEqual(Object.keys(answers), ['mandate']);
  await click(page, 'nav-results');
  const file = await downloadText(page, 'download-json');
  assert.deepEqual(Object.keys(JSON.parse(file.text).answers), ['mandate'], 'the downloaded file too');
});
