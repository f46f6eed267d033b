// Journey: the page loads the real wasm core and its results are the CLI's results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLadder, root, runCli, screenshot, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

test('the page scores the example assessment exactly as the CLI does', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  const file = join(root, 'core/models/example-assessment.json');
  const load = await page.evaluate((text) => window.ladder.loadAssessment(text), readFileSync(file, 'utf8'));
  assert.deepEqual(load, { ok: true, error: null });
  const fromPage = await page.evaluate(() => window.ladder.results());
  const fromCli = JSON.parse(runCli(['score', file]));
  assert.deepEqual(fromPage, fromCli);
  assert.equal(fromPage.dimensions.length, 6);
  await screenshot(page, 'core-in-page');
  assert.deepEqual(errors, []);
});

test('setAnswer changes the result through the same core', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const template = runCli(['template']);
  await page.evaluate((text) => window.ladder.loadAssessment(text), template);
  assert.equal(await page.evaluate(() => window.ladder.setAnswer('mandate', 2)), true);
  assert.equal(await page.evaluate(() => window.ladder.setAnswer('no-such-category', 2)), false);
  const assessment = await page.evaluate(() => window.ladder.getAssessment());
  assert.equal(assessment.answers.mandate.level, 2);
  const fromCli = JSON.parse(runCli(['score', '-'], JSON.stringify(assessment)));
  assert.deepEqual(await page.evaluate(() => window.ladder.results()), fromCli);
});

test('a malformed assessment is refused with its location and the current one kept', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const before = await page.evaluate(() => window.ladder.getAssessment());
  const bad = await page.evaluate(() => window.ladder.loadAssessment('{"format": "ladder-assessment", "version": 1,'));
  assert.equal(bad.ok, false);
  assert.match(bad.error, /^1:\d+: JSON syntax error/);
  const wrongType = await page.evaluate(() => window.ladder.loadAssessment({
    format: 'ladder-assessment', version: 1, model: { id: 'digital-services', model_version: '1.0.0' },
    answers: { mandate: { level: '2' } } }));
  assert.equal(wrongType.ok, false);
  assert.match(wrongType.error, /^\/answers\/mandate\/level: /);
  assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before);
});
