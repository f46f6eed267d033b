// A large team on the Discuss step: the rows far out of view are not drawn (their space and
// their mirror records stand in for them), yet the mirror has every row whole and right, the
// rows move with the page, a change reaches them at once, and the mirror can act on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, dropFiles, idle, journey, memberFiles, openLadder, useBrowserAndSite, wheel, widget, widgets } from './helpers.mjs';

const env = useBrowserAndSite();

const MEMBERS = 30;

test('a 30-member discussion: rows out of view stand in, and the mirror still has each one whole', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const files = memberFiles(Array.from({ length: MEMBERS }, (_, r) => [`Member ${r + 1}`, r % 4]));
  // What each category's dot plot must say: the members by level, in the order they joined.
  const levels = files.map((f) => JSON.parse(f.text).answers);
  const expectedLabel = (id) => {
    const said = [];
    for (let level = 0; level < 4; ++level) {
      levels.forEach((answers, r) => { if (answers[id].level === level) said.push(`Member ${r + 1} ${level}`); });
    }
    return said.join(', ');
  };
  const stats = async () => { await idle(page); return page.evaluate(() => window.ladder.stats()); };
  // The rows in reading order: the last one is the farthest from the top.
  const rows = async () => (await widgets(page)).filter((w) => w.id.startsWith('ratings-'));
  const step = journey(t);
  let last = '';

  await step('every category has its row in the mirror, the far ones too, naming every member', async () => {
    await click(page, 'nav-team');
    await dropFiles(page, files);
    await click(page, 'team-next-discuss');
    const all = await rows();
    const categories = Object.keys(levels[0]);
    assert.equal(all.length, categories.length);
    assert.ok((await stats()).blocks_stood_in > 0, 'rows far out of view are stood in for');
    for (const w of all) assert.ok(w.label.startsWith(expectedLabel(w.id.slice('ratings-'.length))), `the dot plot ${w.id} says "${w.label}"`);
    last = all[all.length - 1].id.slice('ratings-'.length);
    assert.equal(await page.locator(`[data-ladder-id="target-${last}-2"]`).count(), 1, 'the far row\'s target chips are in the mirror');
  });

  await step('a row out of view moves with the page', async () => {
    const top = await widget(page, 'hide-ratings');  // drawn in every frame
    const far = await widget(page, `ratings-${last}`);
    await wheel(page, 200);
    const moved = top.rect.y - (await widget(page, top.id)).rect.y;
    assert.ok(moved > 0, 'the page scrolled');
    assert.ok((await stats()).blocks_stood_in > 0, 'the far row is still stood in for');
    assert.equal(far.rect.y - (await widget(page, far.id)).rect.y, moved);
    await wheel(page, -200);
  });

  await step('hiding the ratings reaches the rows out of view at once', async () => {
    await click(page, 'hide-ratings');
    const hidden = await widget(page, `ratings-${last}`);
    assert.equal(hidden.state, 'hidden');
    assert.equal(hidden.label, `${MEMBERS} ratings hidden`);
    await click(page, 'hide-ratings');
    assert.ok((await widget(page, `ratings-${last}`)).label.startsWith(expectedLabel(last)));
  });

  await step('the mirror sets a target in a row out of view, and focus there brings it into view', async () => {
    assert.ok((await stats()).blocks_stood_in > 0);
    await page.locator(`[data-ladder-id="target-${last}-2"]`).dispatchEvent('click');
    await idle(page);
    assert.equal((await page.evaluate(() => window.ladder.team())).targets[last], 2);
    assert.equal((await widget(page, `target-${last}-2`)).state, 'checked');
    await page.locator(`[data-ladder-id="target-${last}-3"]`).focus();
    await idle(page);
    const focused = await widget(page, `target-${last}-3`);
    assert.equal(focused.focused, true);
    const viewport = page.viewportSize();
    assert.ok(focused.rect.y >= 0 && focused.rect.y + focused.rect.h <= viewport.height, `in view: y ${focused.rect.y}`);
  });
});
