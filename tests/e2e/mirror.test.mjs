// The accessibility mirror: the widget registry as real DOM elements after the canvas, found
// the way assistive technology finds them (Playwright's role queries read the accessibility
// tree's names and roles), activated the way a screen reader does (a DOM click event, not the
// mouse: the mirror is invisible and lets the pointer through to the canvas), and written to
// only when the registry changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idle, openLadder, ui, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

// Lets `count` animation frames pass with no input, counted in the page, not timed.
async function animationFrames(page, count) {
  await page.evaluate((n) => new Promise((resolve) => {
    let left = n;
    const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), count);
}

async function mirrorStats(page) {
  const s = await page.evaluate(() => window.ladder.stats());
  return { writes: s.mirror_writes, updates: s.mirror_updates, bytes: s.mirror_bytes };
}

test('the welcome screen has a level-1 heading, the canvas is hidden and the page has its landmarks', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('status').count(), 1, 'one persistent live region');
  assert.equal(await page.getAttribute('#canvas', 'aria-hidden'), 'true');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'Start a new assessment' }).count(), 1);
  // Every button the registry has on this screen is in the mirror under its visible label.
  const registry = await page.evaluate(() => window.ladder.widgets());
  const buttons = registry.filter((w) => w.role === 'button' || w.role === 'link');
  assert.ok(buttons.length >= 2, 'the welcome screen has buttons');
  for (const w of buttons) {
    assert.ok(await page.getByRole('button', { name: w.label, exact: true }).count() >= 1, `no mirror button "${w.label}"`);
  }
  // The mirror sits where the widget is drawn, so a screen reader's highlight matches the canvas.
  const start = registry.find((w) => w.label === 'Start a new assessment');
  const box = await page.getByRole('button', { name: 'Start a new assessment' }).boundingBox();
  assert.ok(Math.abs(box.x - start.rect.x) < 1 && Math.abs(box.y - start.rect.y) < 1, `mirror at ${box.x},${box.y}, widget at ${start.rect.x},${start.rect.y}`);
  assert.deepEqual(errors, []);
});

test('a click on the mirror button does what a click on the canvas does', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.getByRole('button', { name: 'Start a new assessment' }).dispatchEvent('click');
  await idle(page);
  assert.equal((await ui(page)).screen, 'assess');
  // The new screen is mirrored too: its first level card is a radio, not checked yet.
  const radios = page.getByRole('radio');
  assert.ok(await radios.count() >= 4, 'the level cards are radios');
});

test('choosing a level through the mirror radio answers the question', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.getByRole('button', { name: 'Start a new assessment' }).dispatchEvent('click');
  await idle(page);
  const category = (await ui(page)).category;
  const card = (await page.evaluate(() => window.ladder.widgets())).find((w) => w.id === 'level-2');
  assert.ok(card, 'the level 2 card is in the registry');
  const name = card.label.replace(/\s+/g, ' ');
  const radio = page.getByRole('radio', { name, exact: true });
  assert.equal(await radio.isChecked(), false);
  const before = await mirrorStats(page);
  await radio.dispatchEvent('click');
  await idle(page);
  const after = await mirrorStats(page);
  t.diagnostic(`choosing a level: ${after.writes - before.writes} mirror writes in ${after.updates - before.updates} updates`);
  const answers = (await page.evaluate(() => window.ladder.getAssessment())).answers;
  const answer = Array.isArray(answers) ? answers.find((a) => a.category === category) : answers[category];
  assert.equal(answer?.level, 2, `answer for ${category}: ${JSON.stringify(answer)}`);
  // The mirror follows the registry: the radio is checked now (from the app, not the browser).
  assert.equal(await page.getByRole('radio', { name, exact: true }).isChecked(), true);
});

test('idle frames write nothing to the mirror; an interaction writes a little', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const first = await mirrorStats(page);
  assert.ok(first.updates >= 1 && first.writes > 0, `the first frames built the mirror: ${JSON.stringify(first)}`);
  // Frames drawn with nothing changed: the pointer moving over an empty part of the canvas
  // asks for frames, and no widget changes.
  const frames = (await page.evaluate(() => window.ladder.stats())).frames;
  await page.mouse.move(4, 700);
  await page.mouse.move(6, 702);
  await animationFrames(page, 10);
  await idle(page);
  assert.ok((await page.evaluate(() => window.ladder.stats())).frames > frames, 'frames were drawn');
  const idleStats = await mirrorStats(page);
  assert.equal(idleStats.writes - first.writes, 0, 'no mirror writes on idle frames');
  assert.equal(idleStats.updates - first.updates, 0, 'no mirror updates on idle frames');
  // One interaction: the mirror changes, and by less than rebuilding it would.
  await page.getByRole('button', { name: 'Start a new assessment' }).dispatchEvent('click');
  await idle(page);
  const after = await mirrorStats(page);
  const writes = after.writes - idleStats.writes;
  t.diagnostic(`mirror: ${first.writes} writes to build, ${writes} writes and ${after.updates - idleStats.updates} updates for one screen change, payload ${after.bytes} bytes`);
  assert.ok(writes > 0, 'the screen change reached the mirror');
  await animationFrames(page, 10);
  await idle(page);
  assert.equal((await mirrorStats(page)).writes, after.writes, 'no writes once the new screen is idle');
});

test('a confirmation is said through the live region, an error is an alert, and the questions have an h1', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.getByRole('button', { name: 'See an example' }).dispatchEvent('click');
  await idle(page);
  const toast = (await ui(page)).toast;
  assert.match(toast, /^Example opened/);
  assert.equal(await page.getByRole('status').textContent(), toast);
  const result = await page.evaluate(() => window.ladder.loadAssessment('{"format": "ladder-assessment",'));
  assert.equal(result.ok, false);
  await idle(page);
  // An error banner is an alert region: said as it appears, and there to read again.
  assert.match(await page.getByRole('alert').textContent(), /^That file could not be opened.*loadAssessment: 1:/);
  await page.getByRole('tab', { name: 'Assess', exact: true }).dispatchEvent('click');
  await idle(page);
  assert.equal((await ui(page)).screen, 'assess');
  const question = await page.getByRole('heading', { level: 1 }).textContent();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(question, 'Executive sponsorship');
});

test('two fields given values by a script before the next frame both keep them', async (t) => {
  // A form filler, or a screen reader's "fill form", sets one field after another in one go;
  // no frame runs in between, and neither value may be lost.
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.evaluate(() => {
    for (const [id, value] of [['team-name', 'Dirección Digital'], ['respondent-name', 'Tõnis']]) {
      const el = document.querySelector(`[data-ladder-id="${id}"]`);
      el.value = value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    }
  });
  await idle(page);
  const fields = Object.fromEntries((await page.evaluate(() => window.ladder.widgets()))
    .filter((w) => w.role === 'textbox').map((w) => [w.id, w.state]));
  assert.equal(fields['team-name'], 'Dirección Digital');
  assert.equal(fields['respondent-name'], 'Tõnis');
});

test('fields filled one after another, focus and all, keep every value even when one was being edited', async (t) => {
  // Playwright's fill, like assistive technology filling a form, focuses the element, then puts
  // the text in. Focus moves away from a field ImGui is editing and back before a frame runs;
  // the text must then replace the field's, not be typed into ImGui's old copy of it.
  const { page } = await openLadder(t, env.browser, env.site.url);
  const team = page.locator('[data-ladder-id="team-name"]');
  const respondent = page.locator('[data-ladder-id="respondent-name"]');
  for (let round = 0; round < 6; round++) {
    await team.fill(`Team ${round}`);
    await respondent.fill(`Person ${round}`);
    await idle(page);
    const fields = Object.fromEntries((await page.evaluate(() => window.ladder.widgets()))
      .filter((w) => w.role === 'textbox').map((w) => [w.id, w.state]));
    assert.deepEqual(fields, { 'team-name': `Team ${round}`, 'respondent-name': `Person ${round}` }, `round ${round}`);
  }
});
