// What a screen reader hears on each screen, kept as text: the accessibility tree of the page
// (Playwright's aria snapshot: roles, names, states, in reading order) compared with the file
// checked in under tests/e2e/aria/. A lost name, a role gone wrong or a control that vanished
// from the tree fails here even when nothing looks different on the canvas. The files double
// as documentation of each screen for a screen-reader user.
//
// After a deliberate change, rewrite them with LADDER_UPDATE_ARIA=1 and review the diff as you
// would review a change to what a blind colleague hears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropFiles, idle, journey, memberFiles, openLadder, root, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const folder = join(root, 'tests/e2e/aria');
const update = process.env.LADDER_UPDATE_ARIA === '1';

// The snapshot of the whole page, with what changes from run to run (today's date) masked.
async function snapshot(page) {
  await idle(page);
  const text = await page.locator('body').ariaSnapshot();
  // Dates change from run to run: "2026-11-29" and "November 29, 2026" alike become DATE.
  const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
  return `${text.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE').replace(new RegExp(`(${months}) \\d{1,2}, \\d{4}`, 'g'), 'DATE')}\n`;
}

async function check(page, name) {
  const actual = await snapshot(page);
  // Nothing is drawn outside the app's windows (ImGui would show a stray "Debug" window).
  assert.equal((await page.evaluate(() => window.ladder.stats())).stray_window, false, `a stray ImGui window on "${name}"`);
  const file = join(folder, `${name}.yml`);
  if (update || !existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, actual);
    if (!update) assert.fail(`${name}.yml did not exist; written now: review it and commit it`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `what a screen reader hears on "${name}" changed (LADDER_UPDATE_ARIA=1 rewrites tests/e2e/aria/)`);
}

async function press(page, role, name) {
  await page.getByRole(role, { name, exact: true }).dispatchEvent('click');
  await idle(page);
}

test('each screen reads as its snapshot says', async (tc) => {
  const { page } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);
  await step('welcome', () => check(page, 'welcome'));
  await step('assess, the first question', async () => {
    await press(page, 'button', 'Start a new assessment');
    await check(page, 'assess');
  });
  await step('results of the example', async () => {
    await press(page, 'tab', 'Start');
    await press(page, 'button', 'See an example');
    await press(page, 'tab', 'Results');
    await check(page, 'results');
  });
  await step('my assessments', async () => {
    await press(page, 'tab', 'My assessments');
    await check(page, 'saved');
  });
  await step('settings', async () => {
    await press(page, 'tab', 'Settings');
    await check(page, 'settings');
  });
  await step('the team exercise, each step', async () => {
    await press(page, 'tab', 'Team');
    const files = memberFiles([['Ana', 0], ['Bo', 2], ['Chen', 3]]);
    await dropFiles(page, files);
    await check(page, 'team-collect');
    await press(page, 'button', 'Next: discuss');
    await check(page, 'team-discuss');
    await press(page, 'button', 'Next: agree the plan');
    await check(page, 'team-plan');
  });
  await step('peers, with five teams', async () => {
    await press(page, 'tab', 'Peers');
    const teams = [0, 1, 2, 3, 4].map((k) => memberFiles([[`Lead${k}`, k % 4]], `Unit ${k}`)[0]);
    await dropFiles(page, teams);
    await check(page, 'peers');
  });
});
