// make bench: the performance table (each figure against the bar it must meet), measured in one
// run on this machine.
// Browser figures come from Debian's Chromium (software WebGL), so compare ratios measured in
// the same run (Ladder against a bare ImGui page) rather than absolute times between machines.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, dist, startBrowser, startServer } from '../e2e/helpers.mjs';

const rows = [];
const row = (what, value, bar, pass) => rows.push({ what, value, bar, pass: pass === undefined ? '' : pass ? 'yes' : 'NO' });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Sizes -------------------------------------------------------------------------------
const hosted = ['index.html', 'ladder.js', 'ladder.wasm'].map((f) => join(dist, f));
const hostedGz = hosted.reduce((sum, f) => sum + gz(f), 0);
row('hosted page, all files at load, gzip -9', kb(hostedGz), '<= 300 KB', hostedGz <= 300 * 1024);
for (const f of hosted) row(`  ${f.split('/').pop()} (raw / gzip -9)`, `${kb(readFileSync(f).length)} / ${kb(gz(f))}`, '');
const offline = join(dist, 'ladder-offline.html');
if (existsSync(offline)) {
  const size = readFileSync(offline).length;
  row('offline single file', kb(size), '<= 800 KB', size <= 800 * 1024);
}

// --- Native core -------------------------------------------------------------------------
const core = JSON.parse(execFileSync(join(root, 'build/native/tests/ladder_bench'), { encoding: 'utf8' }));
row(`merge of 1,000 respondents x ${core.categories} categories incl. alpha, native (median of 21)`, `${core.merge_1000_ms.toFixed(2)} ms`,
  '<= 20 ms', core.merge_1000_ms <= 20);
row('score one assessment, native', `${(core.score_one_ms * 1000).toFixed(1)} us`, '');
row('load and validate the default model, native', `${core.load_default_model_ms.toFixed(2)} ms`, '');

// --- Browser -----------------------------------------------------------------------------
const example = readFileSync(join(root, 'core/models/example-assessment.json'), 'utf8');
const helloDir = mkdtempSync(join(tmpdir(), 'ladder-hello-'));
for (const f of ['hello.js', 'hello.wasm']) cpSync(join(root, 'build/web/web', f), join(helloDir, f));
cpSync(join(root, 'tests/bench/hello/hello.html'), join(helloDir, 'index.html'));
const browser = await startBrowser();
const site = await startServer(dist);
const hello = await startServer(helloDir);
const firstLadder = [], firstHello = [];
let idleFrames = 0, frameMs = 0, teamFrameMs = 0;

// A team exercise of twelve members with spread-out answers, as the Team screen saves it.
function teamExercise() {
  const base = JSON.parse(example);
  const ids = Object.keys(base.answers);
  const respondents = Array.from({ length: 12 }, (_, r) => {
    const a = structuredClone(base);
    a.respondent = `Member ${r + 1}`;
    ids.forEach((id, k) => { a.answers[id].level = (r * 7 + k * 3) % 4; a.answers[id].dont_know = false; });
    return a;
  });
  return JSON.stringify({ format: 'ladder-team', version: 1, model: base.model, team: 'Bench', respondents });
}
try {
  for (let i = 0; i < 9; ++i) {  // nine interleaved loads each: single loads vary by +-30 % here
    for (const [url, into, probe] of [[hello.url, firstHello, () => window.firstFrame],
                                      [site.url, firstLadder, () => window.ladder.ready.then(() => window.ladder.readyAt)]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      into.push(await page.evaluate(probe));
      if (url === site.url && i === 0) {
        await page.waitForTimeout(300);
        const before = (await page.evaluate(() => window.ladder.stats())).frames;
        await page.waitForTimeout(1000);
        idleFrames = (await page.evaluate(() => window.ladder.stats())).frames - before;
        // Frame time on the results screen (the heaviest: radar, table, cards), while the mouse moves.
        await page.evaluate((text) => window.ladder.loadAssessment(text), example);
        await page.waitForTimeout(300);
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
        frameMs = (await page.evaluate(() => window.ladder.stats())).frame_ms_median;
        // The same on the team discussion screen: twelve members, 24 dot plots.
        await page.evaluate(([key, exercise]) => {
          localStorage.setItem(key, exercise);
          localStorage.setItem('ladder.v1.state', JSON.stringify({ screen: 'team', team: 'bench', team_step: 1 }));
        }, ['ladder.v1.team.bench', teamExercise()]);
        await page.reload();
        await page.evaluate(() => window.ladder.ready);
        await page.waitForTimeout(300);
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
        teamFrameMs = (await page.evaluate(() => window.ladder.stats())).frame_ms_median;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  site.server.close();
  hello.server.close();
}
const ratio = median(firstLadder) / median(firstHello);
row('first interactive frame, Ladder (median of 9)', `${median(firstLadder).toFixed(0)} ms`, '');
row('first frame, bare ImGui hello page (median of 9)', `${median(firstHello).toFixed(0)} ms`, '');
row('  ratio Ladder / hello', ratio.toFixed(2), '<= 1.3', ratio <= 1.3);
row('frames drawn while idle (1 s, no input)', `${idleFrames} per second`, '0', idleFrames === 0);
row('ImGui CPU time per frame, results screen, median of the last frames', `${frameMs.toFixed(3)} ms`, '<= 1 ms', frameMs <= 1);
row('  the same, team discussion screen (12 members, 24 dot plots)', `${teamFrameMs.toFixed(3)} ms`, '');

const width = Math.max(...rows.map((r) => r.what.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`${'what'.padEnd(width)}  ${'measured'.padEnd(valueWidth)}  ${'bar'.padEnd(10)}  met`);
for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.bar.padEnd(10)}  ${r.pass}`);
