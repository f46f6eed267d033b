// Journey: someone who cannot see the canvas. Every action goes through the accessibility
// tree: elements found by role and accessible name (page.getByRole), activated the way a screen
// reader does (a DOM click event on the element, or Enter on the focused element), text typed
// with fill. Never a coordinate, never window.ladder to act: window.ladder is only read, to
// check that the outcome is the one a sighted user would get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idle, journey, memberFiles, openLadder, root, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
// The default model, as the page shows it: its English texts.
const model = JSON.parse(readFileSync(join(root, 'core/models/digital-services.json'), 'utf8'));
const en = (text) => (typeof text === 'string' ? text : text.en);
const categories = model.dimensions.flatMap((d) => d.categories);

// Activates an element as a screen reader's default action does, and waits for the app.
async function press(locator) {
  await locator.dispatchEvent('click');
  await idle(locator.page());
}

// What the page's title and h1 say: where the user is.
async function where(page) {
  return { title: await page.title(), h1: await page.getByRole('heading', { level: 1 }).textContent() };
}

test('a screen-reader user completes an assessment, reads the results and takes them away', async (tc) => {
  const { page, errors } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);
  const chosen = {};

  await step('the welcome screen reads as a page: landmarks, a heading, named fields', async () => {
    assert.equal(await page.getByRole('banner').count(), 1);
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).count(), 1);
    assert.equal(await page.getByRole('main').count(), 1);
    assert.match((await where(page)).title, /^Start - Ladder$/);
    await page.getByRole('textbox', { name: 'Team or unit name (optional)' }).fill('Servicio Digital Ñandú');
    await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ana');
    await idle(page);
    await press(page.getByRole('button', { name: 'Start a new assessment' }));
    assert.equal((await page.evaluate(() => window.ladder.getAssessment())).team, 'Servicio Digital Ñandú');
  });

  await step('every question is answered through its radio group, with a note and a target on one', async () => {
    for (let k = 0; k < categories.length; ++k) {
      const category = categories[k];
      const place = await where(page);
      assert.equal(place.h1, en(category.title), `question ${k + 1} is the page's heading`);
      assert.ok(place.title.includes(en(category.title)), 'and the title says it');
      const levels = page.getByRole('radiogroup', { name: 'Level chosen for this question' }).getByRole('radio');
      assert.equal(await levels.count(), 4);
      const level = (k * 7) % 4;
      // A card's full text is its description: what a screen reader says after the name.
      const description = await levels.nth(level).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent);
      assert.equal(description, en(category.levels[level]));
      await press(levels.nth(level));
      assert.equal(await levels.nth(level).isChecked(), true);
      chosen[category.id] = level;
      if (k === 0) {
        await press(page.getByRole('radiogroup', { name: 'Where do you want to be in 12 months?' }).getByRole('radio', { name: 'Level 3' }));
        await page.getByRole('textbox', { name: 'Notes and evidence (optional)' }).fill('Minister backs it; año 2026');
        await idle(page);
      }
      const next = page.getByRole('button', { name: k + 1 < categories.length ? 'Next' : 'See results', exact: true });
      await press(next);
    }
    const answers = (await page.evaluate(() => window.ladder.getAssessment())).answers;
    for (const [id, level] of Object.entries(chosen)) assert.equal(answers[id].level, level, id);
    const first = answers[categories[0].id];
    assert.equal(first.target, 3);
    assert.equal(first.note, 'Minister backs it; año 2026');
  });

  await step('the results are headings, a table, and the charts in words', async () => {
    assert.equal((await where(page)).h1, 'Your results');
    const results = await page.evaluate(() => window.ladder.results());
    // The radar's text alternative carries every dimension's score.
    const radar = await page.getByRole('img', { name: /^Radar chart/ }).getAttribute('aria-label');
    results.dimensions.forEach((d, i) => {
      const said = `${en(model.dimensions[i].title)}: ${d.score.toFixed(2)}`;
      assert.ok(radar.includes(said), `"${said}" in "${radar}"`);
    });
    const table = page.getByRole('table', { name: 'Dimensions' });
    assert.equal(await table.getByRole('row').count(), results.dimensions.length + 1);
    assert.equal(await table.getByRole('columnheader').first().textContent(), 'Dimension');
    const firstRow = table.getByRole('row').nth(1).getByRole('cell');
    assert.equal(await firstRow.nth(0).textContent(), en(model.dimensions[0].title));
    assert.equal(await firstRow.nth(1).textContent(), results.dimensions[0].score.toFixed(2));
    // The stage on the ladder is said, not only drawn.
    assert.match(await page.getByRole('img', { name: /^Stage \d of 4 on the ladder/ }).getAttribute('aria-label'), /: \w/);
    assert.equal(await page.getByRole('heading', { name: 'Focus on these three next' }).count(), 1);
  });

  await step('the assessment downloads, and print sends the report to a frame', async () => {
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download answers (JSON)' }));
    const file = await download;
    assert.match(file.suggestedFilename(), /\.json$/);
    const frames = page.locator('iframe[aria-hidden="true"]');
    const before = await frames.count();
    await press(page.getByRole('button', { name: 'Print report' }));
    await page.waitForFunction((n) => document.querySelectorAll('iframe[aria-hidden="true"]').length > n, before);
  });
  assert.deepEqual(errors, []);
});

test('a screen-reader user runs a three-member team exercise to its report', async (tc) => {
  const { page, errors } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);
  const steps = () => page.getByRole('tablist', { name: 'Team' }).getByRole('tab');

  await step('the files are added with the keyboard from the Add button', async () => {
    await press(page.getByRole('navigation', { name: 'Sections' }).getByRole('tab', { name: 'Team' }));
    assert.equal(await steps().count(), 3);
    assert.equal(await steps().nth(0).getAttribute('aria-selected'), 'true');
    const chooser = page.waitForEvent('filechooser');
    // A file picker opens only from a real key press or click: Enter on the focused button.
    await page.getByRole('button', { name: 'Add answer files' }).press('Enter');
    await (await chooser).setFiles(memberFiles([['Ana', 0], ['Bo', 2], ['Chen', 3]])
      .map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await page.waitForFunction(() => window.ladder.team().respondents.length === 3);
    await idle(page);
    assert.deepEqual((await page.evaluate(() => window.ladder.team())).respondents, ['Ana', 'Bo', 'Chen']);
  });

  await step('discuss: ratings hidden, revealed, and a target agreed through its radio group', async () => {
    await press(page.getByRole('button', { name: 'Next: discuss' }));
    assert.equal(await steps().nth(1).getAttribute('aria-selected'), 'true');
    await press(page.getByRole('checkbox', { name: 'Hide individual ratings until revealed' }));
    assert.equal(await page.getByRole('checkbox', { name: 'Hide individual ratings until revealed' }).isChecked(), true);
    const reveal = page.getByRole('button', { name: 'Reveal', exact: true });
    const hidden = await reveal.count();
    assert.ok(hidden > 0, 'every category waits to be revealed');
    await press(reveal.first());
    assert.equal(await page.getByRole('button', { name: 'Reveal', exact: true }).count(), hidden - 1);
    await press(page.getByRole('button', { name: 'Reveal all' }));
    // Each category's dot plot is a picture whose name lists who chose what.
    const plot = await page.getByRole('img', { name: /Ana \d/ }).first().getAttribute('aria-label');
    for (const name of ['Ana', 'Bo', 'Chen']) assert.match(plot, new RegExp(`${name} \\d`));
    assert.match(plot, /median/);
    const team = await page.evaluate(() => window.ladder.team());
    const category = team.categories[0].id;
    const title = en(categories.find((c) => c.id === category).title);
    const group = page.getByRole('radiogroup', { name: `Target ${title}`, exact: true });
    await press(group.getByRole('radio').nth(3));
    assert.equal((await page.evaluate(() => window.ladder.team())).targets[category], 3);
  });

  await step('agree the plan: a table, a theory of change, and the report', async () => {
    await press(page.getByRole('button', { name: 'Next: agree the plan' }));
    assert.equal(await steps().nth(2).getAttribute('aria-selected'), 'true');
    const table = page.getByRole('table', { name: 'Dimensions' });
    assert.equal(await table.getByRole('row').count(), 7);
    await press(page.getByRole('button', { name: 'Start from the prompts' }));
    const toc = page.getByRole('textbox', { name: 'Theory of change', exact: true });
    const prompts = await toc.inputValue();
    assert.ok(prompts.length > 20, 'the prompts are in the field, where a screen reader reads them');
    await toc.fill('We will move by partnering with two departments.');
    await idle(page);
    assert.equal((await page.evaluate(() => window.ladder.team())).theory_of_change, 'We will move by partnering with two departments.');
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Team report (HTML)' }));
    assert.match((await download).suggestedFilename(), /\.html$/);
  });
  assert.deepEqual(errors, []);
});
