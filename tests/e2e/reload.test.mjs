// Journey: someone answers part of the assessment, the tab reloads (or crashes), and every
// answer is still there, on the same screen and question.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, idle, openLadder, reload, screen, ui, widget, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

test('a reload mid-way keeps every answer, the screen and the question', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'team-name');
  await page.keyboard.type('Reload team');
  await click(page, 'start-new');
  const chosen = [2, 0, 3, 1, 2];
  for (const level of chosen) {
    await click(page, `level-${level}`);
    await click(page, 'next');
  }
  await click(page, 'level-1');  // the sixth answer, reloaded right after the click
  await click(page, 'note');
  await page.keyboard.type('Typed just before the reload');
  await idle(page);
  const before = await page.evaluate(() => window.ladder.getAssessment());
  const questionBefore = (await ui(page)).category;

  await reload(page);
  assert.equal(await screen(page), 'assess');
  assert.equal((await ui(page)).category, questionBefore);
  assert.equal((await widget(page, 'level-1')).state, 'checked');
  const after = await page.evaluate(() => window.ladder.getAssessment());
  assert.deepEqual(after, before);
  assert.equal(after.team, 'Reload team');
  const answered = Object.values(after.answers).filter((a) => a.level !== null).map((a) => a.level);
  assert.equal(answered.length, 6);
});

test('stored state that is not JSON does not stop the app or get overwritten', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.evaluate(() => {
    localStorage.setItem('ladder.v1.state', '{"current": "broken1", "screen": "assess"');
    localStorage.setItem('ladder.v1.assessment.broken1', '{"format": "ladder-assessment", "version": 1, "answers": [');
  });
  await reload(page);
  assert.equal(await screen(page), 'welcome');  // the state could not be read: defaults
  await page.evaluate(() => {
    localStorage.setItem('ladder.v1.state', '{"current": "broken1", "screen": "assess"}');
  });
  await reload(page);
  assert.match((await ui(page)).error, /could not be read/);
  await click(page, 'start-new');
  await click(page, 'level-2');
  const kept = await page.evaluate(() => localStorage.getItem('ladder.v1.assessment.broken1'));
  assert.equal(kept, '{"format": "ladder-assessment", "version": 1, "answers": [');
});
