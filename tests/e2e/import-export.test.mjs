// Journey: files in and out. Import through the file picker and by dropping a file on the
// page; a malformed file leaves the current assessment untouched with a clear message; a JSON
// download re-imports identically.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, openLadder, root, screen, screenshot, settle, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const example = readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8');

async function dropFile(page, name, text) {
  await page.evaluate(([fileName, content]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], fileName, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, [name, text]);
  await page.waitForTimeout(100);
  await settle(page);
}

test('a file chosen in the picker opens on the results screen', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'import');
  await (await chooser).setFiles({ name: 'example.json', mimeType: 'application/json', buffer: Buffer.from(example) });
  await page.waitForTimeout(100);
  await settle(page);
  assert.equal(await screen(page), 'results');
  assert.equal((await page.evaluate(() => window.ladder.getAssessment())).team, 'Example digital service unit');
});

test('a dropped file opens, and a malformed one is refused with the current work untouched', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  await dropFile(page, 'team.json', example);
  assert.equal(await screen(page), 'results');
  const before = await page.evaluate(() => window.ladder.getAssessment());

  await dropFile(page, 'broken.json', '{"format": "ladder-assessment", "version": 1, "model": {"id": "digital-services"},\n  "answers": {"mandate": {"level": "2"}}}');
  const ui = await page.evaluate(() => window.ladder.ui());
  assert.match(ui.error, /broken\.json: \/answers\/mandate\/level: expected a whole number from 0 to 3/);
  assert.match(ui.error, /has not been changed/);
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before);
  await screenshot(page, 'import-error');

  await dropFile(page, 'not-json.json', 'this is not JSON at all');
  assert.match((await page.evaluate(() => window.ladder.ui())).error, /not-json\.json: 1:1: JSON syntax error/);
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before);
  await click(page, 'error-dismiss');
  assert.equal((await page.evaluate(() => window.ladder.ui())).error, '');
});

test('a JSON download re-imports identically', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  await click(page, 'start-new');
  await click(page, 'level-3');
  await click(page, 'next');
  await click(page, 'level-0');
  await click(page, 'note');
  await page.keyboard.type('Ünïcödé & "quotes" <tags>');
  await click(page, 'nav-results');
  const download = page.waitForEvent('download');
  await click(page, 'download-json');
  const file = await download;
  assert.match(file.suggestedFilename(), /^ladder-assessment-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await file.path(), 'utf8');
  const current = await page.evaluate(() => window.ladder.getAssessment());
  assert.deepEqual(JSON.parse(text), current);

  const { page: other } = await openLadder(env.browser, env.site.url);
  await dropFile(other, file.suggestedFilename(), text);
  assert.deepEqual(await other.evaluate(() => window.ladder.getAssessment()), current);
  assert.deepEqual(await other.evaluate(() => window.ladder.results()), await page.evaluate(() => window.ladder.results()));
});

test('CSV and HTML reports download', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  await click(page, 'example');
  for (const [id, pattern, start] of [['download-csv', /\.csv$/, 'dimension_id,'], ['download-html', /\.html$/, '<!doctype html>']]) {
    const download = page.waitForEvent('download');
    await click(page, id);
    const file = await download;
    assert.match(file.suggestedFilename(), pattern);
    assert.ok(readFileSync(await file.path(), 'utf8').startsWith(start));
  }
});

test('a custom model chosen on the welcome screen is used; an invalid one is explained and changes nothing', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  const pick = async (file) => {
    const chooser = page.waitForEvent('filechooser');
    await click(page, 'custom-model');
    await (await chooser).setFiles({ name: file.split('/').pop(), mimeType: 'application/json',
      buffer: readFileSync(join(root, file)) });
    await page.waitForTimeout(100);
    await settle(page);
  };
  await pick('tests/data/broken-model.json');
  const ui = await page.evaluate(() => window.ladder.ui());
  assert.match(ui.error, /That model has problems and was not loaded/);
  assert.match(ui.error, /broken-model\.json:\n\/dimensions\/0\/categories\/0\/levels: expected exactly 4/);
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'digital-services');
  await screenshot(page, 'model-invalid');

  await pick('tests/data/mini-model.json');
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'mini');
  await click(page, 'start-new');
  await click(page, 'level-2');
  assert.equal((await page.evaluate(() => window.ladder.results())).categories[0].level, 2);
  // The model is remembered across a reload, and the default is one click away.
  await page.reload();
  await page.evaluate(() => window.ladder.ready);
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'mini');
  await click(page, 'nav-welcome');
  await click(page, 'default-model');
  assert.equal((await page.evaluate(() => window.ladder.results())).model.id, 'digital-services');
});

test('two imports with no frame between them are both kept', async () => {
  const { page } = await openLadder(env.browser, env.site.url);
  const second = JSON.stringify({ ...JSON.parse(example), respondent: 'Second respondent' });
  await page.evaluate(([a, b]) => {
    window.ladder.loadAssessment(a);
    window.ladder.loadAssessment(b);  // in the same task: no frame (and no autosave) in between
  }, [example, second]);
  await settle(page);
  const stored = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('ladder.v1.assessment.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).respondent)
    .sort());
  assert.deepEqual(stored, ['Example respondent', 'Second respondent']);
});
