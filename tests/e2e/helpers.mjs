// Shared set-up for the browser tests: a loopback static server for dist/, Debian's
// Chromium driven by playwright-core (never a downloaded browser), a record of every request
// the page makes, and helpers to reach the CLI for comparisons.
//
// Every wait here is for a fact, never for a time: window.ladder.idle() (the app has finished
// reacting: no frame pending, no file read or fetch in flight), a widget in the registry, a
// browser event. A busy machine makes the suite slower, not flakier; what cannot happen fails
// with a message that names what was expected.
import { inflateSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../shell/serve.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = join(root, 'dist');
export const cli = join(root, 'build/native/ladder-cli');
export const artifacts = join(root, 'tests/e2e/artifacts');

// How long a fact may take to come true before the test fails saying which one it was.
// Generous: on a loaded machine a frame of the software-rendered canvas can take a while.
const FACT_TIMEOUT_MS = 30000;

// Software WebGL for a headless machine, and no background traffic to the outside
// (without a GPU, Chromium needs SwiftShader to draw WebGL; without the network flags it keeps
// trying to reach the outside).
const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter'];

export async function startBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export async function startServer(folder = dist) {
  const server = await serve(folder, 0);
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

// Waits until the app in this page or frame has finished reacting to what was done to it.
// A page that never becomes idle (a frame loop that never stops) fails here, loudly.
export async function idle(target) {
  let timer;
  const deadline = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the app did not become idle within ${FACT_TIMEOUT_MS / 1000} s`)), FACT_TIMEOUT_MS);
  });
  try {
    await Promise.race([target.evaluate(() => window.ladder.idle()), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// Waits for window.ladder.ready (the first frame), then for the app to be idle.
export async function ready(target) {
  await target.evaluate(() => window.ladder.ready);
  await idle(target);
}

export async function reload(page) {
  await page.reload();
  await ready(page);
}

// Opens the page in a new browser context, closed when the test `t` ends, waits until it is
// ready and idle, and returns the page with the list of every request it made (url and
// whether it happened after ready). Other options go to the browser context as they are (for
// example colorScheme: 'dark', contrast: 'more', reducedMotion: 'reduce').
export async function openLadder(t, browser, url, { deviceScaleFactor = 1, viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const context = await browser.newContext({ deviceScaleFactor, viewport, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterReady: loaded }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.ladder.ready);
  loaded = true;
  await idle(page);
  return { context, page, requests, errors };
}

// A long journey as named steps sharing one page: a failure names the step that broke, and
// the steps after it are skipped (they would only fail for the same reason).
export function journey(t) {
  let broken = '';
  return async (name, fn) => t.test(name, async (st) => {
    if (broken) {
      st.skip(`step "${broken}" failed`);
      return;
    }
    try {
      await fn(st);
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

export function runCli(args, input) {
  return execFileSync(cli, args, { input, encoding: 'utf8' });
}

// Members' answer files of one team, made as a member makes them (ladder-cli template):
// `members` is [[name, base], ...]; member answers category k with (base + k % 2) % 4.
// Returns [{name, text}], as dropFiles() takes them.
export function memberFiles(members, team = 'Unidad Digital') {
  const template = JSON.parse(runCli(['template']));
  return members.map(([name, base]) => {
    const file = structuredClone(template);
    file.team = team;
    file.respondent = name;
    Object.keys(file.answers).forEach((id, k) => { file.answers[id].level = (base + (k % 2)) % 4; });
    return { name: `${name.toLowerCase()}.json`, text: JSON.stringify(file) };
  });
}

// Rows of a CSV file as ladder writes it (RFC 4180 after a UTF-8 byte-order mark): arrays of
// fields, quotes undone. Blank lines give empty rows.
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

export async function ui(target) {
  await idle(target);
  return target.evaluate(() => window.ladder.ui());
}

export async function screen(target) {
  return (await ui(target)).screen;
}

// The widget registry (window.ladder.widgets()) is how tests find what a person sees.
export async function widgets(target) {
  await idle(target);
  return target.evaluate(() => window.ladder.widgets());
}

// The widget with this id, once the app is idle and the widget is in the registry.
export async function widget(target, id) {
  await idle(target);
  try {
    const found = await target.waitForFunction((wanted) => window.ladder.widgets().find((w) => w.id === wanted), id,
      { timeout: FACT_TIMEOUT_MS });
    return await found.jsonValue();
  } catch (error) {
    const where = await target.evaluate(() => window.ladder.ui().screen).catch(() => 'unknown');
    throw new Error(`no widget "${id}" on screen ${where}: ${error.message.split('\n')[0]}`);
  }
}

// Where a page widget can be clicked: below the top bar, above the toast.
const TOP_BAR = 60;
const TOAST = 90;

function inView(w, viewport) {
  const top = TOP_BAR, bottom = viewport.height - TOAST;
  if (w.rect.h > bottom - top) {
    const centre = w.rect.y + w.rect.h / 2;  // taller than the view: its centre is what a click needs
    return centre >= top && centre <= bottom;
  }
  return w.rect.y >= top && w.rect.y + w.rect.h <= bottom;
}

// One wheel event over the middle of the canvas, waited for until the canvas has received it
// and the app is idle again (the content has moved, if it could).
export async function wheel(page, deltaY) {
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  await page.evaluate(() => {
    window.wheelSeen = false;
    document.getElementById('canvas').addEventListener('wheel', () => { window.wheelSeen = true; }, { once: true });
  });
  await page.mouse.wheel(0, deltaY);
  await page.waitForFunction(() => window.wheelSeen, null, { timeout: FACT_TIMEOUT_MS });
  await idle(page);
}

// Scrolls the content until the page widget `w` is in view, aiming its centre at the middle
// of the view. Fails, naming the widget, when the content scrolls no further and the widget
// is still not on the screen.
async function scrollIntoView(page, w) {
  const viewport = page.viewportSize();
  const middle = (TOP_BAR + viewport.height - TOAST) / 2;
  let pixelsPerDelta = 2;  // ImGui scrolls 5 lines of text per 40 units of deltaY; measured after each step
  for (let step = 0; !inView(w, viewport); ++step) {
    if (step === 20) throw new Error(`widget "${w.id}" still out of view after ${step} wheel steps (y ${w.rect.y}, h ${w.rect.h})`);
    const wanted = w.rect.y + w.rect.h / 2 - middle;  // positive: the content must move up
    const delta = Math.sign(wanted) * Math.max(1, Math.round(Math.abs(wanted) / pixelsPerDelta));
    const before = w.rect.y;
    await wheel(page, delta);
    w = await widget(page, w.id);
    const moved = before - w.rect.y;
    if (moved === 0) {
      // The content scrolls no further this way: the widget is as far into view as it can come.
      if (w.rect.y >= 0 && w.rect.y + w.rect.h <= viewport.height) return w;
      throw new Error(`widget "${w.id}" cannot be scrolled into view (y ${w.rect.y}, h ${w.rect.h}, window ${viewport.height})`);
    }
    pixelsPerDelta = Math.max(0.1, moved / delta);
  }
  return w;
}

// Clicks a widget with the mouse, at its centre. A widget in the scrolling content (layer
// "page", also assumed when the registry gives no layer) is scrolled into view first; a fixed
// one (layer "overlay": the top bar, the toast, popups) never is.
export async function click(page, id) {
  // A section of the navigation behind the Menu button (a narrow window, large text, a long
  // language) is reached through it, as a person would.
  if (id.startsWith('nav-') && id !== 'nav-menu' && id !== 'nav-language') {
    const all = await widgets(page);
    if (!all.some((x) => x.id === id) && all.some((x) => x.id === 'nav-menu')) await click(page, 'nav-menu');
  }
  let w = await widget(page, id);
  if ((w.layer ?? 'page') === 'page') w = await scrollIntoView(page, w);
  await page.mouse.click(w.rect.x + w.rect.w / 2, w.rect.y + w.rect.h / 2);
  await idle(page);
  return w;
}

// Target sizes (targets.test.mjs, touch.test.mjs). A widget is measured where it is fully on
// screen: the page is scrolled through with the wheel, from top to bottom, and each widget
// measured in a view that holds all of it. (A child window out of sight skips its items, and
// the registry then repeats the last rectangle ImGui knew; a rectangle in plain view is always
// the widget's own.) Headings and pictures are not targets.
const TARGET_TOP_BAR = 57;  // the top bar's height and its line
const TARGET_EDGE = 16;     // a rectangle this close to the edge of the view may be a stale one
const NOT_TARGETS = new Set(['heading', 'img']);

// Scrolls the current view from top to bottom and returns every target with its size, each
// measured once fully in view, plus the ids that never were. `layer` ('overlay' or 'page')
// keeps only that layer's widgets: with a popup open, the page under it does not scroll (the
// popup takes the wheel), so only the overlay is measured then.
export async function measureTargets(page, { layer } = {}) {
  const viewport = page.viewportSize();
  const sizes = new Map();
  const seen = new Set();
  const take = (list) => {
    for (const w of list.filter((item) => !NOT_TARGETS.has(item.role) && (!layer || item.layer === layer))) {
      seen.add(w.id);
      const { x, y, w: width, h } = w.rect;
      const top = w.layer === 'overlay' ? 0 : TARGET_TOP_BAR + TARGET_EDGE;
      const inView = x >= 0 && x + width <= viewport.width && y >= top && y + h <= viewport.height - TARGET_EDGE;
      if (inView && !sizes.has(w.id)) sizes.set(w.id, { id: w.id, role: w.role, w: width, h });
    }
  };
  // To the top first: a new screen starts there, but a team step may keep the scroll.
  for (let i = 0; i < 50; ++i) {
    const before = JSON.stringify((await widgets(page)).map((w) => w.rect.y));
    await wheel(page, -2000);
    if (JSON.stringify((await widgets(page)).map((w) => w.rect.y)) === before) break;
  }
  for (let i = 0; i < 200; ++i) {
    const list = await widgets(page);
    take(list);
    const before = JSON.stringify(list.map((w) => w.rect.y));
    await wheel(page, 150);  // a few hundred pixels: less than a view, so nothing is skipped
    if (JSON.stringify((await widgets(page)).map((w) => w.rect.y)) === before) break;
  }
  take(await widgets(page));
  const never = [...seen].filter((id) => !sizes.has(id));
  return { sizes: [...sizes.values()], never };
}

// Fails naming every target of measureTargets() smaller than `min` CSS px either way.
export function assertTargetSizes(where, { sizes, never }, min) {
  assert.ok(sizes.length > 0, `${where}: no widgets measured`);
  const small = sizes.filter((s) => s.w < min || s.h < min).map((s) => `${s.id} (${s.role}) ${s.w}x${s.h}`);
  assert.deepEqual(small, [], `${where}: targets under ${min}x${min} CSS px`);
  assert.deepEqual(never, [], `${where}: widgets never fully in view, so never measured`);
}

// Drops files on the page as a person dragging them from the desktop would, and waits until
// they have been read and the app has shown the outcome. A file is {name, text}, or {name,
// bytes} (a Buffer or an array of byte values) for one saved in another encoding.
export async function dropFiles(page, files) {
  const plain = files.map((f) => (f.bytes ? { name: f.name, bytes: [...f.bytes] } : f));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      transfer.items.add(new File([f.bytes ? new Uint8Array(f.bytes) : f.text], f.name, { type: 'application/json' }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, plain);
  await idle(page);
}

// Clicks the widget that opens the file picker, chooses these files ({name, mimeType,
// buffer}), and waits until the page has taken them (the picker's change event) and is idle.
export async function chooseFiles(page, id, files) {
  const opened = page.waitForEvent('filechooser');
  await click(page, id);
  const chooser = await opened;
  const input = chooser.element();
  await input.evaluate((el) => {
    el.ladderChanged = new Promise((resolve) => el.addEventListener('change', resolve, { once: true }));
  });
  await chooser.setFiles(files);
  await input.evaluate((el) => el.ladderChanged);
  await idle(page);
}

// Clicks a widget that downloads a file; returns the file's suggested name and text.
export async function downloadText(page, id) {
  const download = page.waitForEvent('download');
  await click(page, id);
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

// The usual set-up of a journey file: one browser and one server for dist/, started before
// the first test and closed after the last. Returns an object whose fields fill in then.
export function useBrowserAndSite() {
  const env = {};
  before(async () => {
    env.browser = await startBrowser();
    env.site = await startServer();
  });
  after(async () => {
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}

// A screenshot's pixels: Playwright's PNG (8-bit RGB or RGBA, not interlaced) decoded to
// {width, height, at(x, y) -> [r, g, b]}, for tests that look at what the canvas drew.
export function decodePng(png) {
  let at = 8, width = 0, height = 0, channels = 0;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8), body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0 || (body[9] !== 2 && body[9] !== 6)) throw new Error('only 8-bit RGB(A), not interlaced');
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      data.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels, pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; ++x) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0, up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const corner = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const paeth = () => {
        const p = left + up - corner, pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - corner);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, at: (x, y) => [...pixels.subarray((y * width + x) * channels, (y * width + x) * channels + 3)] };
}
