/**
 * Every evidence kind is complete: adding a kind is its folder (src/evidence/<id>/) plus its line
 * in src/evidence/registry.ts, and this test says what the folder still lacks. Fixtures are
 * test/fixtures/evidence/<id>/<format>[-variant].json|yaml, with bad/<format>-wrong-typed.* for
 * test/evidence/bad-input.test.ts; the kind's own tests are in test/evidence/<id>/. docs/manifest.md's evidence section is generated from the registry:
 * MODELGATE_WRITE_DOCS=1 npx vitest run test/evidence/registry.test.ts rewrites it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CHECK_FUNCTIONS } from '../../src/evaluate/functions/index.js';
import type { Adapter } from '../../src/evidence/adapter.js';
import type { CheckFunction } from '../../src/evidence/check.js';
import { schemasOf, type EvidenceKind } from '../../src/evidence/kind.js';
import { EVIDENCE_KINDS } from '../../src/evidence/registry.js';
import { parseEvidence } from '../../src/evidence/structured.js';
import { CITATION_FIELDS } from '../../src/load/citations.js';
import { validatorFor } from '../../src/load/schema.js';
import { ruleCatalogue } from '../../src/policy/catalogue.js';
import { EVIDENCE_DOC_END, EVIDENCE_DOC_START, formatEvidenceKindsMarkdown } from '../../src/report/evidence-doc.js';
import { parse } from 'yaml';
import { planInit } from '../../src/init.js';
import { badFixture, kindFixtures, storeWith } from '../helpers/evidence.js';
import { makeRepo } from '../helpers/repo.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const EVIDENCE_SRC = path.join(ROOT, 'src', 'evidence');

const prose = (kind: EvidenceKind) => fs.readFileSync(path.join(EVIDENCE_SRC, kind.id, 'docs.md'), 'utf8');

const isAdapter = (value: unknown): value is Adapter<unknown> =>
  !!value && typeof value === 'object' && typeof (value as Adapter<unknown>).format === 'string' && typeof (value as Adapter<unknown>).detect === 'function';
const isCheckFunction = (value: unknown): value is CheckFunction<never> =>
  !!value && typeof value === 'object' && typeof (value as CheckFunction<never>).check === 'function' && typeof (value as CheckFunction<never>).name === 'string';

/** Every value each module of the kind's folder exports. */
async function exportsOf(kind: EvidenceKind): Promise<unknown[]> {
  const dir = path.join(EVIDENCE_SRC, kind.id);
  const modules = await Promise.all(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => import(path.join(dir, file)) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((module) => Object.values(module));
}

describe('the evidence registry', () => {
  it('lists every kind folder once, by its id', () => {
    const folders = fs
      .readdirSync(EVIDENCE_SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(EVIDENCE_SRC, entry.name, 'kind.ts')))
      .map((entry) => entry.name)
      .sort();
    expect(EVIDENCE_KINDS.map((kind) => kind.id).sort()).toEqual(folders);
  });

  it('gives each check function one name, and registers every one', () => {
    const names = EVIDENCE_KINDS.flatMap((kind) => kind.checks.map((fn) => fn.name));
    expect(new Set(names).size).toBe(names.length);
    for (const kind of EVIDENCE_KINDS) for (const fn of kind.checks) expect(CHECK_FUNCTIONS.get(fn.name), fn.name).toBe(fn);
  });
});

/** The values at a citation field (`bias.reports.*.path`) of a manifest. */
function valuesAt(value: unknown, field: string): unknown[] {
  let values = [value];
  for (const key of field.split('.')) {
    values = values.flatMap((v) => (key === '*' ? (Array.isArray(v) ? v : []) : v && typeof v === 'object' ? [(v as Record<string, unknown>)[key]] : []));
  }
  return values.filter((v) => v !== undefined);
}

describe.each(EVIDENCE_KINDS.map((kind) => [kind.id, kind] as const))('evidence kind %s', (_id, kind) => {
  it('has each of its fixtures found by init and cited where the kind is cited (its init hook)', () => {
    expect(kind.init, `${kind.id} says nothing of how init cites its files`).toBeDefined();
    for (const fixture of kindFixtures(kind)) {
      const root = makeRepo({ '.git/HEAD': 'x', [`models/m/evidence/${fixture.name}`]: fixture.text });
      const plan = planInit(root, path.join(root, 'models/m'));
      const manifest = parse(plan.files.find((f) => f.file === 'models/m/ai-system.yaml')?.text ?? '');
      const cited = kind.citedBy.flatMap((field) => valuesAt(manifest, field));
      expect(cited, `${kind.id}/${fixture.name}: ${plan.found.join('; ')}`).toContain(`evidence/${fixture.name}`);
    }
  });

  it('is named for messages and cited by manifest fields that cite files', () => {
    expect(kind.what).toMatch(/^[a-z][a-z -]+[a-z]$/);
    expect(kind.citedBy.length).toBeGreaterThan(0);
    for (const field of kind.citedBy) expect(CITATION_FIELDS, field).toContain(field);
  });

  it('has its formats, and only those, allowed where the manifest declares a format', () => {
    if (!kind.formatField) return;
    const manifestSchema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'ai-system.schema.json'), 'utf8'));
    let node = manifestSchema;
    for (const key of kind.formatField.split('.')) node = key === '*' ? node.items : node.properties?.[key];
    expect(new Set(node?.enum), kind.formatField).toEqual(new Set(kind.adapters.map((a) => a.format)));
  });

  it('lists every adapter and check function its folder defines', async () => {
    const exported = await exportsOf(kind);
    const adapters = exported.filter(isAdapter);
    const checks = exported.filter(isCheckFunction);
    expect(new Set(adapters)).toEqual(new Set(kind.adapters));
    expect(new Set(checks)).toEqual(new Set(kind.checks));
  });

  it('has adapters with distinct formats, each validating against a compiled schema', () => {
    const formats = kind.adapters.map((a) => a.format);
    expect(formats.length).toBeGreaterThan(0);
    expect(new Set(formats).size).toBe(formats.length);
    for (const schema of schemasOf(kind)) {
      expect(fs.existsSync(path.join(ROOT, 'schemas', schema)), schema).toBe(true);
      expect(() => validatorFor(schema), schema).not.toThrow();
    }
  });

  it('has a fixture for every adapter, which that adapter (and no other kind) recognises and reads', () => {
    const fixtures = kindFixtures(kind);
    for (const fixture of fixtures) expect(fixture.format, `${kind.id}/${fixture.name} names no format of this kind`).not.toBe('');
    for (const adapter of kind.adapters) {
      expect(fixtures.map((f) => f.format), `no fixture for ${adapter.format}`).toContain(adapter.format);
      // bad-input.test.ts runs every adapter on it.
      expect(badFixture(kind, adapter.format, 'wrong-typed'), `no bad/${adapter.format}-wrong-typed.* for ${kind.id}`).toBeDefined();
    }
    for (const fixture of fixtures) {
      const parsed = parseEvidence(fixture.name, fixture.text, EVIDENCE_KINDS);
      if (!parsed.ok) throw new Error(`${fixture.name}: ${parsed.error.message}`);
      const others = EVIDENCE_KINDS.filter((k) => k !== kind).flatMap((k) => k.adapters.filter((a) => a.detect(parsed.doc.value)).map((a) => `${k.id}/${a.format}`));
      expect(others, `${kind.id}/${fixture.name} looks like another kind`).toEqual([]);
      // Undeclared: detected as its own format, first among the kind's adapters.
      const read = storeWith({ [fixture.name]: fixture.text }).evidence(kind, fixture.name);
      expect(read, `${kind.id}/${fixture.name}`).toMatchObject({ ok: true, value: { format: fixture.format } });
      // Declared: read by the adapter the format names.
      expect(storeWith({ [fixture.name]: fixture.text }).evidence(kind, fixture.name, fixture.format)).toMatchObject({ ok: true });
    }
  });

  it('has check functions with valid option schemas, each used by a catalogue rule', () => {
    const used = new Set([...ruleCatalogue().values()].flatMap((rule) => (rule.then ?? []).map((then) => then.function)));
    const ajv = new Ajv2020({ strict: true });
    for (const fn of kind.checks) {
      expect(fn.description, fn.name).toMatch(/\.$/);
      expect(() => ajv.compile(fn.optionsSchema), fn.name).not.toThrow();
      expect(used.has(fn.name), `${fn.name} is used by no rule in policies/rules/`).toBe(true);
    }
  });

  it('has tests in test/evidence/<id>/', () => {
    const dir = path.join(import.meta.dirname, kind.id);
    expect(fs.existsSync(dir) && fs.readdirSync(dir).some((file) => file.endsWith('.test.ts'))).toBe(true);
  });

  it('is documented: a heading, a row for each format in order, and docs.md', () => {
    expect(kind.docs.heading).not.toBe('');
    expect(kind.docs.formats.map((doc) => doc.format)).toEqual(kind.adapters.map((a) => a.format));
    for (const doc of kind.docs.formats) if (doc.link) expect(doc.link, doc.format).toMatch(/^https:\/\//);
    // The table links each adapter's schema itself; a description that links it too shows it twice.
    for (const doc of kind.docs.formats) expect(doc.what, doc.format).not.toContain('../schemas/');
    expect(prose(kind).trim()).not.toBe('');
  });
});

describe('docs/manifest.md', () => {
  it('holds the evidence kinds section generated from the registry', () => {
    const file = path.join(ROOT, 'docs', 'manifest.md');
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf(EVIDENCE_DOC_START);
    const end = text.indexOf(EVIDENCE_DOC_END);
    expect(start, 'the start marker').toBeGreaterThanOrEqual(0);
    expect(end, 'the end marker').toBeGreaterThan(start);
    const generated = formatEvidenceKindsMarkdown(EVIDENCE_KINDS, prose);
    const current = text.slice(start, end + EVIDENCE_DOC_END.length);
    if (current !== generated && process.env.MODELGATE_WRITE_DOCS === '1') {
      fs.writeFileSync(file, text.slice(0, start) + generated + text.slice(end + EVIDENCE_DOC_END.length));
      return;
    }
    expect(current, 'run npm run docs').toBe(generated);
  });
});
