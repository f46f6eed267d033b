// Journey: someone who uses only the keyboard starts an assessment, answers with the level
// cards, moves on and reaches the results, with a visible focus throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idle, openLadder, root, screen, screenshot, widgets, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

async function focused(page) {
  return (await widgets(page)).find((w) => w.focused)?.id;
}

// Presses Tab until the widget with this id has the keyboard focus.
async function tabTo(page, id, limit = 80) {
  for (let i = 0; i < limit; ++i) {
    if ((await focused(page)) === id) return;
    await page.keyboard.press('Tab');
    await idle(page);
  }
  throw new Error(`Tab never reached ${id} (focus is on ${await focused(page)})`);
}

test('an assessment can be completed with the keyboard alone', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await tabTo(page, 'start-new');
  await screenshot(page, 'keyboard-focus');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal(await screen(page), 'assess');

  for (const level of [1, 2, 0]) {
    await tabTo(page, `level-${level}`);
    await page.keyboard.press('Space');
    await idle(page);
    assert.equal((await widgets(page)).find((w) => w.id === `level-${level}`).state, 'checked');
    await tabTo(page, 'next');
    await page.keyboard.press('Enter');
    await idle(page);
  }
  await tabTo(page, 'nav-results');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal(await screen(page), 'results');
  const answers = Object.values((await page.evaluate(() => window.ladder.getAssessment())).answers);
  assert.deepEqual(answers.filter((a) => a.level !== null).map((a) => a.level).sort(), [0, 1, 2]);
});

test('a facilitator can run the team exercise with the keyboard alone', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const example = JSON.parse(readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8'));
  for (const [name, level] of [['Ana', 0], ['Bo', 3]]) {
    const file = { ...structuredClone(example), respondent: name };
    for (const answer of Object.values(file.answers)) answer.level = level;
    await page.evaluate((text) => window.ladder.loadAssessment(text), JSON.stringify(file));
  }
  await tabTo(page, 'nav-team');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal(await screen(page), 'team');
  await tabTo(page, 'team-add-saved');
  await page.keyboard.press('Enter');
  await idle(page);
  for (let i = 0; i < 2; ++i) {
    // The next assessment of this browser that has not been added yet.
    const next = (await widgets(page)).find((w) => w.id.startsWith('add-saved-') && w.state !== 'disabled');
    assert.ok(next, 'an assessment of this browser to add');
    await tabTo(page, next.id);
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await page.evaluate(() => window.ladder.team())).respondents.length, i + 1);
  }
  assert.equal((await page.evaluate(() => window.ladder.team())).respondents.length, 2);
  await tabTo(page, 'team-next-discuss');
  await page.keyboard.press('Enter');
  await idle(page);
  await tabTo(page, 'target-mandate-3', 200);
  await page.keyboard.press('Space');
  await idle(page);
  assert.equal((await page.evaluate(() => window.ladder.team())).targets.mandate, 3);
  await screenshot(page, 'keyboard-team');
});
