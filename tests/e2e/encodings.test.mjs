// Files as colleagues' machines save them: Windows-1252 from a Windows editor, UTF-16, UTF-8
// with a byte-order mark, a download cut short, a file that is not text at all. Dropped on the
// page, each is read as it was meant or refused by name, the work open stays as it was, and the
// page keeps working (the web build has no exceptions: a wrong step would stop the whole page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, dropFiles, idle, openLadder, root, screen, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const fixture = (name) => ({ name, bytes: readFileSync(join(root, 'tests/data/encodings', name)) });

test('Windows-1252, UTF-16 and UTF-8 with a BOM are read as written; Windows-1252 says how it was read', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  for (const name of ['windows-1252.json', 'utf16le-bom.json', 'utf16be-bom.json', 'utf8-bom.json']) {
    await click(page, 'nav-welcome');
    await dropFiles(page, [fixture(name)]);
    const state = await ui(page);
    assert.equal(state.error, '', `${name}: no error`);
    assert.equal(await screen(page), 'results', `${name} opened`);
    const a = await page.evaluate(() => window.ladder.getAssessment());
    assert.equal(a.team, 'Dirección', name);
    assert.equal(a.respondent, 'José Muñoz', name);
    assert.match(a.answers.mandate.note, /“new” mandate – 40 000 € a year, signed…/, name);
    if (name === 'windows-1252.json') assert.match(state.toast, /windows-1252\.json: this file was not saved as UTF-8; it was read as Windows-1252/);
    else assert.doesNotMatch(state.toast, /Windows-1252/);
  }
  assert.deepEqual(errors, []);
});

test('a file that is not text, UTF-16 without its mark, or UTF-8 cut short is refused by name; the open work stays', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'start-new');
  await click(page, 'level-2');
  const before = await page.evaluate(() => window.ladder.getAssessment());
  const cases = [
    ['binary.png', /not a text file/],
    ['utf16le-no-bom.json', /UTF-16/],
    ['truncated-utf8.json', /cut short|truncated/i],
  ];
  for (const [name, reason] of cases) {
    await dropFiles(page, [fixture(name)]);
    const { error } = await ui(page);
    assert.match(error, new RegExp(`${name.replace('.', '\\.')}`), `${name} is named`);
    assert.match(error, reason, `${name}: ${error}`);
    assert.deepEqual(await page.evaluate(() => window.ladder.getAssessment()), before, `${name}: the open assessment is unchanged`);
    await click(page, 'error-dismiss');
  }
  // Still working: a click answers, and the API answers.
  await click(page, 'next');
  await click(page, 'level-1');
  assert.equal(Object.values((await page.evaluate(() => window.ladder.getAssessment())).answers).filter((x) => x.level !== null).length, 2);
  assert.deepEqual(errors, []);
});

test('in the team exercise the readable encodings join and the others are listed with their reason', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-team');
  await dropFiles(page, [fixture('windows-1252.json'), fixture('binary.png'), fixture('utf8.json')]);
  const team = await page.evaluate(() => window.ladder.team());
  assert.equal(team.respondents.length, 1, 'the same person in two encodings is one member');
  const { team_problems: problems } = await ui(page);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /binary\.png.*not a text file/);
  assert.deepEqual(errors, []);
});

test('loadAssessment with text no file could hold (a lone surrogate) answers with an error or a result, never stops the page', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  const reply = await page.evaluate(() => window.ladder.loadAssessment('{"format":"ladder-assessment","version":1,"team":"\uD800'));
  assert.equal(reply.ok, false);
  assert.equal(typeof reply.error, 'string');
  await idle(page);
  assert.equal((await page.evaluate(() => window.ladder.ui())).screen, 'welcome', 'the page still answers');
  assert.deepEqual(errors, []);
});
