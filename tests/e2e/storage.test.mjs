// Storage that goes wrong, as a user meets it: the same assessment open in two tabs, the
// browser's storage full or switched off, saved entries that cannot be read, and the program
// itself stopping. In each case nothing the user did is lost and the page says what happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, downloadText, idle, openLadder, ready, reload, screenshot, ui, widget, widgets, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite();

async function assessment(page) {
  await idle(page);
  return page.evaluate(() => window.ladder.getAssessment());
}

// A second tab of the same browser profile: same origin, same localStorage.
async function secondTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  return page;
}

// Waits until another tab's write has reached this one and it asks what to keep.
async function conflictShown(page) {
  await widget(page, 'conflict-keep-mine');
  return (await ui(page)).conflict;
}

// Waits until this tab has heard of `count` writes by other tabs.
async function heard(page, count) {
  await page.waitForFunction((n) => window.ladder.ui().tab_writes >= n, count);
}

// The tab the user works in is the one in front (a tab behind gets no animation frames, so it
// would only draw once it is brought forward, as in a real browser).
async function inFront(page) {
  await page.bringToFront();
  return page;
}

async function startAnswering(page, levels) {
  await click(page, 'start-new');
  for (const level of levels) {
    await click(page, `level-${level}`);
    await click(page, 'next');
  }
}

test('two tabs: a change in one is offered to the other, per question, and nothing is lost', async (t) => {
  const { page: a, context } = await openLadder(t, env.browser, env.site.url);
  await startAnswering(a, [1]);
  const b = await secondTab(context, env.site.url);  // reopens the assessment a has open
  const first = Object.entries((await assessment(a)).answers).find(([, x]) => x.level === 1)[0];
  assert.equal((await assessment(b)).answers[first].level, 1);

  await click(await inFront(a), 'level-3');  // the second question, in tab a
  const conflict = await conflictShown(await inFront(b));
  assert.equal(conflict.team, false);
  assert.equal(conflict.choices.length, 1);
  assert.equal(conflict.choices[0].theirs, true, 'b had not changed that question: a\'s answer is offered');
  const choice = conflict.choices[0].category;
  assert.equal((await widget(b, `conflict-theirs-${choice}`)).state, 'checked');
  assert.match((await widget(b, `conflict-theirs-${choice}`)).label, /Other tab: Level 3/);
  await screenshot(b, 'storage-two-tabs-notice');
  // b's own version is still what b shows, and b writes nothing while the choice waits.
  assert.equal((await assessment(b)).answers[choice].level, null);
  const heardBefore = (await ui(a)).tab_writes;
  const storedBefore = await b.evaluate(() => JSON.stringify(localStorage));
  await click(b, 'conflict-keep-chosen');
  assert.equal((await ui(b)).conflict, null);
  assert.equal((await assessment(b)).answers[choice].level, 3);
  assert.equal((await assessment(b)).answers[first].level, 1);
  // b's write of the settled version reaches a, which holds the same answers: nothing to ask.
  // (Within the same second as a's own write the text is identical, and a browser tells other
  // tabs only of writes that change a value: then there is nothing for a to hear.)
  if (await b.evaluate(() => JSON.stringify(localStorage)) !== storedBefore) await heard(await inFront(a), heardBefore + 1);
  assert.equal((await ui(await inFront(a))).conflict, null);

  // Now each keeps its own: b keeps its version whole, and a, told of it, takes it.
  await click(await inFront(b), 'level-0');  // b's current question is still the first
  await conflictShown(await inFront(a));
  await click(a, 'conflict-keep-mine');
  const shownInB = await conflictShown(await inFront(b));
  assert.equal(shownInB.choices.length, 1);
  await click(b, 'conflict-keep-theirs');
  assert.equal((await assessment(b)).answers[first].level, 1, 'b took a\'s version');
  const stored = JSON.parse(await b.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('ladder.v1.assessment.')))));
  assert.equal(stored.answers[first].level, 1);
  assert.equal(stored.answers[choice].level, 3);
});

test('storage full: a warning, a download holding every answer, and saving resumes when room is made', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await startAnswering(page, [2, 1]);
  // Fill what is left of the origin's quota, down to the last character.
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler.${n}`, chunk); ++n; } catch (e) { break; }
      }
    }
  });
  await click(page, 'note');
  // Key by key: the quota may leave room for a character or two (the browser counts in its own
  // units), and the toast is checked at the keystroke that did not fit.
  const note = 'Needs the policy team';
  let typed = 0;
  while (typed < note.length && (await ui(page)).storage === 'ok') await page.keyboard.type(note[typed++]);
  assert.match((await ui(page)).toast, /^Not saved: /, 'said where the user is looking');
  await page.keyboard.type(note.slice(typed));
  const state = await ui(page);
  assert.equal(state.storage, 'full');
  assert.match(state.error, /storage for Ladder is full/);
  await screenshot(page, 'storage-full');
  const kept = await assessment(page);
  assert.equal(Object.values(kept.answers).filter((x) => x.level !== null).length, 2);
  const file = await downloadText(page, 'error-download');
  const saved = JSON.parse(file.text);
  assert.deepEqual(saved.answers, kept.answers);
  assert.ok(Object.values(saved.answers).some((x) => x.note === 'Needs the policy team'));

  // Room again: the next change is saved, with everything before it, and the warning goes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
  await click(page, 'note');
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  assert.equal((await ui(page)).storage, 'ok');
  assert.equal((await ui(page)).error, '');
  await reload(page);
  assert.ok(Object.values((await assessment(page)).answers).some((x) => x.note === 'Needs the policy team.'));
});

test('storage off (a private window, a sandboxed frame): said at once, and the answers can be downloaded', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await reload(page);
  assert.equal((await ui(page)).storage, 'off');
  assert.match((await ui(page)).error, /not saving your answers/);
  assert.equal((await widgets(page)).some((w) => w.id === 'error-download'), false, 'nothing to download before any answer');
  await startAnswering(page, [3]);
  const file = await downloadText(page, 'error-download');
  assert.equal(Object.values(JSON.parse(file.text).answers).filter((x) => x.level === 3).length, 1);
});

test('a saved assessment that cannot be read is named, offered as its text and never overwritten', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const broken = '{"format": "ladder-assessment", "version": 1, "model": {"id": "digital-services"}, "team": "Oficina Digital", "answers": {"mandate": {"level": 9}}}';
  await page.evaluate((text) => {
    localStorage.setItem('ladder.v1.assessment.broken1', text);
    localStorage.setItem('ladder.v1.state', '{"current": "broken1", "screen": "assess"}');
  }, broken);
  await reload(page);
  const state = await ui(page);
  assert.equal(state.screen, 'welcome');
  assert.match(state.error, /“Oficina Digital” could not be read \(\/answers\/mandate\/level: /);
  await screenshot(page, 'storage-unreadable-banner');
  const file = await downloadText(page, 'error-download-stored');
  assert.equal(file.name, 'ladder-assessment-broken1-as-stored.json');
  assert.equal(file.text, broken);
  await click(page, 'nav-saved');
  await widget(page, 'download-stored-broken1');
  await screenshot(page, 'storage-unreadable-saved');
  await click(page, 'nav-welcome');
  await click(page, 'start-new');
  await click(page, 'level-2');
  assert.equal(await page.evaluate(() => localStorage.getItem('ladder.v1.assessment.broken1')), broken);
});

test('if the program stops, the page says so, offers the saved answers and reloads cleanly', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  // Keep a handle on what the program imports from JavaScript (the page's own code does not).
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = function (bytes, imports) {
      window.ladderTestImports = imports;
      return instantiate.apply(this, arguments);
    };
  });
  await reload(page);
  await startAnswering(page, [2]);
  const before = await assessment(page);
  const storedBefore = await page.evaluate(() => JSON.stringify(localStorage));
  // The abort every failed check in the program ends in (the C library's abort, imported from
  // the JavaScript side), reached the way a crash would reach it.
  await page.evaluate(() => {
    const imports = Object.values(window.ladderTestImports);
    for (const table of imports) {
      for (const f of Object.values(table)) {
        if (typeof f === 'function' && /^function _abort\(\)/.test(f.toString())) {
          try { f(); } catch (e) { /* abort throws after reporting */ }
          return;
        }
      }
    }
    throw new Error('the abort import was not found');
  });
  await page.locator('#status-text', { hasText: 'Ladder stopped unexpectedly' }).waitFor();
  await screenshot(page, 'storage-after-abort');
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), storedBefore, 'storage untouched');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download my answers/ }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^ladder-assessment-\d+\.json$/);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload Ladder' }).click()]);
  await ready(page);
  assert.deepEqual(await assessment(page), before);
});

test('on a phone, in French, the choice between two tabs fits the screen', async (t) => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  const { page: a, context } = await openLadder(t, env.browser, `${env.site.url}?lang=fr`, phone);
  await startAnswering(a, []);
  await click(a, 'level-1');
  const b = await secondTab(context, `${env.site.url}?lang=fr`);
  await click(await inFront(a), 'level-3');
  await conflictShown(await inFront(b));
  await screenshot(b, 'storage-two-tabs-phone-fr');
  const ids = ['conflict-keep-chosen', 'conflict-keep-mine', 'conflict-keep-theirs'];
  const width = phone.viewport.width;  // the registry speaks CSS pixels
  for (const id of ids) {
    const w = await widget(b, id);
    assert.ok(w.rect.x >= 0 && w.rect.x + w.rect.w <= width, `${id} runs off the screen: ${JSON.stringify(w.rect)}`);
  }
});
