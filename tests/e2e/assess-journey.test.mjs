// Journey: a head of unit completes the whole assessment with the mouse and keyboard, on real
// widgets found through window.ladder.widgets(), and sees the result the CLI computes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, idle, journey, openLadder, runCli, screen, screenshot, ui, widget, widgets, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

test('a full assessment by mouse and keyboard scores as the CLI does', async (t) => {
  const { page, errors } = await openLadder(t, env.browser, env.site.url);
  const step = journey(t);
  const model = JSON.parse(runCli(['score', '-'], runCli(['template']))).categories.map((c) => c.id);

  await step('the welcome screen takes the team and respondent names', async () => {
    await screenshot(page, 'welcome');
    assert.equal(await screen(page), 'welcome');
    await click(page, 'team-name');
    await page.keyboard.type('Servicio Digital Ñandú');
    await click(page, 'respondent-name');
    await page.keyboard.type('Kärt');
    await idle(page);
    assert.equal((await widget(page, 'team-name')).state, 'Servicio Digital Ñandú');
    await click(page, 'start-new');
    assert.equal(await screen(page), 'assess');
  });

  await step('every question is answered in order, by mouse or by a digit key', async () => {
    const categories = JSON.parse(runCli(['template'])).answers;
    assert.equal(Object.keys(categories).length, model.length);
    for (let i = 0; i < model.length; ++i) {
      assert.equal((await ui(page)).category, model[i], `question ${i + 1} shows ${model[i]}`);
      const level = (i * 7) % 4;
      if (i % 5 === 3) {
        // Keyboard: digits choose a level when no text field has focus.
        await page.keyboard.press(String(level));
        await idle(page);
      } else {
        await click(page, `level-${level}`);
      }
      assert.equal((await widget(page, `level-${level}`)).state, 'checked');
      if (i === 4) await click(page, 'dont-know');
      if (i === 6) await click(page, 'target-3');
      if (i === 2) {
        await click(page, 'note');
        await page.keyboard.type('Budget line 4.2 signed, "finally".');
      }
      if (i === 1) await screenshot(page, 'assess');
      await click(page, i + 1 < model.length ? 'next' : 'see-results');
    }
    assert.equal(await screen(page), 'results');
    await screenshot(page, 'results');
  });

  await step('the answers are kept as given and score as the CLI scores them', async () => {
    const assessment = await page.evaluate(() => window.ladder.getAssessment());
    assert.equal(assessment.team, 'Servicio Digital Ñandú');
    assert.equal(assessment.respondent, 'Kärt');
    assert.equal(assessment.answers[model[4]].dont_know, true);
    assert.equal(assessment.answers[model[6]].target, 3);
    assert.equal(assessment.answers[model[2]].note, 'Budget line 4.2 signed, "finally".');
    for (let i = 0; i < model.length; ++i) assert.equal(assessment.answers[model[i]].level, (i * 7) % 4);

    const fromPage = await page.evaluate(() => window.ladder.results());
    const fromCli = JSON.parse(runCli(['score', '-'], JSON.stringify(assessment)));
    assert.deepEqual(fromPage, fromCli);
    assert.equal(fromPage.completeness, 0.96);  // 23 of 24: one is "don't know"
    assert.deepEqual(errors, []);
  });
});

test('every screen can be reached from the navigation and is captured', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'example');
  for (const [tab, name] of [['nav-saved', 'saved'], ['nav-settings', 'settings'], ['nav-assess', 'assess'],
    ['nav-results', 'results'], ['nav-welcome', 'welcome']]) {
    await click(page, tab);
    assert.equal(await screen(page), name);
    await screenshot(page, `screen-${name}`);
  }
});

test('the page works at phone width with the side list collapsed', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { viewport: { width: 360, height: 740 } });
  await click(page, 'start-new');
  assert.equal(await screen(page), 'assess');
  const ids = (await widgets(page)).map((w) => w.id);
  assert.ok(!ids.some((id) => id.startsWith('side-')), 'no side list on a phone');
  assert.ok(ids.includes('nav-menu'), 'navigation folds into a menu');
  await click(page, 'level-1');
  const card = await widget(page, 'level-1');
  assert.equal(card.state, 'checked');
  assert.ok(card.rect.x >= 0 && card.rect.x + card.rect.w <= 360, 'cards fit the screen');
  await screenshot(page, 'assess-phone');
  await click(page, 'nav-menu');
  await click(page, 'nav-results');
  assert.equal(await screen(page), 'results');
  await screenshot(page, 'results-phone');
});

test('the canvas is sharp on HiDPI screens and fits a 4K window', async (t) => {
  for (const [viewport, ratio] of [[{ width: 1000, height: 700 }, 2], [{ width: 3840, height: 2160 }, 1]]) {
    await t.test(`${viewport.width}x${viewport.height} at ratio ${ratio}`, async (st) => {
      const { page } = await openLadder(st, env.browser, env.site.url, { viewport, deviceScaleFactor: ratio });
      const size = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
      });
      assert.equal(size.w, size.cssW * ratio, 'backing store follows devicePixelRatio');
      assert.equal(size.h, size.cssH * ratio);
      await click(page, 'start-new');
      const card = await widget(page, 'level-3');
      assert.ok(card.rect.x > 0 && card.rect.x + card.rect.w < viewport.width, 'cards inside the window');
      await screenshot(page, `assess-${viewport.width}x${ratio}`);
    });
  }
});

test('print sends the report to a hidden frame, not the canvas', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'example');
  // The frame removes itself once printed: record it as it is added, whenever that is.
  await page.evaluate(() => {
    window.printFrames = [];
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) if (node.tagName === 'IFRAME') window.printFrames.push(node.srcdoc.slice(0, 15));
      }
    }).observe(document.body, { childList: true });
  });
  await click(page, 'print');
  assert.deepEqual(await page.evaluate(() => window.printFrames), ['<!doctype html>']);
});

test('text typed through an input method (IME) arrives once composed, into the field\'s own element', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'team-name');
  // The field's mirror element has the focus: it is where the IME writes.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-ladder-id')), 'team-name');
  await page.keyboard.type('Ann');
  await idle(page);
  // The browser's IME, driven as Chromium drives it: a composition shown, not yet text...
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ñ', selectionStart: 1, selectionEnd: 1 });
  await idle(page);
  assert.equal((await widget(page, 'team-name')).state, 'Ann');
  // ...then committed, once, and edited like any other text.
  await cdp.send('Input.imeSetComposition', { text: 'Ñandú', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.insertText', { text: 'Ñandú' });
  await idle(page);
  assert.equal((await widget(page, 'team-name')).state, 'AnnÑandú');
  await page.keyboard.press('Backspace');
  await idle(page);
  assert.equal((await widget(page, 'team-name')).state, 'AnnÑand');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'AnnÑand', 'the element shows what is drawn');
});
