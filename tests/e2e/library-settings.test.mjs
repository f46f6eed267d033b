// Journeys around the assessment: several saved in the browser (duplicate, delete with undo,
// compare), settings that persist (theme, text size), a theme that follows the browser until
// one is picked, clearing everything with confirmation,
// and the clipboard (copy a summary; paste into a text field).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, idle, journey, openLadder, reload, root, runCli, screen, screenshot, ui, widget, widgets, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

const ids = async (page, prefix) => (await widgets(page)).filter((w) => w.id.startsWith(prefix)).map((w) => w.id);
const stored = (page, id) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `ladder.v1.assessment.${id}`);

test('saved assessments can be duplicated, deleted with undo and compared', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const step = journey(t);
  let id, copy, changed;

  await step('the example is saved and duplicated', async () => {
    await click(page, 'example');
    await click(page, 'nav-saved');
    const [first] = await ids(page, 'open-');
    id = first.slice('open-'.length);
    await click(page, `duplicate-${id}`);
    assert.equal((await ids(page, 'open-')).length, 2);
    copy = (await ids(page, 'open-')).map((x) => x.slice(5)).find((x) => x !== id);
  });

  await step('the copy is changed so that the comparison has something to show', async () => {
    await click(page, `open-${copy}`);
    await click(page, 'nav-assess');
    changed = (await ui(page)).category;
    assert.notEqual((await stored(page, id)).answers[changed].level, 3, 'the answer really changes');
    await click(page, 'level-3');
    assert.equal((await stored(page, copy)).answers[changed].level, 3, 'the change is saved');
  });

  await step('two ticked assessments are compared, older first, per dimension', async () => {
    await click(page, 'nav-saved');
    await click(page, `compare-${id}`);
    await click(page, `compare-${copy}`);
    await screenshot(page, 'saved-compare');
    assert.equal((await widget(page, `compare-${id}`)).state, 'checked');
    assert.equal((await widget(page, `compare-${copy}`)).state, 'checked');

    // The table shows the app's comparison of the two saved assessments (window.ladder.ui()
    // .compare is what it is drawn from): it must equal ladder-cli compare of the same two
    // files, agree with each one scored on its own and with the page's score of the open
    // copy, and the one changed answer moves its dimension and nothing else.
    let [older, newer] = [await stored(page, id), await stored(page, copy)];
    if (older.updated > newer.updated) [older, newer] = [newer, older];
    assert.equal(newer.answers[changed].level, 3, 'the changed copy is the newer one');
    const folder = mkdtempSync(join(tmpdir(), 'ladder-compare-'));
    writeFileSync(join(folder, 'older.json'), JSON.stringify(older));
    writeFileSync(join(folder, 'newer.json'), JSON.stringify(newer));
    const comparison = JSON.parse(runCli(['compare', join(folder, 'older.json'), join(folder, 'newer.json')]));
    const shown = (await ui(page)).compare;
    assert.deepEqual(shown.dimensions, comparison.dimensions, 'the table shows what ladder-cli compare gives');
    // Named by team and date, the date written as the browser's locale (en-US here) writes it.
    const day = new Date(older.updated).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    assert.equal(shown.older, `${older.team} (${day})`);
    const scoreOlder = JSON.parse(runCli(['score', join(folder, 'older.json')]));
    const scoreNewer = JSON.parse(runCli(['score', join(folder, 'newer.json')]));
    assert.deepEqual(await page.evaluate(() => window.ladder.results()), scoreNewer, 'the page scores the open copy as the CLI does');
    assert.deepEqual(comparison.dimensions.map((d) => d.id), scoreOlder.dimensions.map((d) => d.id));
    comparison.dimensions.forEach((d, i) => {
      const before = scoreOlder.dimensions[i].score, after = scoreNewer.dimensions[i].score;
      assert.ok(Math.abs(d.before - before) < 0.006 && Math.abs(d.after - after) < 0.006, `${d.id}: the scores compared`);
      assert.ok(Math.abs(d.change - (after - before)) < 0.006, `${d.id}: change ${d.change} is ${after} - ${before}`);
    });
    const moved = comparison.dimensions.filter((d) => d.change !== 0);
    const model = JSON.parse(readFileSync(join(root, 'core/models/digital-services.json'), 'utf8'));
    const home = model.dimensions.find((d) => d.categories.some((c) => c.id === changed)).id;
    assert.deepEqual(moved.map((d) => d.id), [home], 'one answer changed: its dimension moved, and no other');
    assert.ok(moved[0].change > 0, 'up to level 3 is a rise');
  });

  await step('a deleted assessment comes back with Undo', async () => {
    await click(page, `delete-${copy}`);
    assert.equal((await ids(page, 'open-')).length, 1);
    assert.match((await ui(page)).toast, /^Deleted/);
    await click(page, 'toast-undo');
    assert.equal((await ids(page, 'open-')).length, 2, 'undo brings it back');
  });
});

test('theme and text size persist across a reload', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-settings');
  await click(page, 'theme-dark');
  const slider = await widget(page, 'text-size');
  await page.mouse.click(slider.rect.x + slider.rect.w - 2, slider.rect.y + slider.rect.h - 10);
  await idle(page);
  assert.equal((await widget(page, 'text-size')).state, '200');
  await reload(page);
  assert.equal(await screen(page), 'settings');
  assert.equal((await widget(page, 'theme-dark')).state, 'checked');
  assert.equal((await widget(page, 'text-size')).state, '200');
  await click(page, 'nav-assess');
  await screenshot(page, 'assess-dark-200');
  const card = await widget(page, 'level-0');
  assert.ok(card.rect.x + card.rect.w <= 1280, 'cards still fit at 200 %');
});

test('a first visit follows the browser (more contrast, else dark); a theme picked in Settings wins after that', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { colorScheme: 'dark', contrast: 'more' });
  await click(page, 'nav-settings');
  assert.equal((await widget(page, 'theme-contrast')).state, 'checked', 'more contrast comes first');
  await page.emulateMedia({ contrast: 'no-preference' });
  await reload(page);
  assert.equal((await widget(page, 'theme-dark')).state, 'checked', 'nothing was stored: the browser decides again');
  await click(page, 'theme-light');
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  await reload(page);
  assert.equal((await widget(page, 'theme-light')).state, 'checked', 'the choice is remembered');
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('ladder.v1.state'))).theme, 'light');
});

test('clearing all data asks first, then removes everything', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'example');
  await click(page, 'nav-settings');
  await click(page, 'clear-all');
  await click(page, 'clear-cancel');
  assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('ladder.v1.assessment.'))));
  await click(page, 'clear-all');
  await click(page, 'clear-yes');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ladder.v1.assessment.'))), []);
});

test('copy summary puts the stages on the clipboard, and paste reaches a text field', async (t) => {
  const { page, context } = await openLadder(t, env.browser, env.site.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.site.url).origin });
  await click(page, 'example');
  await click(page, 'copy-summary');  // idle() waits for the clipboard write to finish
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Example digital service unit\nOverall stage: Getting started/);
  assert.match(text, /Cross-government platforms: Not yet started/);

  await click(page, 'nav-assess');
  await click(page, 'note');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Pasted: año, œuvre, šokolaad');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await idle(page);
  assert.equal((await widget(page, 'note')).state, 'Pasted: año, œuvre, šokolaad');
});
