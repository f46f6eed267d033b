// Journey: someone who uses only the keyboard. Every action is a key press (page.keyboard);
// the focused element's accessible name is recorded at each step, which is what a keyboard or
// screen-reader user hears, and ImGui's focus (its ring on the canvas) must be on the same
// widget. Focus never gets trapped, never vanishes, and Escape does not lose it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idle, openLadder, root, runCli, screen, screenshot, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const model = JSON.parse(readFileSync(join(root, 'core/models/digital-services.json'), 'utf8'));
const categories = model.dimensions.flatMap((d) => d.categories);

// Where the keyboard is: the focused element's accessible name and mirror id, and the widget
// ImGui has focused (the one its ring is drawn around).
async function focus(page) {
  await idle(page);
  return page.evaluate(() => {
    const el = document.activeElement;
    const mirror = document.getElementById('ladder-mirror');
    const inside = !!mirror && mirror.contains(el) && el !== mirror;
    return {
      inside,
      id: inside ? el.getAttribute('data-ladder-id') : '',
      name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim(),
      imgui: (window.ladder.widgets().find((w) => w.focused) || {}).id || '',
    };
  });
}

// Two members' answers saved in this browser (Ana all 0, Bo all 3), for the team exercise.
async function saveMembers(page) {
  const example = JSON.parse(readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8'));
  for (const [name, level] of [['Ana', 0], ['Bo', 3]]) {
    const file = { ...structuredClone(example), respondent: name };
    for (const answer of Object.values(file.answers)) answer.level = level;
    await page.evaluate((text) => window.ladder.loadAssessment(text), JSON.stringify(file));
  }
  await idle(page);
}

// Presses `key` and returns the new focus, checking that ImGui followed the DOM.
async function pressAndFollow(page, key, heard) {
  await page.keyboard.press(key);
  const now = await focus(page);
  heard.push(`${key} -> ${now.name}`);
  if (now.inside) assert.equal(now.imgui, now.id, `after ${key}, ImGui's focus is on "${now.id}" too`);
  return now;
}

// Presses Tab until the element named `name` (or with this mirror id) has the focus.
async function tabTo(page, wanted, heard, limit = 80) {
  let now = await focus(page);
  for (let i = 0; i < limit; ++i) {
    if (now.name === wanted || now.id === wanted) return now;
    now = await pressAndFollow(page, 'Tab', heard);
  }
  throw new Error(`Tab never reached "${wanted}"; heard: ${heard.slice(-8).join(' | ')}`);
}

test('an assessment from the welcome screen to the downloaded results, with the keyboard alone', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const heard = [];
  await tabTo(page, 'Team or unit name (optional)', heard);
  await page.keyboard.type('Équipe clavier');
  await tabTo(page, 'Start a new assessment', heard);
  await screenshot(page, 'keyboard-focus');
  await pressAndFollow(page, 'Enter', heard);
  assert.equal(await screen(page), 'assess');
  assert.equal((await page.evaluate(() => window.ladder.getAssessment())).team, 'Équipe clavier');

  const chosen = {};
  for (let k = 0; k < categories.length; ++k) {
    // A new question starts on its first level card.
    let now = await focus(page);
    assert.equal(now.id, 'level-0', `question ${k + 1} starts on its first card`);
    const level = (k * 5) % 4;
    if (level === 0) {
      now = await pressAndFollow(page, 'Space', heard);
    } else {
      // The arrows move through the cards and choose as they go, as in any radio group.
      for (let i = 0; i < level; ++i) now = await pressAndFollow(page, 'ArrowDown', heard);
    }
    assert.equal(now.id, `level-${level}`);
    chosen[categories[k].id] = level;
    await tabTo(page, k + 1 < categories.length ? 'next' : 'see-results', heard);
    await pressAndFollow(page, 'Enter', heard);
  }
  assert.equal(await screen(page), 'results');
  const answers = (await page.evaluate(() => window.ladder.getAssessment())).answers;
  for (const [id, level] of Object.entries(chosen)) assert.equal(answers[id].level, level, id);
  const expected = JSON.parse(runCli(['score', '-'], JSON.stringify(await page.evaluate(() => window.ladder.getAssessment()))));
  assert.deepEqual((await page.evaluate(() => window.ladder.results())).overall, expected.overall);

  await tabTo(page, 'Download answers (JSON)', heard);
  const download = page.waitForEvent('download');
  await pressAndFollow(page, 'Enter', heard);
  assert.match((await download).suggestedFilename(), /\.json$/);
  await tabTo(page, 'Print report', heard);
  const frames = await page.locator('iframe').count();
  await pressAndFollow(page, 'Enter', heard);
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length > n, frames);
  t.diagnostic(`${heard.length} key presses; the last ones heard: ${heard.slice(-6).join(' | ')}`);
});

test('a facilitator runs the team exercise with the keyboard alone', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const heard = [];
  await saveMembers(page);  // the set-up, not the journey
  await tabTo(page, 'nav-team', heard);
  await pressAndFollow(page, 'Enter', heard);
  assert.equal(await screen(page), 'team');
  await tabTo(page, 'team-add-saved', heard);
  await pressAndFollow(page, 'Enter', heard);
  for (let i = 0; i < 2; ++i) {
    // The next "Add" of an assessment of this browser not added yet.
    const next = (await page.evaluate(() => window.ladder.widgets()))
      .find((w) => w.id.startsWith('add-saved-') && w.state !== 'disabled');
    assert.ok(next, 'an assessment of this browser to add');
    await tabTo(page, next.id, heard);
    await pressAndFollow(page, 'Enter', heard);
    assert.equal((await page.evaluate(() => window.ladder.team())).respondents.length, i + 1);
  }
  await tabTo(page, 'team-next-discuss', heard);
  await pressAndFollow(page, 'Enter', heard);
  // A category's target chips are one radio group: Tab reaches the chosen one, the arrows
  // choose another.
  const team = await page.evaluate(() => window.ladder.team());
  const mandate = team.targets_in_force.mandate;
  assert.ok(mandate !== null, 'a target is in force for mandate');
  await tabTo(page, `target-mandate-${mandate}`, heard, 200);
  const goal = mandate === 3 ? 2 : 3;
  let now;
  for (let level = mandate; level !== goal; level += Math.sign(goal - mandate)) {
    now = await pressAndFollow(page, goal > mandate ? 'ArrowRight' : 'ArrowLeft', heard);
  }
  assert.equal(now.id, `target-mandate-${goal}`);
  assert.equal((await page.evaluate(() => window.ladder.team())).targets.mandate, goal);
  await screenshot(page, 'keyboard-team');
});

test('Tab goes through the app in reading order and out of it; Shift+Tab comes back', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const heard = [];
  const stops = [];
  let left = false;
  for (let i = 0; i < 70; ++i) {
    const now = await pressAndFollow(page, 'Tab', heard);
    if (!now.inside) {
      left = true;
      break;
    }
    stops.push(now.id);
  }
  assert.ok(left, `70 presses of Tab never left the app: ${stops.join(', ')}`);
  // Reading order: the same order as the widgets are drawn, top bar first.
  const drawn = (await page.evaluate(() => window.ladder.widgets()))
    .filter((w) => !['heading', 'img'].includes(w.role)).map((w) => w.id);
  assert.deepEqual(stops, drawn);
  const back = await pressAndFollow(page, 'Shift+Tab', heard);
  assert.equal(back.id, stops[stops.length - 1], 'Shift+Tab returns to the last widget');
});

test('Escape does not lose the focus, and the digit shortcuts work where the focus is shown', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const heard = [];
  await tabTo(page, 'Start a new assessment', heard);
  await pressAndFollow(page, 'Enter', heard);
  const before = await focus(page);
  assert.equal(before.id, 'level-0');
  const after = await pressAndFollow(page, 'Escape', heard);
  assert.equal(after.id, 'level-0', 'the focus stays where it was');
  assert.equal(after.imgui, 'level-0', 'and so does the ring on the canvas');
  await pressAndFollow(page, '2', heard);
  const state = await page.evaluate(() => window.ladder.widgets().find((w) => w.id === 'level-2').state);
  assert.equal(state, 'checked', 'the shortcut chose level 2');
  // Escape in a text field keeps what was typed (ImGui would revert the edit).
  await tabTo(page, 'note', heard);
  await page.keyboard.type('Kept');
  await pressAndFollow(page, 'Escape', heard);
  const note = await page.evaluate(() => window.ladder.widgets().find((w) => w.id === 'note').state);
  assert.equal(note, 'Kept');
  assert.equal((await focus(page)).id, 'note');
});

test('a presentation clicker drives the projector view: Page Down, Page Up, and R to reveal', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const heard = [];
  // Set-up: two members' answers in the exercise, ratings hidden.
  await saveMembers(page);
  await page.getByRole('tab', { name: 'Team' }).dispatchEvent('click');
  await idle(page);
  await page.getByRole('button', { name: 'Add from this browser' }).dispatchEvent('click');
  await idle(page);
  for (let i = 0; i < 2; ++i) {
    await page.getByRole('button', { name: 'Add', exact: true }).first().dispatchEvent('click');
    await idle(page);
  }
  await page.getByRole('button', { name: 'Next: discuss' }).dispatchEvent('click');
  await idle(page);
  await page.getByRole('checkbox', { name: 'Hide individual ratings until revealed' }).dispatchEvent('click');
  await idle(page);
  // The facilitator opens the projector view from the keyboard; from then on, only the clicker.
  await page.getByRole('button', { name: 'Projector view' }).focus();
  await pressAndFollow(page, 'Enter', heard);
  const title = () => page.getByRole('heading', { level: 1 }).textContent();
  const first = await title();
  assert.equal((await focus(page)).id, 'projector-next', 'the view opens on Next');
  await pressAndFollow(page, 'PageDown', heard);
  const second = await title();
  assert.notEqual(second, first, 'Page Down shows the next category');
  await pressAndFollow(page, 'PageUp', heard);
  assert.equal(await title(), first, 'Page Up goes back');
  const before = (await page.evaluate(() => window.ladder.team())).revealed.length;
  await pressAndFollow(page, 'r', heard);
  assert.equal((await page.evaluate(() => window.ladder.team())).revealed.length, before + 1, 'R reveals the category shown');
  const out = await pressAndFollow(page, 'Escape', heard);
  assert.equal((await page.evaluate(() => window.ladder.ui())).projector, false);
  assert.equal(out.id, 'projector-open', 'the focus returns to the button that opened the view');
});
