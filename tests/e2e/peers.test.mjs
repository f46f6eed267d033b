// Where teams stand among their peers, in the page: an organiser drops twelve teams' files
// (assessments and team exercises) on the Peers screen, reads the heatmap through the
// accessibility mirror, sorts it, names the teams, tags peer groups and publishes a peer
// benchmark that is exactly what `ladder-cli peers` makes of the same files; a team then opens
// that file next to its own results and its team plan, and sees the peers' band and where it
// stands, as `ladder-cli compare-peers` says. The convening view is still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chooseFiles, cli, click, downloadText, dropFiles, journey, openLadder, reload, root, runCli, screenshot, ui,
  useBrowserAndSite, widget, widgets,
} from './helpers.mjs';

const env = useBrowserAndSite();
const template = JSON.parse(runCli(['template']));
// The model's categories in its order (a file's answers are keyed by id, in any order).
const model = JSON.parse(readFileSync(join(root, 'core/models/digital-services.json'), 'utf8'));
const categories = model.dimensions.flatMap((d) => d.categories.map((c) => c.id));
const example = readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8');

// Team t's level in category k: t (k + 1) mod 4, so the teams differ in every dimension.
const levelOf = (t, k) => (t * (k + 1)) % 4;

function assessment(team, respondent, level) {
  const file = structuredClone(template);
  file.team = team;
  file.respondent = respondent;
  categories.forEach((id, k) => { file.answers[id].level = level(k); });
  return file;
}

// Ten teams that rated with one assessment each, and two that ran a team exercise of two
// members (their levels are the members' medians: a half where the two differ by one).
function teamFiles() {
  const files = [];
  for (let t = 0; t < 10; t++) {
    files.push({ name: `unit-${t}.json`, text: JSON.stringify(assessment(`Unit ${t}`, 'Lead', (k) => levelOf(t, k))) });
  }
  for (const t of [10, 11]) {
    const members = [assessment(`Unit ${t}`, 'Ana', (k) => levelOf(t, k)), assessment(`Unit ${t}`, 'Bo', (k) => Math.min(3, levelOf(t, k) + 1))];
    const exercise = {
      format: 'ladder-team', version: 1, model: template.model, team: `Unit ${t}`, created: '2026-11-02T10:00:00Z',
      updated: '2026-11-02T11:00:00Z', respondents: members, targets: {}, theory_of_change: '', hide_ratings: false, revealed: [],
    };
    files.push({ name: `unit-${t}-team.json`, text: JSON.stringify(exercise) });
  }
  return files;
}

// What a screen reader finds in the heatmap: the header's names, then each row's cells.
async function heatmap(page) {
  const table = page.getByRole('table', { name: "Each team's level, category by category" });
  const rows = await table.getByRole('row').all();
  const header = await rows[0].getByRole('columnheader').allTextContents();
  const body = [];
  for (const row of rows.slice(1)) body.push(await row.getByRole('cell').allTextContents());
  return { header, body };
}

// The median of one team's level in category k, as the heatmap writes it.
function expectedCell(t, k) {
  if (t < 10) return String(levelOf(t, k));
  const a = levelOf(t, k), b = Math.min(3, a + 1);
  return a === b ? String(a) : String((a + b) / 2);
}

test('an organiser reads twelve teams through the mirror and publishes what the command line would', async (t) => {
  const { page, requests } = await openLadder(t, env.browser, env.site.url);
  const step = journey(t);
  const files = teamFiles();
  const folder = mkdtempSync(join(tmpdir(), 'ladder-peers-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  let published = null;

  await step('twelve teams, a repeated file and a broken one are dropped: twelve are counted', async () => {
    await click(page, 'nav-peers');
    await dropFiles(page, [...files, { name: 'unit-3-again.json', text: files[3].text }, { name: 'broken.json', text: '{"format": ' }]);
    const { convening } = await ui(page);
    assert.equal(convening.files, 14);
    assert.equal(convening.teams, 12);
    assert.equal(convening.duplicates, 1);
    assert.equal(convening.refused, 1);
    // Listed by number while names are not shown (a file's name can name its team).
    assert.equal(await page.getByText('File 13: The same file as one added earlier: counted once.', { exact: true }).count(), 1);
    assert.equal(await page.getByText(/^File 14: 1:12: JSON syntax error/).count(), 1, 'the broken file is listed with the reason');
    assert.equal(await page.getByText(/unit-3|broken/).count(), 0, 'no file is named');
  });

  await step('with names shown the files are named; a file not counted can be removed', async () => {
    await click(page, 'peers-names');
    assert.equal(await page.getByText(/^unit-3-again\.json: the same team as unit-3\.json/).count(), 1);
    await click(page, 'peers-remove-13');
    const { convening } = await ui(page);
    assert.equal(convening.refused, 0);
    assert.equal(convening.teams, 12);
    await click(page, 'toast-undo');
    assert.equal((await ui(page)).convening.refused, 1);
    await click(page, 'peers-names');
  });

  await step('the heatmap is a table in the mirror: a row per team, lettered, a column per category', async () => {
    const { header, body } = await heatmap(page);
    assert.equal(header.length, categories.length + 1);
    assert.equal(header[0], 'Team');
    assert.match(header[1], /^Political environment: /);
    assert.equal(body.length, 12);
    assert.deepEqual(body.map((row) => row[0]), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((l) => `Team ${l}`));
    for (let team = 0; team < 12; team++) {
      assert.deepEqual(body[team].slice(1), categories.map((_, k) => expectedCell(team, k)), `Team ${team}'s levels`);
    }
    await screenshot(page, 'peers-heatmap');
  });

  await step('sorted by a dimension, the highest score comes first; names can be shown', async () => {
    await click(page, 'peers-sort-institutional-capacity');
    const { body } = await heatmap(page);
    const mean = (row) => row.slice(5, 9).reduce((sum, x) => sum + Number(x), 0) / 4;
    for (let r = 1; r < body.length; r++) assert.ok(mean(body[r - 1]) >= mean(body[r]), `row ${r} in order`);
    assert.notEqual(body[0][0], 'Team A');
    await click(page, 'peers-names');
    const named = await heatmap(page);
    assert.ok(named.body.every((row) => /^Unit \d+$/.test(row[0])), 'rows named by their teams');
    await click(page, 'peers-names');
    await click(page, 'peers-sort-added');
  });

  await step('peer groups: tagged in the mirror, compared side by side, one shown alone', async () => {
    // The twelve teams are the first twelve files given (the repeated and the broken came after).
    for (let i = 0; i < 12; i++) await page.locator(`[data-ladder-id="peers-group-of-${i}"]`).fill(i < 6 ? 'national' : 'city');
    const { convening } = await ui(page);
    assert.deepEqual(convening.groups, ['city', 'national']);
    const groups = page.getByRole('table', { name: 'Peer groups side by side' });
    assert.equal(await groups.getByRole('row').count(), 4);
    await click(page, 'peers-group-1');
    assert.equal((await ui(page)).convening.shown, 6);
    assert.equal((await heatmap(page)).body.length, 6);
    await click(page, 'peers-group-all');
  });

  await step('the benchmark published holds only totals, exactly what ladder-cli peers makes of the files', async () => {
    const file = await downloadText(page, 'peers-download-json');
    assert.match(file.name, /^ladder-peers-\d{4}-\d{2}-\d{2}\.json$/);
    published = JSON.parse(file.text);
    for (const f of files) writeFileSync(join(folder, f.name), f.text);
    writeFileSync(join(folder, 'unit-3-again.json'), files[3].text);
    writeFileSync(join(folder, 'broken.json'), '{"format": ');
    let fromCli = '';
    try {
      fromCli = execFileSync(cli, ['peers', ...files.map((f) => f.name), 'unit-3-again.json', 'broken.json'],
        { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      fromCli = error.stdout;  // a refused file is reported, the rest counted
    }
    const expected = JSON.parse(fromCli);
    assert.deepEqual(published.categories, expected.categories);
    assert.deepEqual(published.dimensions, expected.dimensions);
    assert.deepEqual(published.overall, expected.overall);
    assert.equal(published.teams, 12);
    for (const name of ['Unit ', 'Lead', 'Ana', 'unit-']) assert.ok(!file.text.includes(name), `${name} is not in it`);
    assert.ok(requests.every((r) => r.url.startsWith(env.site.url)), 'nothing went anywhere else');
  });

  await step('a smallest group larger than the teams there are publishes nothing', async () => {
    await click(page, 'peers-min-15');
    assert.match((await widget(page, 'peers-download-json')).state, /disabled/);
    assert.match((await widget(page, 'peers-print')).state, /disabled/);
    assert.equal(await page.getByText('Too few teams to publish: a benchmark needs at least 15, so that no team can be picked out.').count(), 1);
    await click(page, 'peers-min-5');
    assert.doesNotMatch((await widget(page, 'peers-download-json')).state, /disabled/);
  });

  await step('a team removed comes back with Undo', async () => {
    const before = await heatmap(page);
    await click(page, 'peers-remove-0');
    assert.equal((await ui(page)).convening.teams, 11);
    await click(page, 'toast-undo');
    assert.equal((await ui(page)).convening.teams, 12);
    assert.deepEqual(await heatmap(page), before, 'back in its place, with its letter');
    assert.equal((await widget(page, 'peers-group-of-0')).state, 'national', 'and its group');
  });

  await step('a team opens the benchmark next to its results: the band, and where it stands', async () => {
    assert.equal((await page.evaluate((text) => window.ladder.loadAssessment(text), example)).ok, true);
    await click(page, 'nav-results');
    const radar = (await widget(page, 'radar')).rect;
    const clip = { x: radar.x, y: radar.y, width: radar.w, height: radar.h };
    const before = await page.screenshot({ clip });
    assert.equal(await page.getByText("Peers' middle half", { exact: true }).count(), 0);
    await chooseFiles(page, 'compare-peers-open', [{ name: 'benchmark.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(published)) }]);
    assert.deepEqual((await ui(page)).peers, { file: 'benchmark.json', teams: 12 });
    const after = await page.screenshot({ clip });
    assert.ok(!before.equals(after), 'the radar shows the band');
    // Named twice: under the radar (the legend) and over the table's column.
    assert.equal(await page.getByText("Peers' middle half", { exact: true }).count(), 2, 'the legend names the band');
    assert.equal(await page.getByRole('columnheader', { name: "Peers' middle half", exact: true }).count(), 1);

    // Where it stands, dimension by dimension, as compare-peers says.
    writeFileSync(join(folder, 'benchmark.json'), JSON.stringify(published));
    const cliSays = JSON.parse(runCli(['compare-peers', join(folder, 'benchmark.json'), join(root, 'core/models/example-assessment.json')]));
    const table = page.getByRole('table', { name: 'Compared with peers' });
    const rows = await table.getByRole('row').all();
    assert.equal(rows.length, cliSays.dimensions.length + 2);
    const words = { below: 'Below most peers', like: 'Like most peers', ahead: 'Ahead of most peers' };
    for (let i = 0; i < cliSays.dimensions.length; i++) {
      const d = cliSays.dimensions[i];
      const cells = await rows[i + 1].getByRole('cell').allTextContents();
      assert.ok(cells[3].startsWith(words[d.position]), `${d.id}: ${cells[3]}`);
      assert.ok(cells[3].endsWith(`${d.at_or_below} of ${d.n} peers at your stage or below`), cells[3]);
    }
    const step0 = cliSays.next_steps[0];
    assert.equal(await page.getByText(`${step0.peers_there} of ${published.categories.find((c) => c.id === step0.category).n} peers are already at level ${step0.to} here`).count() >= 1, true);
    await screenshot(page, 'peers-results');
  });

  await step('a team exercise compares its plan with the same benchmark', async () => {
    await dropFiles(page, [files[10]]);
    assert.equal((await ui(page)).screen, 'team');
    await click(page, 'team-step-2');
    const rows = page.getByRole('table', { name: 'Compared with peers' }).getByRole('row');
    assert.equal(await rows.count(), 8);
    await screenshot(page, 'peers-team-plan');
  });

  await step('stopping the comparison takes the band away, also after a reload; the convening view is still there', async () => {
    await click(page, 'compare-peers-close');
    assert.equal((await ui(page)).peers, null);
    await reload(page);
    const after = await ui(page);
    assert.equal(after.peers, null);
    assert.equal(after.convening.teams, 12);
    assert.deepEqual(after.convening.groups, ['city', 'national']);
  });
});

test('a hundred teams: the heatmap is whole in the mirror while far rows are stood in for', async (t) => {
  const { page } = await openLadder(t, env.browser, env.site.url);
  await click(page, 'nav-peers');
  const many = [];
  for (let i = 0; i < 100; i++) {
    many.push({ name: `t${i}.json`, text: JSON.stringify(assessment(`Team ${i}`, 'Lead', (k) => (i + k * 3) % 4)) });
  }
  await dropFiles(page, many);
  assert.equal((await ui(page)).convening.teams, 100);
  const { body } = await heatmap(page);
  assert.equal(body.length, 100);
  assert.deepEqual(body[99].slice(1), categories.map((_, k) => String((99 + k * 3) % 4)));
  const stats = await page.evaluate(() => window.ladder.stats());
  assert.ok(stats.blocks_stood_in > 50, `${stats.blocks_stood_in} rows stood in for`);
  assert.equal(stats.stray_window, false);
  assert.equal((await widgets(page)).filter((w) => w.id.startsWith('peers-remove-')).length, 100, 'every team can be removed');
});
