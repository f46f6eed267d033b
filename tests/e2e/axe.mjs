// Runs axe-core (pinned in tests/package.json) in a Playwright page and formats what it finds.
//
// The page's Content-Security-Policy allows only its own scripts, so axe's injected script is
// refused unless the browser context was created with `bypassCSP: true`; runAxe() says so
// instead of failing later with "axe is not defined".
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const axePath = require.resolve('axe-core/axe.min.js');

// WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (landmarks, one h1, heading
// order, ...). Rules for later WCAG versions or AAA are not run.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// Injects axe once into every frame of the page (axe checks a frame's content only when it
// runs there too, and would otherwise wait for an answer from the frame) and runs it over the
// whole page. Returns axe's violations:
// [{id, impact, help, helpUrl, tags, nodes: [{target, html, failureSummary}]}].
export async function runAxe(page, { tags = AXE_TAGS } = {}) {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => typeof window.axe === 'object')) continue;
    await frame.addScriptTag({ path: axePath }).catch(() => {});
    if (!(await frame.evaluate(() => typeof window.axe === 'object'))) {
      throw new Error(`axe-core could not be injected into ${frame.url()}: its Content-Security-Policy refuses it; ` +
        'create the browser context with { bypassCSP: true }');
    }
  }
  const result = await page.evaluate((values) => window.axe.run(document, {
    runOnly: { type: 'tag', values },
    resultTypes: ['violations'],
  }), tags);
  return result.violations;
}

// The start of an element's HTML without its inline style (the mirror positions every element
// with one, which would leave no room for the text that tells which element it is).
const shorten = (text, max) => {
  const flat = String(text).replace(/\s+style="[^"]*"/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

// One block per rule: "rule-id (impact, N nodes): help", then each node's CSS target and the
// start of its HTML. At most `maxNodes` nodes per rule are listed; the count says how many
// there were.
export function formatViolations(violations, { maxNodes = 5, htmlLength = 120 } = {}) {
  if (violations.length === 0) return 'no violations';
  const lines = [];
  for (const v of violations) {
    lines.push(`${v.id} (${v.impact ?? 'no impact'}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}`);
    for (const node of v.nodes.slice(0, maxNodes)) {
      lines.push(`    ${node.target.join(' ')}  ${shorten(node.html, htmlLength)}`);
    }
    if (v.nodes.length > maxNodes) lines.push(`    … and ${v.nodes.length - maxNodes} more`);
  }
  return lines.join('\n');
}

// "rule-id x count" per rule, for summaries.
export const ruleCounts = (violations) => violations.map((v) => `${v.id} x${v.nodes.length}`).join(', ');
