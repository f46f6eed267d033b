// make bench: the performance table (each figure against the bar it must meet), measured in one
// run on this machine.
// Browser figures come from Debian's Chromium (software WebGL), so compare ratios measured in
// the same run (Ladder against a bare ImGui page) rather than absolute times between machines.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, dist, click, idle, startBrowser, startServer, widget } from '../e2e/helpers.mjs';

const rows = [];
const row = (what, value, bar, pass) => rows.push({ what, value, bar, pass: pass === undefined ? '' : pass ? 'yes' : 'NO' });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Sizes -------------------------------------------------------------------------------
const hosted = ['index.html', 'ladder.js', 'ladder.wasm'].map((f) => join(dist, f));
const hostedGz = hosted.reduce((sum, f) => sum + gz(f), 0);
// A visit in English loads these; in another language, that language's file too (and no other).
// The bar is 250 KB for any one language.
row('hosted page, all files at load, English, gzip -9', kb(hostedGz), '<= 250 KB', hostedGz <= 250 * 1024);
for (const f of hosted) row(`  ${f.split('/').pop()} (raw / gzip -9)`, `${kb(readFileSync(f).length)} / ${kb(gz(f))}`, '');
for (const lang of ['es', 'fr', 'et']) {
  const file = join(dist, `lang/${lang}.json`);
  const total = hostedGz + gz(file);
  row(`hosted page in ${lang} (+ lang/${lang}.json ${kb(gz(file))}), gzip -9`, kb(total), '<= 250 KB', total <= 250 * 1024);
}
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
// Scaling: merges of 10 to 10,000 respondents (the time and the heap the merge holds at its
// peak), and growth per respondent from 1,000 to 10,000 no worse than linear (ratio <= 1.5).
const mem = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : kb(bytes));
for (const s of core.merge_scaling) {
  row(`merge of ${s.respondents.toLocaleString('en')} respondents, native`, `${s.ms.toFixed(3)} ms, peak ${mem(s.peak_bytes)}`, '');
}
const at = (n) => core.merge_scaling.find((s) => s.respondents === n);
const timeGrowth = (at(10000).ms / 10000) / (at(1000).ms / 1000);
const heapGrowth = (at(10000).peak_bytes / 10000) / (at(1000).peak_bytes / 1000);
row('merge growth 1,000 -> 10,000 respondents, per respondent (time / peak heap)', `${timeGrowth.toFixed(2)}x / ${heapGrowth.toFixed(2)}x`,
  '<= 1.5x both', timeGrowth <= 1.5 && heapGrowth <= 1.5);
const big = core.model_200;
row(`load and validate a ${big.categories}-category model (${kb(big.bytes)}), native`, `${big.parse_validate_ms.toFixed(2)} ms`, '');
row(`score one assessment, ${big.categories} categories, native`, `${(big.score_ms * 1000).toFixed(1)} us`, '');
row(`merge of 100 respondents x ${big.categories} categories, native`, `${big.merge_100_ms.toFixed(2)} ms`, '');

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
let mirror = null, mirrorCost = null, lighthouse = null;

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
// Lets `count` animation frames pass with no input (counted in the page, not timed).
const animationFrames = (page, count) => page.evaluate((n) => new Promise((resolve) => {
  let left = n;
  const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
}), count);
const stats = (page) => page.evaluate(() => window.ladder.stats());

async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.ladder.ready);
  await idle(page);
  return { context, page };
}

// The accessibility mirror's DOM writes (window.ladder.stats().mirror_writes: element creates,
// removes, moves, attribute and text changes): per frame while nothing changes, and for one
// interaction of each kind, counted from idle to idle.
async function mirrorWrites() {
  const { context, page } = await openPage(site.url);
  try {
    const writesDuring = async (action) => {
      const before = (await stats(page)).mirror_writes;
      await action();
      await idle(page);
      return (await stats(page)).mirror_writes - before;
    };
    // Frames with nothing to tell a screen reader: the pointer moving over an empty part of
    // the canvas asks for frames and changes no widget.
    const before = await stats(page);
    await page.mouse.move(4, 700);
    await page.mouse.move(6, 702);
    await animationFrames(page, 10);
    await idle(page);
    const after = await stats(page);
    const idleFramesDrawn = after.frames - before.frames;
    const result = {
      idlePerFrame: idleFramesDrawn > 0 ? (after.mirror_writes - before.mirror_writes) / idleFramesDrawn : NaN,
      idleFramesDrawn,
    };
    await page.evaluate((text) => window.ladder.loadAssessment(text), example);
    await idle(page);
    await click(page, 'nav-assess');
    const level = (await widget(page, 'level-1')).state === 'checked' ? 'level-2' : 'level-1';
    result.level = await writesDuring(() => click(page, level));
    result.screen = await writesDuring(() => click(page, 'nav-results'));
    await click(page, 'nav-assess');
    await click(page, 'note');
    result.typing = await writesDuring(() => page.keyboard.type('x'));
    return result;
  } finally {
    await context.close();
  }
}

// The frame's CPU time (stats().frame_ms_mean, the mean of the last 120 frames: the browser's
// clock is too coarse for the median of frames this short) while
// someone chooses levels on the Assess screen, with the mirror and without it (?nomirror), in
// five interleaved page loads each. Without the switch in the build (the mirror still gets
// updates with ?nomirror) there is nothing to compare: null.
async function mirrorFrameCost() {
  const medians = { on: [], off: [] };
  let honoured = true;
  for (let round = 0; round < 5; ++round) {
    for (const [variant, url] of [['on', site.url], ['off', `${site.url}?nomirror`]]) {
      const { context, page } = await openPage(url);
      try {
        await page.evaluate((text) => window.ladder.loadAssessment(text), example);
        await idle(page);
        await click(page, 'nav-assess');
        for (let k = 0; k < 24; ++k) await click(page, `level-${k % 4}`);
        const s = await stats(page);
        if (variant === 'off' && s.mirror_updates > 0) honoured = false;
        medians[variant].push(s.frame_ms_mean);
      } finally {
        await context.close();
      }
    }
  }
  return honoured ? { on: median(medians.on), off: median(medians.off) } : { on: median(medians.on), off: null };
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
        await page.evaluate(() => window.ladder.idle());  // settled: the layout and any loading done
        const before = (await page.evaluate(() => window.ladder.stats())).frames;
        await page.waitForTimeout(1000);
        idleFrames = (await page.evaluate(() => window.ladder.stats())).frames - before;
        // Frame time on the results screen (the heaviest: radar, table, cards), while the mouse moves.
        await page.evaluate((text) => window.ladder.loadAssessment(text), example);
        await page.evaluate(() => window.ladder.idle());  // settled: the layout and any loading done
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
        frameMs = (await page.evaluate(() => window.ladder.stats())).frame_ms_median;
        // The same on the team discussion screen: twelve members, 24 dot plots.
        await page.evaluate(([key, exercise]) => {
          localStorage.setItem(key, exercise);
          localStorage.setItem('ladder.v1.state', JSON.stringify({ screen: 'team', team: 'bench', team_step: 1 }));
        }, ['ladder.v1.team.bench', teamExercise()]);
        await page.reload();
        await page.evaluate(() => window.ladder.ready);
        await page.evaluate(() => window.ladder.idle());  // settled: the layout and any loading done
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
        teamFrameMs = (await page.evaluate(() => window.ladder.stats())).frame_ms_median;
      }
      await context.close();
    }
  }
  mirror = await mirrorWrites();
  mirrorCost = await mirrorFrameCost();
  // Lighthouse lives in its own folder (tests/bench/lighthouse), installed by make bench.
  try {
    const { runLighthouse } = await import('./lighthouse/lighthouse.mjs');
    lighthouse = await runLighthouse(site.url);
  } catch (error) {
    lighthouse = { error: error.code === 'ERR_MODULE_NOT_FOUND' ? 'not installed (make bench installs it)' : error.message };
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
const costLabel = 'CPU time per frame choosing levels, mirror on / off (?nomirror), mean per page, median of 5 pages';
if (mirrorCost.off === null) {
  row(costLabel, `${mirrorCost.on.toFixed(3)} ms / n/a`, '');
  row('  ratio on / off', 'n/a: ?nomirror does not turn the mirror off in this build', '');
} else {
  row(costLabel, `${mirrorCost.on.toFixed(3)} ms / ${mirrorCost.off.toFixed(3)} ms`, '');
  row('  ratio on / off', (mirrorCost.on / mirrorCost.off).toFixed(2), '');
}
row(`mirror DOM writes per idle frame (${mirror.idleFramesDrawn} frames drawn)`,
  Number.isNaN(mirror.idlePerFrame) ? 'n/a: no frame drawn' : String(mirror.idlePerFrame), '0', mirror.idlePerFrame === 0);
row('mirror DOM writes, choosing a level', String(mirror.level), '');
row('mirror DOM writes, changing screen (Assess to Results)', String(mirror.screen), '');
row('mirror DOM writes, typing one character in a text field (note)', String(mirror.typing), '');
if (lighthouse.error) {
  row('Lighthouse', lighthouse.error, '', false);
} else {
  for (const [id, name] of [['accessibility', 'accessibility'], ['best-practices', 'best practices']]) {
    const c = lighthouse.categories[id];
    row(`Lighthouse ${lighthouse.version} ${name} score, hosted page`, String(c.score), '100', c.score === 100);
    row('  failing audits', c.failing.length ? c.failing.join(', ') : 'none', '');
  }
}

const width = Math.max(...rows.map((r) => r.what.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`${'what'.padEnd(width)}  ${'measured'.padEnd(valueWidth)}  ${'bar'.padEnd(10)}  met`);
for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.bar.padEnd(10)}  ${r.pass}`);
