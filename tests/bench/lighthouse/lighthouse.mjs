// Lighthouse (pinned in this folder's package.json, installed on demand by `make bench`, never
// by `make test`) against a page: its default mobile run (a mid-range phone's screen, simulated
// slow 4G and a CPU four times slower) and all four categories, in Debian's Chromium
// (CHROME_PATH, else /usr/bin/chromium), headless, with software WebGL so the canvas can draw.
// Lives in its own folder so the browser tests never install it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The load metrics reported beside the scores (milliseconds, CLS unitless).
const METRICS = { lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', fcp: 'first-contentful-paint', si: 'speed-index' };

// What a failing audit points at: the elements (selector and the start of their HTML), or the
// rows of its table.
function found(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 8).map((item) => {
    const node = item.node ?? (item.selector?.type === 'node' ? item.selector : undefined) ??
      item.subItems?.items?.[0]?.relatedNode;
    if (node) return `${node.selector ?? ''} ${String(node.snippet ?? '').slice(0, 100)}`.trim();
    return JSON.stringify(item).slice(0, 160);
  });
}

// Returns {version, userAgent, categories: {id: {score (0-100), failing: [audit ids]}}, metrics: {lcp, tbt, cls, fcp, si},
// details: {audit id: [what it found, briefly]}}. Failing are the category's scored audits
// (weight above 0) with a score below 1, not those that do not apply or are informative only.
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const categories = {};
    const details = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 &&
                           !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode))
        .map((audit) => audit.id);
      for (const audit of failing) details[audit] = found(lhr.audits[audit]);
      categories[id] = { score: category.score === null ? null : Math.round(category.score * 100), failing };
    }
    const metrics = {};
    for (const [key, id] of Object.entries(METRICS)) metrics[key] = lhr.audits[id]?.numericValue ?? null;
    return { version: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent, categories, metrics, details };
  } finally {
    await chrome.kill();
  }
}

// node tests/bench/lighthouse/lighthouse.mjs URL: the same, printed as JSON.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(JSON.stringify(await runLighthouse(process.argv[2]), null, 2));
}
