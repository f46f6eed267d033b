// The published JSON Schemas (core/schema/) agree with the C++ validator: what the core
// accepts the schema accepts, and the fixtures the core refuses the schema refuses too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { cli, root } from '../e2e/helpers.mjs';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const load = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const modelSchema = ajv.compile(load('core/schema/ladder-model.schema.json'));
const assessmentSchema = ajv.compile(load('core/schema/ladder-assessment.schema.json'));

function cliAccepts(args) {
  try {
    execFileSync(cli, args, { stdio: 'pipe' });
    return true;
  } catch (e) {
    if (e.status === 1) return false;
    throw e;
  }
}

test('the default model is valid against the model schema', () => {
  assert.ok(modelSchema(load('core/models/digital-services.json')), JSON.stringify(modelSchema.errors, null, 1));
});

test('the mini test model is valid against the model schema and the validator', () => {
  assert.ok(modelSchema(load('tests/data/mini-model.json')), JSON.stringify(modelSchema.errors, null, 1));
  assert.ok(cliAccepts(['validate', join(root, 'tests/data/mini-model.json')]));
});

test('a broken model is refused by the schema and by the validator', () => {
  assert.equal(modelSchema(load('tests/data/broken-model.json')), false);
  assert.equal(cliAccepts(['validate', join(root, 'tests/data/broken-model.json')]), false);
});

test('the example assessment and a CLI template are valid against the assessment schema', () => {
  assert.ok(assessmentSchema(load('core/models/example-assessment.json')), JSON.stringify(assessmentSchema.errors));
  const template = JSON.parse(execFileSync(cli, ['template'], { encoding: 'utf8' }));
  assert.ok(assessmentSchema(template), JSON.stringify(assessmentSchema.errors));
});

test('wrongly typed assessments are refused by the schema and by the core alike', () => {
  const base = load('core/models/example-assessment.json');
  const variants = [
    (a) => { a.answers.mandate.level = 1.5; },
    (a) => { a.answers.mandate.level = '2'; },
    (a) => { a.answers.mandate.level = true; },
    (a) => { a.answers.mandate.level = 7; },
    (a) => { a.team = 12; },
    (a) => { a.version = 2; },
    (a) => { delete a.model; },
  ];
  for (const change of variants) {
    const a = structuredClone(base);
    change(a);
    assert.equal(assessmentSchema(a), false, `schema accepted ${change}`);
    let status = 0;
    try {
      execFileSync(cli, ['score', '-'], { input: JSON.stringify(a), stdio: 'pipe' });
    } catch (e) {
      status = e.status;
    }
    assert.equal(status, 1, `core accepted ${change}`);
  }
});

test('a team exercise file agrees with the team schema, and wrong types are refused by both', () => {
  const teamSchema = ajv.compile(load('core/schema/ladder-team.schema.json'));
  const example = load('core/models/example-assessment.json');
  const base = {
    format: 'ladder-team', version: 1, model: example.model, team: 'Digital unit',
    respondents: [example, { ...example, respondent: 'Second member' }],
    targets: { mandate: 2 }, theory_of_change: 'Our goal is one front door.', hide_ratings: true, revealed: ['mandate'],
  };
  const report = (exercise) => {
    try {
      execFileSync(cli, ['report', '--team', '--format', 'csv', '-'], { input: JSON.stringify(exercise), stdio: 'pipe' });
      return true;
    } catch (e) {
      if (e.status === 1) return false;
      throw e;
    }
  };
  assert.ok(teamSchema(base), JSON.stringify(teamSchema.errors));
  assert.ok(report(base));
  const variants = [
    (e) => { e.targets.mandate = 1.5; },
    (e) => { e.targets.mandate = 4; },
    (e) => { e.hide_ratings = 'yes'; },
    (e) => { e.respondents[1].answers.mandate.level = '2'; },
    (e) => { e.version = 2; },
    (e) => { e.revealed = 'mandate'; },
  ];
  for (const change of variants) {
    const e = structuredClone(base);
    change(e);
    assert.equal(teamSchema(e), false, `schema accepted ${change}`);
    assert.equal(report(e), false, `core accepted ${change}`);
  }
});

test('a peer benchmark from the CLI agrees with the peers schema, and a tampered one is refused by both', () => {
  const peersSchema = ajv.compile(load('core/schema/ladder-peers.schema.json'));
  const dir = mkdtempSync(join(tmpdir(), 'ladder-peers-schema-'));
  const example = load('core/models/example-assessment.json');
  const ids = Object.keys(example.answers);
  // Six teams; the last answers nothing in the first category, so its figure rests on five.
  const files = Array.from({ length: 6 }, (_, t) => {
    const a = structuredClone(example);
    a.id = String(t + 1).padStart(32, '0');
    ids.forEach((id, k) => { a.answers[id].level = (t + k) % 4; a.answers[id].dont_know = false; });
    if (t === 5) a.answers[ids[0]].level = null;
    const path = join(dir, `team${t}.json`);
    writeFileSync(path, JSON.stringify(a));
    return path;
  });
  const run = (args) => execFileSync(cli, args, { encoding: 'utf8', stdio: 'pipe' });
  const peers = JSON.parse(run(['peers', '--min-group', '6', ...files]));
  assert.equal(peers.categories[0].suppressed, true);
  assert.equal(peers.categories[1].suppressed, false);
  assert.ok(peersSchema(peers), JSON.stringify(peersSchema.errors));
  const compares = (benchmark) => {
    const path = join(dir, 'peers.json');
    writeFileSync(path, JSON.stringify(benchmark));
    return cliAccepts(['compare-peers', path, files[0]]);
  };
  assert.ok(compares(peers));
  const variants = [
    (p) => { p.categories[0].counts = [1, 1, 1, 2]; },  // a suppressed cell with figures
    (p) => { p.categories[1].median = 3.5; },
    (p) => { p.categories[1].counts = [1, 1, 1]; },
    (p) => { p.min_group = 3; },
    (p) => { p.format = 'ladder-team'; },
    (p) => { p.version = 2; },
    (p) => { delete p.overall; },
  ];
  for (const change of variants) {
    const p = structuredClone(peers);
    change(p);
    assert.equal(peersSchema(p), false, `schema accepted ${change}`);
    assert.equal(compares(p), false, `core accepted ${change}`);
  }
});
