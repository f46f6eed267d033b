// make bench: the performance table (each figure against the bar it must meet), measured in one
// run on this machine.
// Browser figures come from Debian's Chromium (software WebGL), so compare ratios measured in
// the same run (Ladder against a bare ImGui page) rather than absolute times between machines.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root, dist, click, idle, startBrowser, startServer, wheel, widget } from '../e2e/helpers.mjs';

const rows = [];
const row = (what, value, bar, pass) => rows.push({ what, value, bar, pass: pass === undefined ? '' : pass ? 'yes' : 'NO' });
const section = (title) => rows.push({ what: `-- ${title}`, value: '', bar: '', pass: '' });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Figures for build/bench.json, besides the rows.
const figures = { sizes: {}, native: {}, startup: {}, page: {}, lighthouse: null };

// --- Sizes -------------------------------------------------------------------------------
section('size of a first visit (every file until the first interactive frame)');
const file = (f) => readFileSync(join(dist, f));
const firstLoad = (files) => files.reduce((sum, f) => ({ gzip: sum.gzip + gz(file(f)), brotli: sum.brotli + br(file(f)) }), { gzip: 0, brotli: 0 });
const program = ['index.html', 'ladder.js', 'ladder.wasm'];
// A visit in English loads these; in another language, that language's file too (and no other).
// The bar is 250 KB (gzip -9) for any one language.
for (const lang of ['en', 'es', 'fr', 'et']) {
  const files = lang === 'en' ? program : [...program, `lang/${lang}.json`];
  const load = firstLoad(files);
  figures.sizes[lang] = load;
  row(`hosted page in ${lang}, gzip -9 (brotli -q 11)`, `${kb(load.gzip)} (${kb(load.brotli)})`, '<= 250 KB', load.gzip <= 250 * 1024);
}
for (const f of [...program, 'lang/fr.json']) row(`  ${f}: raw / gzip -9 / brotli`, `${kb(file(f).length)} / ${kb(gz(file(f)))} / ${kb(br(file(f)))}`, '');
const offline = join(dist, 'ladder-offline.html');
if (existsSync(offline)) {
  const size = readFileSync(offline).length;
  figures.sizes.offline = size;
  row('offline single file, all four languages', kb(size), '<= 800 KB', size <= 800 * 1024);
}
// Where the wasm's bytes go (tests/bench/wasm_parts.py, from the link's symbol map).
const symbols = join(root, 'build/web/web/ladder.js.symbols');
if (existsSync(symbols)) {
  // The JSON the core compiles in, as core/embed_json.cmake writes it (no line breaks, no indentation).
  const blobs = mkdtempSync(join(tmpdir(), 'ladder-blobs-'));
  const embedded = (name) => {
    const path = join(blobs, name);
    writeFileSync(path, readFileSync(join(root, 'core/models', name), 'utf8').replace(/\n */g, ''));
    return path;
  };
  const parts = JSON.parse(execFileSync('python3', [join(root, 'tests/bench/wasm_parts.py'), join(dist, 'ladder.wasm'), symbols,
    `data: font Inter Regular=${join(root, 'build/web/web/Inter-Regular.subset.ttf')}`,
    `data: font Inter SemiBold=${join(root, 'build/web/web/Inter-SemiBold.subset.ttf')}`,
    `data: the default model, English=${embedded('digital-services.json')}`,
    `data: the example assessment=${embedded('example-assessment.json')}`], { encoding: 'utf8' }));
  figures.sizes.wasm_parts = parts.parts;
  row('ladder.wasm by part: raw / gzip alone (parts compress apart, so they add up to more)', '', '');
  for (const p of parts.parts) row(`  ${p.part}`, `${kb(p.raw)} / ${kb(p.gzip)}`, '');
}

// --- Native core -------------------------------------------------------------------------
section('the core, native');
const core = JSON.parse(execFileSync(join(root, 'build/native/tests/ladder_bench'), { encoding: 'utf8' }));
figures.native = core;
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
const LOADS = 15;  // start-up: loads of each page, interleaved
const firstLadder = [], firstHello = [], marks = {}, runs = [];
let idleFrames = 0, frameMs = 0;
let mirror = null, mirrorCost = null, lighthouse = null, teams = [], merges = [], journeyMemory = 0, convenings = [];

// A team exercise of `members` people with spread-out answers, as the Team screen saves it.
function teamExercise(members) {
  const base = JSON.parse(example);
  const ids = Object.keys(base.answers);
  const respondents = Array.from({ length: members }, (_, r) => {
    const a = structuredClone(base);
    a.id = (r + 1).toString(16).padStart(32, '0');  // each a person of their own
    a.respondent = `Member ${r + 1}`;
    ids.forEach((id, k) => { a.answers[id].level = (r * 7 + k * 3) % 4; a.answers[id].dont_know = false; });
    return a;
  });
  return JSON.stringify({ format: 'ladder-team', version: 1, model: base.model, team: 'Bench', respondents });
}
// Puts a team exercise of `members` people in the page's storage, on its discussion step, and
// reloads: the Team screen opens with it.
async function openTeam(page, members) {
  await page.evaluate(([key, exercise]) => {
    localStorage.setItem(key, exercise);
    localStorage.setItem('ladder.v1.state', JSON.stringify({ screen: 'team', team: 'bench', team_step: 1 }));
  }, ['ladder.v1.team.bench', teamExercise(members)]);
  await page.reload();
  await page.evaluate(() => window.ladder.ready);
  await idle(page);
}
// Lets `count` animation frames pass with no input (counted in the page, not timed).
const animationFrames = (page, count) => page.evaluate((n) => new Promise((resolve) => {
  let left = n;
  const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
}), count);
const stats = (page) => page.evaluate(() => window.ladder.stats());

async function openPage(url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
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
// clock is too coarse for the median of frames this short) while someone chooses levels on the
// Assess screen, with the mirror and without it (?nomirror), in five interleaved page loads each.
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

// The team discussion screen with `members` people (24 dot plots): ImGui's CPU time per frame
// (median and 95th percentile of the frames drawn while the pointer moves over it), and the
// mirror's DOM writes per frame while the pointer moves (nothing a screen reader could know
// changes) and while the page scrolls (every widget moves).
async function teamScreen(members) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(site.url);
    await page.evaluate(() => window.ladder.ready);
    await openTeam(page, members);
    const counted = (await page.evaluate(() => window.ladder.team())).respondents.length;
    const hoverBefore = await stats(page);
    for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
    await idle(page);
    const hoverAfter = await stats(page);
    const scrollBefore = hoverAfter;
    for (let k = 0; k < 6; ++k) await wheel(page, 120);
    const scrollAfter = await stats(page);
    const perFrame = (a, b) => (b.frames > a.frames ? (b.mirror_writes - a.mirror_writes) / (b.frames - a.frames) : NaN);
    return {
      members, counted,
      median: hoverAfter.frame_ms_median, p95: hoverAfter.frame_ms_p95,
      hoverWrites: perFrame(hoverBefore, hoverAfter), scrollWrites: perFrame(scrollBefore, scrollAfter),
      scrollFrames: scrollAfter.frames - scrollBefore.frames,
    };
  } finally {
    await context.close();
  }
}

// `count` teams' assessment files, each a team of its own with spread-out levels.
function teamFiles(count) {
  const base = JSON.parse(example);
  const ids = Object.keys(base.answers);
  return Array.from({ length: count }, (_, t) => {
    const a = structuredClone(base);
    a.id = (t + 1).toString(16).padStart(32, '0');
    a.team = `Team ${t + 1}`;
    ids.forEach((id, k) => { a.answers[id].level = (t * 5 + k * 3) % 4; a.answers[id].dont_know = false; });
    return { name: `team-${t + 1}.json`, text: JSON.stringify(a) };
  });
}

// The Peers screen (the convening view) given `count` teams' files in one drop: how long from
// the drop until every file is read, counted and shown (files per second), then ImGui's CPU
// time per frame while the pointer moves over the heatmap and the mirror's writes per frame
// while it scrolls.
async function peersScreen(count) {
  const { context, page } = await openPage(site.url);
  try {
    await click(page, 'nav-peers');
    const ms = await page.evaluate(async (list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
      const start = performance.now();
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
      await window.ladder.idle();
      return performance.now() - start;
    }, teamFiles(count));
    const counted = (await page.evaluate(() => window.ladder.ui())).convening.teams;
    for (let k = 0; k < 3; ++k) await wheel(page, 300);  // down to the heatmap
    const hoverBefore = await stats(page);
    for (let k = 0; k < 60; ++k) await page.mouse.move(300 + k * 10, 200 + (k % 9) * 40);
    await idle(page);
    const hoverAfter = await stats(page);
    for (let k = 0; k < 6; ++k) await wheel(page, 200);
    const scrollAfter = await stats(page);
    return {
      count, counted, ms, median: hoverAfter.frame_ms_median, p95: hoverAfter.frame_ms_p95,
      stoodIn: hoverAfter.blocks_stood_in, hoverFrames: hoverAfter.frames - hoverBefore.frames,
      scrollWrites: scrollAfter.frames > hoverAfter.frames ? (scrollAfter.mirror_writes - hoverAfter.mirror_writes) / (scrollAfter.frames - hoverAfter.frames) : NaN,
    };
  } finally {
    await context.close();
  }
}

// The whole journey in one page (start, answer every question, results, a 200-member team):
// the wasm memory it reserved at the end, which only grows, so the visit's peak.
async function journey() {
  const { context, page } = await openPage(site.url);
  try {
    await page.evaluate((text) => window.ladder.loadAssessment(text), example);
    await idle(page);
    await click(page, 'nav-assess');
    for (let k = 0; k < 8; ++k) await click(page, `level-${k % 4}`);
    await click(page, 'nav-results');
    await openTeam(page, 200);
    return (await stats(page)).memory_bytes;
  } finally {
    await context.close();
  }
}

// The team merge in the page (window.ladder.benchMerge: the same made-up respondents as the
// native bench), each size in a fresh page.
async function pageMerges() {
  const out = [];
  for (const n of [10, 100, 1000, 10000]) {
    const { context, page } = await openPage(site.url);
    try {
      const runs = [];
      for (let k = 0; k < (n >= 10000 ? 3 : 7); ++k) runs.push(await page.evaluate((count) => window.ladder.benchMerge(count), n));
      out.push({ respondents: n, ms: median(runs.map((r) => r.ms)), memory_growth_bytes: Math.max(...runs.map((r) => r.memory_growth_bytes)),
        memory_bytes: (await stats(page)).memory_bytes });
    } finally {
      await context.close();
    }
  }
  return out;
}

try {
  // Fifteen interleaved loads each: single loads vary by +-30 % here, and the medians of nine
  // loads still put the ratio anywhere from 1.16 to 1.4 between runs of the same build.
  for (let i = 0; i < LOADS; ++i) {
    for (const [url, into, probe] of [[hello.url, firstHello, () => window.firstFrame],
                                      [site.url, firstLadder, () => window.ladder.ready.then(() => window.ladder.readyAt)]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      into.push(await page.evaluate(probe));
      if (url === site.url) {
        const timeline = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])
          .concat(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime])));
        const run = Object.fromEntries(timeline.map(([name, at]) => [name.replace('ladder:', ''), at]));
        runs.push(run);
        for (const [name, at] of Object.entries(run)) (marks[name] ||= []).push(at);
      }
      if (url === site.url && i === 0) {
        await page.evaluate(() => window.ladder.idle());  // settled: the layout and any loading done
        const before = (await page.evaluate(() => window.ladder.stats())).frames;
        await page.waitForTimeout(1000);
        idleFrames = (await page.evaluate(() => window.ladder.stats())).frames - before;
        // Frame time on the results screen (the heaviest: radar, table, cards), while the mouse moves.
        await page.evaluate((text) => window.ladder.loadAssessment(text), example);
        await page.evaluate(() => window.ladder.idle());
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 10);
        frameMs = (await page.evaluate(() => window.ladder.stats())).frame_ms_median;
      }
      await context.close();
    }
  }
  mirror = await mirrorWrites();
  mirrorCost = await mirrorFrameCost();
  for (const members of [5, 50, 200]) teams.push(await teamScreen(members));
  for (const count of [12, 100, 500]) convenings.push(await peersScreen(count));
  journeyMemory = await journey();
  merges = await pageMerges();
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

section('start-up, headless Chromium with software WebGL, loopback');
const ratio = median(firstLadder) / median(firstHello);
row(`first interactive frame, Ladder (median of ${LOADS})`, `${median(firstLadder).toFixed(0)} ms`, '');
row(`first frame, bare ImGui hello page (median of ${LOADS})`, `${median(firstHello).toFixed(0)} ms`, '');
row('  ratio Ladder / hello', ratio.toFixed(2), '<= 1.2', ratio <= 1.2);
// Where the time goes, each moment the median of the loads (shell/index.html and
// web/main.cpp mark them); the program's own stages follow one another on the main thread.
const markAt = (name) => (marks[name] ? median(marks[name]) : NaN);
figures.startup = Object.fromEntries(Object.keys(marks).map((name) => [name, markAt(name)]));
figures.startup.ratio_to_hello = ratio;
for (const [name, what] of [['script', 'the page\'s HTML read, its script running'],
                            ['first-contentful-paint', 'the first screen\'s text painted (HTML)'],
                            ['wasm-downloaded', 'ladder.wasm downloaded'], ['wasm-compiled', 'ladder.wasm compiled (while it streamed)'],
                            ['js-loaded', 'ladder.js loaded'], ['webgl-context', 'the WebGL context made (after the first paint)'],
                            ['instantiated', 'the program instantiated']]) {
  row(`  at ${what}`, `${markAt(name).toFixed(0)} ms`, '');
}
// Each step's length is the median over the loads of that load's own difference.
const step = (from, to) => median(runs.filter((r) => from in r && to in r).map((r) => r[to] - r[from]));
figures.startup.steps = {};
for (const [from, to, what] of [['instantiated', 'main', 'runtime start (static constructors, first calls compiled)'],
                                ['main', 'imgui', 'WebGL and ImGui set up'], ['imgui', 'app', 'the app: default model read, stored state restored (after a yield)'],
                                ['app', 'atlas', 'font atlas rasterised (after a yield)'], ['atlas', 'fonts', 'font atlas uploaded'],
                                ['fonts', 'frame', 'a yield before the first frame'], ['frame', 'screens', 'the first screen laid out (ImGui)'],
                                ['screens', 'ui', 'the accessibility mirror built'], ['ui', 'drawn', 'drawn (WebGL)']]) {
  figures.startup.steps[`${from}-${to}`] = step(from, to);
  row(`  ${what}`, `${step(from, to).toFixed(1)} ms`, '');
}
row('  at the first interactive frame', `${markAt('first-frame').toFixed(0)} ms`, '');

section('frames');
row('frames drawn while idle (1 s, no input)', `${idleFrames} per second`, '0', idleFrames === 0);
row('ImGui CPU time per frame, results screen, median of the last frames', `${frameMs.toFixed(3)} ms`, '<= 1 ms', frameMs <= 1);
for (const t of teams) {
  const bar = t.members === 50 ? '<= 1 ms' : '';
  row(`team discussion screen, ${t.members} members (${t.counted} counted): CPU per frame, median / p95`,
    `${t.median.toFixed(3)} / ${t.p95.toFixed(3)} ms`, bar, t.members === 50 ? t.median <= 1 && t.counted === 50 : undefined);
}
for (const c of convenings) {
  row(`peers screen, ${c.count} teams' files in one drop (${c.counted} counted): read and shown in / files per second`,
    `${c.ms.toFixed(0)} ms / ${(c.count / (c.ms / 1000)).toFixed(0)}`, '', c.counted === c.count ? undefined : false);
  row(`  heatmap of ${c.count} teams: CPU per frame, median / p95 (${c.hoverFrames} frames, ${c.stoodIn} rows stood in for); mirror writes per frame scrolling`,
    `${c.median.toFixed(3)} / ${c.p95.toFixed(3)} ms; ${Number.isNaN(c.scrollWrites) ? 'n/a' : c.scrollWrites.toFixed(0)}`, '');
}
const bigTeam = teams.find((t) => t.members === 200);
row('  mirror DOM writes per frame, 200 members, pointer moving / scrolling',
  `${Number.isNaN(bigTeam.hoverWrites) ? 'n/a' : bigTeam.hoverWrites.toFixed(1)} / ${bigTeam.scrollWrites.toFixed(1)} (${bigTeam.scrollFrames} frames)`, '0 / -',
  bigTeam.hoverWrites === 0);
const costLabel = 'CPU time per frame choosing levels, mirror on / off (?nomirror), mean per page, median of 5 pages';
if (mirrorCost.off === null) {
  row(costLabel, `${mirrorCost.on.toFixed(3)} ms / n/a`, '');
} else {
  row(costLabel, `${mirrorCost.on.toFixed(3)} ms / ${mirrorCost.off.toFixed(3)} ms (ratio ${(mirrorCost.on / mirrorCost.off).toFixed(2)})`, '');
}
row(`mirror DOM writes per idle frame (${mirror.idleFramesDrawn} frames drawn)`,
  Number.isNaN(mirror.idlePerFrame) ? 'n/a: no frame drawn' : String(mirror.idlePerFrame), '0', mirror.idlePerFrame === 0);
row('mirror DOM writes: choosing a level / changing screen / typing a character', `${mirror.level} / ${mirror.screen} / ${mirror.typing}`, '');

section('the team merge in the page (wasm)');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
for (const m of merges) row(`merge of ${m.respondents.toLocaleString('en')} respondents in the page`, `${m.ms.toFixed(2)} ms, memory ${mb(m.memory_bytes)}`, '');
const m1 = merges.find((m) => m.respondents === 1000), m10 = merges.find((m) => m.respondents === 10000);
const pageGrowth = (m10.ms / 10000) / (m1.ms / 1000);
row('  growth 1,000 -> 10,000 respondents, time per respondent', `${pageGrowth.toFixed(2)}x`, '<= 1.5x', pageGrowth <= 1.5);
row('peak wasm memory after the whole journey (answers, results, a 200-member team)', mb(journeyMemory), '');
figures.page = { teams, merges, journey_memory_bytes: journeyMemory, mirror, mirror_cost: mirrorCost, idle_frames: idleFrames, results_frame_ms: frameMs };

section(`Lighthouse ${lighthouse.version ?? ''}, default mobile run, hosted page (served precompressed)`);
if (lighthouse.error) {
  row('Lighthouse', lighthouse.error, '', false);
} else {
  figures.lighthouse = { version: lighthouse.version, scores: Object.fromEntries(Object.entries(lighthouse.categories).map(([k, c]) => [k, c.score])),
    metrics: lighthouse.metrics, failing: lighthouse.details };
  for (const [id, name, min] of [['performance', 'performance', 95], ['accessibility', 'accessibility', 100],
                                 ['best-practices', 'best practices', 100], ['seo', 'SEO', 90]]) {
    const c = lighthouse.categories[id];
    row(`${name} score`, String(c.score), min === 100 ? '100' : `>= ${min}`, c.score !== null && c.score >= min);
    if (c.failing.length) row('  failing audits', c.failing.join(', '), '');
  }
  const m = lighthouse.metrics;
  const ms = (v) => (v === null ? 'none' : `${Math.round(v)} ms`);
  row('  LCP / TBT / CLS (FCP, speed index)', `${ms(m.lcp)} / ${ms(m.tbt)} / ${m.cls === null ? 'none' : m.cls.toFixed(3)} (${ms(m.fcp)}, ${ms(m.si)})`, '');
}

const width = Math.max(...rows.map((r) => r.what.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`${'what'.padEnd(width)}  ${'measured'.padEnd(valueWidth)}  ${'bar'.padEnd(10)}  met`);
for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.bar.padEnd(10)}  ${r.pass}`);
const failed = rows.filter((r) => r.pass === 'NO');
console.log(failed.length ? `\n${failed.length} bar(s) not met: ${failed.map((r) => r.what.trim()).join('; ')}` : '\nEvery bar is met.');
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(join(root, 'build/bench.json'), JSON.stringify({ measured: new Date().toISOString(), rows, convenings, ...figures }, null, 1));
console.log('Written to build/bench.json.');
