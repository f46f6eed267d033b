// Journey: the team exercise. Five members' files dropped at once; disagreements
// listed first; reveal mode hides then shows the ratings; the projector view; targets agreed;
// a theory of change written; a reload keeps all of it; the team report and file downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { click, downloadText, dropFiles, idle, journey, openLadder, parseCsv, reload, runCli, screen, screenshot, ui, useBrowserAndSite, widget, widgets } from './helpers.mjs';

const env = useBrowserAndSite();

// Five members of one team. Every fourth category splits the room (0 to 3); elsewhere
// answers differ by at most one level. Eve skips one category and does not know another.
function memberFiles() {
  const template = JSON.parse(runCli(['template']));
  const ids = Object.keys(template.answers);
  const names = ['Ana', 'Bo', 'Chen', 'Dara', 'Eve'];
  const split = [0, 1, 3, 2, 1];
  return names.map((name, r) => {
    const file = structuredClone(template);
    file.team = 'Cabinet Office digital unit';
    file.respondent = name;
    file.updated = `2026-11-2${r}T10:00:00Z`;
    ids.forEach((id, k) => {
      const level = k % 4 === 0 ? split[r] : Math.min(3, (k % 3) + ((r + k) % 2));
      file.answers[id].level = level;
    });
    if (name === 'Eve') {
      file.answers[ids[1]].level = null;
      file.answers[ids[2]].dont_know = true;
    }
    return { name: `${name.toLowerCase()}.json`, text: JSON.stringify(file, null, 2) };
  });
}

const team = async (page) => {
  await idle(page);
  return page.evaluate(() => window.ladder.team());
};

test('a facilitator merges five files, discusses, agrees a plan, reloads and exports', async (tc) => {
  const { page, errors } = await openLadder(tc, env.browser, env.site.url);
  const step = journey(tc);
  const files = memberFiles();
  let t, disagreeing, before, saved;

  await step('five files in one drop are merged; two broken ones are refused with their reasons', async () => {
    await click(page, 'nav-team');
    assert.equal(await screen(page), 'team');
    await screenshot(page, 'team-empty');
    await dropFiles(page, [...files, { name: 'broken.json', text: '{"format": "ladder-assessment", "version": 1' },
      { name: 'odd.json', text: '{"format": 5, "version": 1}' }]);
    t = await team(page);
    assert.deepEqual(t.respondents, ['Ana', 'Bo', 'Chen', 'Dara', 'Eve']);
    assert.equal(t.team, 'Cabinet Office digital unit');
    const problems = (await ui(page)).team_problems.sort();
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^broken\.json: .*JSON/);
    assert.match(problems[1], /^odd\.json: \/format: expected "ladder-assessment", found the number 5/);
    await screenshot(page, 'team-collect');
    await click(page, 'team-problems-dismiss');
    assert.deepEqual((await ui(page)).team_problems, []);
  });

  await step('the same member again is counted once, and says so', async () => {
    await dropFiles(page, [files[0]]);
    t = await team(page);
    assert.equal(t.respondents.length, 5);
    assert.equal(t.duplicates.length, 1);
    assert.equal(t.duplicates[0].reason, 'same');
    assert.equal((await ui(page)).toast, 'Ana is already in the exercise: counted once');
    await click(page, 'remove-respondent-5');
    assert.equal((await team(page)).duplicates.length, 0);
  });

  await step('agreement is said in words; the dot plots list disagreements first', async () => {
    assert.ok((await widgets(page)).some((w) => w.id === 'team-next-discuss'));
    await click(page, 'team-next-discuss');
    t = await team(page);
    disagreeing = t.categories.filter((c) => c.disagreement).map((c) => c.id);
    assert.ok(disagreeing.length >= 5, 'every fourth category splits the room');
    const plots = (await widgets(page)).filter((w) => w.id.startsWith('ratings-'));
    assert.equal(plots.length, t.categories.length);
    plots.sort((a, b) => a.rect.y - b.rect.y);  // top to bottom as a person reads
    const firstIds = plots.slice(0, disagreeing.length).map((w) => w.id.replace('ratings-', ''));
    assert.deepEqual([...firstIds].sort(), [...disagreeing].sort(), 'disagreements come first');
    const first = await widget(page, `ratings-${disagreeing[0]}`);
    assert.match(first.label, /Ana 0, Bo 1, Eve 1, Dara 2, Chen 3; median 1/);
    await screenshot(page, 'team-discuss');
  });

  await step('reveal mode hides every rating, then shows one category, then all', async () => {
    await click(page, 'hide-ratings');
    const hidden = (await widgets(page)).filter((w) => w.id.startsWith('ratings-'));
    assert.ok(hidden.every((w) => w.state === 'hidden' && !/Ana|Bo|median/.test(w.label)), 'no rating shows while hidden');
    assert.match(hidden[0].label, /\d ratings? hidden/);
    assert.ok(!(await widgets(page)).some((w) => w.id.startsWith('target-')), 'targets would give the ratings away: hidden too');
    await screenshot(page, 'team-hidden');
    await click(page, `reveal-${disagreeing[0]}`);
    assert.match((await widget(page, `ratings-${disagreeing[0]}`)).label, /Ana 0/);
    assert.equal((await widget(page, `ratings-${disagreeing[1]}`)).state, 'hidden');
  });

  await step('the projector view shows one category at a time in large type; Reveal works there too', async () => {
    await click(page, 'projector-open');
    assert.equal((await ui(page)).projector, true);
    // Large type: the whole interface is set 1.6 times larger (a 44 px button grows to about 61).
    assert.ok((await widget(page, 'projector-next')).rect.h > 55, 'projector view is in large type');
    await screenshot(page, 'team-projector');
    await click(page, 'projector-next');
    await click(page, `reveal-${disagreeing[1]}`);
    assert.match((await widget(page, `ratings-${disagreeing[1]}`)).label, /Chen 3/);
    await screenshot(page, 'team-projector-revealed');
    await click(page, `target-${disagreeing[1]}-3`);
    await click(page, 'projector-close');
    assert.equal((await ui(page)).projector, false);
    assert.ok((await widget(page, 'reveal-all')).rect.h < 50, 'back to the usual size');
    await click(page, 'reveal-all');
    assert.ok((await widgets(page)).filter((w) => w.id.startsWith('ratings-')).every((w) => w.state !== 'hidden'));
  });

  await step('targets start where the members aimed; an agreed one replaces it and moves the step', async () => {
    t = await team(page);
    const calm = t.categories.find((c) => !c.disagreement && c.median === 1);
    // Nobody set a target, so each member aims one above their answer: the team starts above 1.
    assert.equal(t.targets_in_force[calm.id], calm.target);
    assert.ok(calm.target > 1);
    assert.ok(t.next_steps.some((s) => s.category === calm.id && s.from === 1 && s.to === calm.target));
    const agreed = calm.target === 3 ? 2 : 3;
    await click(page, `target-${calm.id}-${agreed}`);
    t = await team(page);
    assert.equal(t.targets[calm.id], agreed);
    assert.equal(t.targets[disagreeing[1]], 3);
    assert.ok(t.next_steps.some((s) => s.category === calm.id && s.from === 1 && s.to === agreed));
  });

  await step('the plan: the theory of change from the prompts, typed into and wrapped', async () => {
    await click(page, 'team-step-2');
    await click(page, 'toc-prompts');
    t = await team(page);
    assert.match(t.theory_of_change, /^Our goal is .*We believe that if we .*The capabilities this needs are /s);
    await click(page, 'theory-of-change');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('a team of twelve and a shared design system.');
    t = await team(page);
    assert.match(t.theory_of_change, /The capabilities this needs are a team of twelve and a shared design system\.$/);
    // Long lines wrap at the field's width (ImGui 1.90 has no wrapping of its own): a space
    // becomes a line break, and nothing else changes. idle() covers every typed key: each
    // keeps frames coming until ImGui has taken it.
    const long = ' We believe that if we publish one shared design system and train every ministry team to use it, ' +
      'then services will look and work alike, and citizens will finish their tasks without calling anyone for help.';
    await page.keyboard.type(long);
    t = await team(page);
    const typed = t.theory_of_change.slice(-long.length);
    assert.ok(typed.includes('\n'), 'the long sentence was broken into lines');
    assert.equal(typed.replaceAll('\n', ' '), long);
    await screenshot(page, 'team-plan');
  });

  await step('a reload keeps everything: members, targets, what was revealed, the text, the step', async () => {
    before = await team(page);
    await reload(page);
    assert.equal(await screen(page), 'team');
    assert.equal((await ui(page)).team_step, 2);
    assert.deepEqual(await team(page), before);
  });

  await step('the team report (HTML and CSV) and the team file download', async () => {
    const html = await downloadText(page, 'team-download-html');
    assert.match(html.name, /^ladder-team-cabinet-office-digital-unit-\d{4}-\d\d-\d\d\.html$/);
    assert.ok(html.text.indexOf('Talk about these first') < html.text.indexOf('Our theory of change'));
    assert.match(html.text, /a team of twelve and a shared design system\./);
    assert.match(html.text, /one shared design system/);
    assert.match(html.text, /Next steps towards the agreed targets/);
    const csv = await downloadText(page, 'team-download-csv');
    assert.equal(csv.name, html.name.replace(/\.html$/, '.csv'));
    // The UTF-8 byte-order mark first, so Excel reads the accents.
    assert.match(csv.text, /^\uFEFFdimension_id,dimension,category_id,category,n,median,mean,min,max,spread,disagreement,target,next_step,notes,Ana,Bo,Chen,Dara,Eve\r\n/);
    assert.match(csv.text, /\r\ntheory_of_change,"Our goal is/);
    saved = await downloadText(page, 'team-download-json');
    const exercise = JSON.parse(saved.text);
    assert.equal(exercise.format, 'ladder-team');
    assert.equal(exercise.respondents.length, 5);
  });

  await step('the saved team file opens again as a team exercise (the current one stays saved)', async () => {
    await click(page, 'team-new');
    assert.equal((await team(page)).respondents.length, 0);
    await dropFiles(page, [{ name: saved.name, text: saved.text }]);
    const reopened = await team(page);
    assert.deepEqual(reopened.targets, before.targets);
    assert.equal(reopened.theory_of_change, before.theory_of_change);
    await click(page, 'nav-saved');
    assert.equal((await widgets(page)).filter((w) => w.id.startsWith('open-team-')).length, 2);
    await screenshot(page, 'team-saved-list');
  });

  await step('deleting the open exercise can be undone, and it opens again', async () => {
    const openId = (await team(page)).id;
    await click(page, `delete-team-${openId}`);
    assert.equal((await team(page)).respondents.length, 0);
    await click(page, 'toast-undo');
    const back = await team(page);
    assert.equal(back.id, openId);
    assert.equal(back.respondents.length, 5);
    assert.deepEqual(errors, []);
  });
});
test('members can be added from the assessments saved in this browser, and a removal can be undone', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const step = journey(t);

  await step('two assessments saved in this browser are added, each once', async () => {
    for (const f of memberFiles().slice(0, 2)) {
      const result = await page.evaluate((text) => window.ladder.loadAssessment(text), f.text);
      assert.equal(result.ok, true);
    }
    await click(page, 'nav-team');
    await click(page, 'team-add-saved');
    const adds = (await widgets(page)).filter((w) => w.id.startsWith('add-saved-'));
    assert.equal(adds.length, 2);
    await click(page, adds[0].id);
    await click(page, adds[1].id);
    assert.equal((await team(page)).respondents.length, 2);
    assert.equal((await widget(page, adds[0].id)).state, 'disabled', 'an added assessment cannot be added twice');
  });

  await step('a removal is undone from the message', async () => {
    await click(page, 'remove-respondent-0');
    assert.equal((await team(page)).respondents.length, 1);
    await click(page, 'toast-undo');
    assert.equal((await team(page)).respondents.length, 2);
  });

  await step('once something else arrives, the Undo of a removal is no longer offered for it', async () => {
    await click(page, 'remove-respondent-0');
    await dropFiles(page, memberFiles().slice(2, 3));
    assert.deepEqual((await team(page)).respondents.length, 2);
    assert.ok(!(await widgets(page)).some((w) => w.id === 'toast-undo'), 'no Undo left over from the removal');
  });
});

test('an unreadable saved team exercise is reported, left as it is, and never overwritten', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const garbage = '{"format": "ladder-team", "version": 1, "model": {"id": "digital-services"}, "targets": {"mandate": 9}}';
  await page.evaluate((text) => {
    localStorage.setItem('ladder.v1.team.damaged', text);
    localStorage.setItem('ladder.v1.state', JSON.stringify({ screen: 'team', team: 'damaged' }));
  }, garbage);
  await reload(page);
  assert.equal(await screen(page), 'team');
  assert.match((await ui(page)).error, /A saved team exercise could not be read/);
  await dropFiles(page, memberFiles().slice(0, 1));
  const exercise = await team(page);
  assert.equal(exercise.respondents.length, 1);
  assert.notEqual(exercise.id, 'damaged');
  assert.equal(await page.evaluate(() => localStorage.getItem('ladder.v1.team.damaged')), garbage);
});

test('the page, ladder-cli merge and the team report give the same targets and next steps', async (t) => {
  // The five members, some of whom set targets of their own (one even where she did not answer).
  const files = memberFiles().map((file, r) => {
    const json = JSON.parse(file.text);
    Object.keys(json.answers).forEach((id, k) => { if ((k + r) % 5 === 0) json.answers[id].target = (k + r) % 4; });
    return { name: file.name, text: JSON.stringify(json) };
  });
  const folder = mkdtempSync(join(tmpdir(), 'ladder-team-'));
  const paths = files.map((file) => {
    writeFileSync(join(folder, file.name), file.text);
    return join(folder, file.name);
  });
  const merged = JSON.parse(runCli(['merge', ...paths]));
  const report = parseCsv(runCli(['report', '--team', '--format', 'csv', ...paths]));
  const header = report[0];
  const rows = report.slice(1).filter((row) => row.length === header.length);
  const column = (name) => header.indexOf(name);

  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-team');
  await dropFiles(page, files);
  const shown = await team(page);
  assert.equal(shown.respondents.length, 5);

  const fromCli = Object.fromEntries(merged.categories.map((c) => [c.id, c.target]));
  const fromReport = Object.fromEntries(rows.map((row) => [row[column('category_id')],
    row[column('target')] === '' ? null : Number(row[column('target')])]));
  assert.deepEqual(shown.targets_in_force, fromCli, 'the page plans with the targets ladder-cli merge gives');
  assert.deepEqual(fromReport, fromCli, 'the team report has the same targets');
  const steps = (list) => list.map((s) => `${s.category} ${s.from}->${s.to}`);
  assert.deepEqual(steps(shown.next_steps), steps(merged.next_steps), 'the same next steps, in the same order');
  assert.ok(merged.next_steps.length > 0);
  const reportSteps = rows.filter((row) => row[column('next_step')] !== '').map((row) => row[column('category_id')]).sort();
  assert.deepEqual(reportSteps, merged.next_steps.map((s) => s.category).sort(), 'the report has a step where the merge has one');
});

test('members\' notes reach the room: named in Discuss, anonymous while hidden and in an anonymous projector, and in both reports', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const said = ['We have a minister who asks for us by name.', 'Nothing in writing; it depends on one person.',
    'The mandate is in the 2024 decree.'];
  const files = memberFiles().slice(0, 3).map((file, r) => {
    const json = JSON.parse(file.text);
    json.answers.mandate.level = [0, 2, 3][r];
    json.answers.mandate.note = said[r];
    return { name: file.name, text: JSON.stringify(json) };
  });
  // The notes of a category as the mirror lists them (a list named "3 notes").
  const notes = async (category) => {
    await idle(page);
    const list = page.locator(`[data-ladder-id="notes-${category}"] [role="listitem"]`);
    return list.allTextContents();
  };
  const dots = async () => (await widget(page, 'ratings-mandate')).label;
  // Next until the projector shows this category (it is in the discussion order somewhere).
  const showInProjector = async (category) => {
    for (let i = 0; i < 30 && !(await widgets(page)).some((w) => w.id === `ratings-${category}`); i++) {
      await click(page, 'projector-next');
    }
  };
  const step = journey(t);

  await step('Discuss lists each note with its author and level', async () => {
    await click(page, 'nav-team');
    await dropFiles(page, files);
    await click(page, 'team-next-discuss');
    assert.equal(await page.locator('[data-ladder-id="notes-mandate"]').getAttribute('aria-label'), '3 notes');
    assert.deepEqual(await notes('mandate'), [`Ana, level 0: ${said[0]}`, `Bo, level 2: ${said[1]}`, `Chen, level 3: ${said[2]}`]);
  });

  await step('while the ratings are hidden the notes are anonymous, in an order that does not follow the members', async () => {
    await click(page, 'hide-ratings');
    const hidden = await notes('mandate');
    assert.deepEqual(hidden, [...said].sort().map((note) => `A member: ${note}`));
    assert.ok(hidden.every((line) => !/Ana|Bo|Chen|level/.test(line)));
  });

  await step('the projector: anonymous until reveal, then names on the dots and the notes', async () => {
    await click(page, 'projector-open');
    await showInProjector('mandate');
    assert.ok((await notes('mandate')).every((line) => line.startsWith('A member: ')));
    await click(page, 'reveal-mandate');
    assert.match(await dots(), /Ana 0, Bo 2, Chen 3/);
    assert.deepEqual((await notes('mandate'))[0], `Ana, level 0: ${said[0]}`);
    await screenshot(page, 'team-projector-names');
    await page.keyboard.press('Escape');
    assert.equal((await ui(page)).projector, false);
  });

  await step('kept anonymous, the projector names no one, even after the reveal', async () => {
    await click(page, 'projector-names');
    assert.equal((await widget(page, 'projector-names')).state, '');
    await click(page, 'projector-open');
    await showInProjector('mandate');
    const label = await dots();
    assert.ok(!/Ana|Bo|Chen/.test(label), label);
    assert.match(label, /1 person at 0, 1 person at 2, 1 person at 3/);
    assert.ok((await notes('mandate')).every((line) => line.startsWith('A member: ')));
    await page.keyboard.press('Escape');
    // Outside the projector, a revealed category names its authors again.
    assert.equal((await notes('mandate'))[1], `Bo, level 2: ${said[1]}`);
  });

  await step('the team report has the notes, in HTML and in CSV', async () => {
    await click(page, 'team-step-2');
    const html = await downloadText(page, 'team-download-html');
    assert.match(html.text, /What members noted/);
    assert.ok(html.text.includes(`<li><strong>Bo</strong> (level 2): ${said[1]}</li>`));
    const csv = parseCsv((await downloadText(page, 'team-download-csv')).text);
    const mandate = csv.find((row) => row[2] === 'mandate');
    assert.equal(mandate[csv[0].indexOf('notes')], said.map((note, r) => `${['Ana', 'Bo', 'Chen'][r]} (${[0, 2, 3][r]}): ${note}`).join('\n'));
  });
});

test('the agreement box says alpha once, in words, and has a compact table per dimension', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-team');
  await dropFiles(page, memberFiles());
  await click(page, 'team-next-discuss');
  const shown = await team(page);
  const panel = page.getByRole('table', { name: 'Agreement per dimension' });
  assert.equal(await panel.getByRole('row').count(), 1 + shown.dimensions.length, 'a header and one row per dimension');
  // The page shows two decimals of alpha; the JSON has three (so 0.365 may show as 0.37).
  const close = (shownText, value) => Math.abs(Number(shownText) - value) <= 0.0051;
  const sentences = await page.locator('p[data-ladder-id]').filter({ hasText: /Krippendorff's alpha/ }).allTextContents();
  assert.equal(sentences.length, 1, 'the sentence is said once');
  const figure = sentences[0].match(/^Agreement (-?\d\.\d\d) \(Krippendorff's alpha\): the team .+\.$/);
  assert.ok(figure, sentences[0]);
  assert.ok(close(figure[1], shown.agreement.alpha_ordinal), `${figure[1]} vs ${shown.agreement.alpha_ordinal}`);
  const rows = await panel.getByRole('row').all();
  for (const [d, dimension] of shown.dimensions.entries()) {
    const [, value, words] = await rows[d + 1].getByRole('cell').allTextContents();
    const a = shown.agreement.by_dimension[dimension.id];
    if (a.value === null) assert.equal(value, '-');
    else assert.ok(close(value, a.value), `${dimension.id}: ${value} vs ${a.value}`);
    assert.ok(words.length > 0 && !words.includes('.'), `a few words, not a sentence: ${words}`);
  }
});

test('on a phone the projector view keeps every control on the screen', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.evaluate(() => document.querySelector('[data-ladder-id="nav-menu"]').click());
  await idle(page);
  await page.evaluate(() => document.querySelector('[data-ladder-id="nav-team"]').click());
  await idle(page);  // on the Team screen before the files come, or they are opened as assessments
  await dropFiles(page, memberFiles().slice(0, 3));
  await page.evaluate(() => document.querySelector('[data-ladder-id="team-next-discuss"]').click());
  await idle(page);
  await page.evaluate(() => document.querySelector('[data-ladder-id="projector-open"]').click());
  await idle(page);
  for (const id of ['projector-prev', 'projector-next', 'projector-close']) {
    const { rect } = await widget(page, id);
    assert.ok(rect.x >= 0 && rect.x + rect.w <= 390, `${id} is on the screen (${rect.x} + ${rect.w})`);
  }
});

test('a team plan from few answers marks the team stage provisional', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  const template = JSON.parse(runCli(['template']));
  const few = ['Ana', 'Bo'].map((name, r) => {
    const file = structuredClone(template);
    file.respondent = name;
    file.answers.mandate.level = 1 + r;
    file.answers['executive-sponsorship'].level = 2;
    return { name: `${name}.json`, text: JSON.stringify(file) };
  });
  await click(page, 'nav-team');
  await dropFiles(page, few);
  await click(page, 'team-step-2');
  const tag = page.locator('p[data-ladder-id]').filter({ hasText: /^Provisional$/ });
  assert.equal(await tag.count(), 1, 'the team stage carries the Provisional tag');
  assert.equal((await team(page)).provisional, true);
  await dropFiles(page, memberFiles().slice(2, 3));  // Chen, who answered everything
  await click(page, 'team-step-2');
  assert.equal((await team(page)).provisional, false);
  assert.equal(await tag.count(), 0);
});
