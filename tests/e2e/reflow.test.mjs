// Zoom and reflow: at 320 CSS pixels wide (a small phone, or a 1280 px window at 400 % zoom) and
// with the text at 200 %, every screen still fits its width: no control runs off the right
// edge, so nothing needs scrolling sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropFiles, idle, journey, memberFiles, openLadder, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();
const WIDTH = 320;

async function press(page, role, name) {
  await page.getByRole(role, { name, exact: true }).dispatchEvent('click');
  await idle(page);
}

// Every widget of the screen lies within the window's width (a pixel of rounding allowed).
async function fits(page, where) {
  await idle(page);
  const widgets = await page.evaluate(() => window.ladder.widgets());
  const over = widgets.filter((w) => w.rect.x < -1 || w.rect.x + w.rect.w > WIDTH + 1)
    .map((w) => `${w.id} (${w.rect.x}..${w.rect.x + w.rect.w})`);
  assert.deepEqual(over, [], `${where}: wider than ${WIDTH} px`);
  assert.ok(widgets.length > 0, `${where}: widgets drawn`);
}

test('every screen fits 320 px with the text at 200 %', async (tc) => {
  const { page } = await openLadder(tc, env.browser, env.site.url, { viewport: { width: WIDTH, height: 640 } });
  const step = journey(tc);
  await step('text size 200 %', async () => {
    await press(page, 'button', 'Menu');
    await press(page, 'tab', 'Settings');
    const slider = page.getByRole('slider', { name: 'Text size' });
    await slider.fill('200');
    await idle(page);
    assert.equal(await slider.inputValue(), '200');
    await fits(page, 'Settings');
  });
  const screens = [['Start', 'Welcome'], ['Assess', 'Assess'], ['Results', 'Results'], ['My assessments', 'My assessments'],
    ['Team', 'Team']];
  for (const [tab, where] of screens) {
    await step(where, async () => {
      await press(page, 'button', 'Menu');
      await press(page, 'tab', tab);
      await fits(page, where);
    });
  }
  await step('the team exercise with members', async () => {
    const files = memberFiles([['Ana', 0], ['Bo', 2]]);
    await dropFiles(page, files);
    await fits(page, 'Team, collect');
    await press(page, 'button', 'Next: discuss');
    await fits(page, 'Team, discuss');
    await press(page, 'button', 'Next: agree the plan');
    await fits(page, 'Team, plan');
  });
});
