// Target size (WCAG 2.5.8, at least 24 by 24 CSS px): every interactive widget on every screen,
// every step of the team exercise, the projector, the toast's Undo and the narrow layout's
// menu, at 100 % text. Headings and the dot plots (images) are not targets; Ladder has no
// inline text links, so links (quiet buttons) are held to the same size.
//
// A widget is measured where it is fully on screen (measureTargets in helpers.mjs, shared with
// touch.test.mjs, which holds a phone to 44 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTargetSizes, click, dropFiles, idle, measureTargets as measure, openLadder, runCli, screen, useBrowserAndSite,
  widgets } from './helpers.mjs';

const env = useBrowserAndSite();

const MIN = 24;
const assertTargets = (where, measured) => assertTargetSizes(where, measured, MIN);

// Three members of one team, from the CLI's template, who disagree on every third category.
function memberFiles() {
  const template = JSON.parse(runCli(['template']));
  const ids = Object.keys(template.answers);
  return ['Ana', 'Bo', 'Chen'].map((name, r) => {
    const file = structuredClone(template);
    file.team = 'Targets team';
    file.respondent = name;
    file.updated = `2026-11-2${r}T10:00:00Z`;
    ids.forEach((id, k) => { file.answers[id].level = k % 3 === 0 ? r + (r === 2 ? 1 : 0) : (k + r) % 2 + 1; });
    return { name: `${name.toLowerCase()}.json`, text: JSON.stringify(file) };
  });
}

test('every target on every screen is at least 24 by 24 CSS px', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const check = async (where) => assertTargets(where, await measure(page));

  await t.test('welcome', () => check('welcome'));
  await t.test('assess', async () => {
    await click(page, 'example');
    await click(page, 'nav-assess');
    await check('assess');
  });
  await t.test('results', async () => {
    await click(page, 'nav-results');
    await check('results');
  });
  await t.test('my assessments, with a comparison and the toast with Undo', async () => {
    await click(page, 'nav-saved');
    const open = (await widgets(page)).find((w) => w.id.startsWith('open-'));
    await click(page, `duplicate-${open.id.slice('open-'.length)}`);
    const all = (await widgets(page)).filter((w) => w.id.startsWith('compare-'));
    for (const box of all) await click(page, box.id);
    await check('my assessments');
    const copy = (await widgets(page)).filter((w) => w.id.startsWith('delete-')).at(-1);
    await click(page, copy.id);
    assert.ok((await widgets(page)).some((w) => w.id === 'toast-undo'), 'the toast offers Undo');
    await check('my assessments with the Undo toast');
    await click(page, 'toast-undo');
  });
  await t.test('settings, and clearing asked for', async () => {
    await click(page, 'nav-settings');
    await check('settings');
    await click(page, 'clear-all');
    await check('settings, confirming');
    await click(page, 'clear-cancel');
  });
  await t.test('team: collect, with the saved list open', async () => {
    await click(page, 'nav-team');
    await dropFiles(page, [...memberFiles(), { name: 'broken.json', text: '{' }]);
    await click(page, 'team-add-saved');
    assert.equal(await screen(page), 'team');
    await check('team step 1');
  });
  await t.test('team: discuss, ratings shown and hidden', async () => {
    await click(page, 'team-step-1');
    await check('team step 2');
    await click(page, 'hide-ratings');
    await check('team step 2, ratings hidden');
    await click(page, 'hide-ratings');
  });
  await t.test('team: the projector', async () => {
    await click(page, 'projector-open');
    await check('projector');
    await click(page, 'projector-close');
  });
  await t.test('team: agree the plan', async () => {
    await click(page, 'team-step-2');
    await check('team step 3');
  });
});

test('targets in the narrow layout, with the menu open', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { viewport: { width: 390, height: 844 } });
  assertTargets('narrow welcome', await measure(page));
  await click(page, 'nav-menu');
  assert.ok((await widgets(page)).some((w) => w.id === 'nav-settings'), 'the menu lists the screens');
  // The open menu is measured: the page under it was, just before, and does not scroll while
  // the menu is open (with seven sections it reaches the middle of a phone, where the wheel is).
  assertTargets('narrow menu', await measure(page, { layer: 'overlay' }));
  await click(page, 'nav-settings');
  await idle(page);
  assertTargets('narrow settings', await measure(page));
});
