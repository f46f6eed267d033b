// Journey: partial results are honest. With a few questions answered the Results screen calls
// the overall stage provisional, says how many more answers make it reliable, offers the way
// to the first unanswered question, and the radar leaves a gap (and says "not rated") where a
// dimension has no answer. With every question answered none of that appears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, idle, journey, openLadder, root, screenshot, ui, useBrowserAndSite, widget, widgets } from './helpers.mjs';

const env = useBrowserAndSite();
const model = JSON.parse(readFileSync(join(root, 'core/models/digital-services.json'), 'utf8'));
const en = (text) => (typeof text === 'string' ? text : text.en);
const categories = model.dimensions.flatMap((d) => d.categories);

// How many mirror elements show exactly this text: what a screen reader (and a reader) gets.
async function shown(page, text) {
  await idle(page);
  return page.getByRole('main').getByText(text, { exact: true }).count();
}

test('partial results are marked provisional, and complete ones are not', async (tc) => {
  const { page, errors } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);

  await step('three of 24 answered (13 %): the stage is provisional and 9 more answers are asked for', async () => {
    for (const category of categories.slice(0, 3)) {
      assert.equal(await page.evaluate((id) => window.ladder.setAnswer(id, 2), category.id), true);
    }
    await click(page, 'nav-results');
    assert.equal((await ui(page)).screen, 'results');
    const results = await page.evaluate(() => window.ladder.results());
    assert.equal(results.completeness, 0.13);
    assert.equal(results.provisional, true);
    assert.equal(results.answers_needed, 9);  // max(12 - 3, 5 dimensions not rated)
    assert.equal(results.dimensions[1].stage, null);
    assert.equal(await shown(page, 'Provisional'), 1);
    assert.equal(await shown(page, 'Answer 9 more questions for a stage you can rely on'), 1);
    assert.equal(await shown(page, 'Each dimension needs at least one answer.'), 1);
    // The dimension table: "Not rated" for the five dimensions nobody answered.
    assert.equal(await page.getByRole('cell', { name: 'Not rated', exact: true }).count(), 5);
    const radar = await widget(page, 'radar');
    assert.match(radar.label, new RegExp(`${en(model.dimensions[0].title)}: 2\\.00, target 3\\.00`));
    for (const dimension of model.dimensions.slice(1)) {
      assert.ok(radar.label.includes(`${en(dimension.title)}: not rated`), `${dimension.id} is not rated in the alt text`);
    }
    assert.doesNotMatch(radar.label, /: 0\.00/, 'no dimension reads as 0');
    await screenshot(page, 'results-partial');
  });

  await step('the link takes the user to the first unanswered question', async () => {
    const go = await widget(page, 'go-unanswered');
    assert.equal(go.label, 'Go to the first unanswered question');
    await click(page, 'go-unanswered');
    const state = await ui(page);
    assert.equal(state.screen, 'assess');
    assert.equal(state.category, categories[3].id);
  });

  await step('one answer in a dimension past half still leaves it provisional, and the count follows', async () => {
    for (const category of categories.slice(3, 12)) {
      assert.equal(await page.evaluate((id) => window.ladder.setAnswer(id, 1), category.id), true);
    }
    await click(page, 'nav-results');
    // 12 of 24 in the first three dimensions: half, but three dimensions are not rated.
    assert.equal((await page.evaluate(() => window.ladder.results())).answers_needed, 3);
    assert.equal(await shown(page, 'Answer 3 more questions for a stage you can rely on'), 1);
    for (const category of categories.slice(12, 16)) await page.evaluate((id) => window.ladder.setAnswer(id, 1), category.id);
    await page.evaluate((id) => window.ladder.setAnswer(id, 1), categories[16].id);
    assert.equal(await shown(page, 'Answer 1 more question for a stage you can rely on'), 1);
    // 1 of 4 in the fifth dimension: its own stage is marked provisional in the table.
    assert.equal(await page.getByRole('cell', { name: 'Getting started (provisional)', exact: true }).count(), 1);
    assert.equal(await page.getByRole('cell', { name: 'Not rated', exact: true }).count(), 1);
  });

  await step('every question answered: no provisional label, no sentence, no "not rated"', async () => {
    for (const category of categories) await page.evaluate((id) => window.ladder.setAnswer(id, 3), category.id);
    await idle(page);
    const results = await page.evaluate(() => window.ladder.results());
    assert.equal(results.completeness, 1);
    assert.equal(results.provisional, false);
    assert.equal(results.answers_needed, 0);
    assert.equal(await shown(page, 'Provisional'), 0);
    assert.equal(await page.getByRole('main').getByText(/more questions? for a stage you can rely on/).count(), 0);
    assert.ok(!(await widgets(page)).some((w) => w.id === 'go-unanswered'), 'no link to an unanswered question');
    const radar = await widget(page, 'radar');
    assert.doesNotMatch(radar.label, /not rated/);
    assert.equal(await page.getByRole('heading', { name: en(model.stages[3].title), level: 2 }).count(), 1);
    await screenshot(page, 'results-complete');
  });

  assert.deepEqual(errors, []);
});
