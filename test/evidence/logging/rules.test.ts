/**
 * Logging configs (OpenTelemetry Collector, Fluent Bit classic and YAML, ours): each adapter on a
 * config shaped as the tool writes it, and each rule on a passing config and on each way one
 * fails, with the exact finding and its line.
 */
import { describe, expect, it } from 'vitest';
import { logging } from '../../../src/evidence/logging/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const OTEL = fixture('logging/otel-collector.yaml');
const FB_CONF = fixture('logging/fluent-bit.conf');
const FB_YAML = fixture('logging/fluent-bit.yaml');
// The same pipeline split as Fluent Bit's own Kubernetes manifests split it: a main file that
// @INCLUDEs its inputs and outputs.
const FB_INPUTS = FB_CONF.slice(FB_CONF.indexOf('[INPUT]'), FB_CONF.indexOf('[OUTPUT]'));
const FB_OUTPUTS = FB_CONF.slice(FB_CONF.indexOf('[OUTPUT]'));
const FB_SPLIT: Record<string, string> = {
  'fluent-bit.conf': `${FB_CONF.slice(0, FB_CONF.indexOf('[INPUT]'))}@INCLUDE inputs.conf\n@INCLUDE outputs.conf\n`,
  'inputs.conf': FB_INPUTS,
  'outputs.conf': FB_OUTPUTS,
};
// The YAML config split the same way, with `includes:` (each relative to the file that names it).
const FB_YAML_INPUTS = `pipeline:\n${FB_YAML.slice(FB_YAML.indexOf('  inputs:'), FB_YAML.indexOf('  outputs:'))}`;
const FB_YAML_OUTPUTS = `pipeline:\n${FB_YAML.slice(FB_YAML.indexOf('  outputs:'))}`;
const FB_YAML_SPLIT: Record<string, string> = {
  'fluent-bit.yaml': `${FB_YAML.slice(0, FB_YAML.indexOf('pipeline:'))}includes:\n  - inputs.yaml\n  - outputs.yaml\n`,
  'inputs.yaml': FB_YAML_INPUTS,
  'outputs.yaml': FB_YAML_OUTPUTS,
};
const OURS = fixture('logging/modelgate.yaml');
// The classic config writing with the file output, which appends and deletes nothing, in place of logrotate.
const FB_FILE = FB_CONF.replace('Name         logrotate', 'Name         file').replace(/^ {4}(?:Max_Size|Max_Files|Gzip) .*\n/gm, '');
// The fixture with its tag, match and output named by the config's own variables: classic @SET
// lines, and a YAML env: mapping, as Fluent Bit substitutes them for ${NAME}.
const withVars = (conf: string) =>
  conf
    .replace('Tag          scoring.decisions', 'Tag          ${APP}.decisions')
    .replace('Match        scoring.*\n    Path', 'Match        ${APP}.*\n    Path')
    .replace('Name         logrotate', 'Name         ${KEEP}');
const FB_CONF_VARS = `@SET APP=scoring\n@SET KEEP=logrotate\n${withVars(FB_CONF)}`;
const FB_YAML_VARS = `env:\n  APP: scoring\n  KEEP: es\n${FB_YAML.replace('tag: scoring.decisions', 'tag: ${APP}.decisions').replace('      match: scoring.*\n      host', '      match: ${APP}.*\n      host').replace('- name: es', '- name: ${KEEP}')}`;
// The YAML config with only its output's Match set by a variable.
const FB_YAML_APP = `env:\n  APP: scoring\n${FB_YAML.replace('      match: scoring.*\n      host', '      match: ${APP}.*\n      host')}`;
const ENV_MESSAGE = 'which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed';


type Entry = { path: string; format?: string };
const DECLARED = { enabled: true, retentionDays: 400, events: ['score', 'override', 'stop'] };

/** The compliant system citing `configs` (files under sys/ops/), with its manifest's logging declaration. */
const withLogging = (files: Record<string, string>, configs: Entry[], declared: Record<string, unknown> = DECLARED) =>
  withManifest(
    (m) => {
      m.monitoring.logging = { ...declared, configs };
    },
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`sys/ops/${name}`, text])),
  );

const read = (name: string, text: string) => {
  const config = storeWith({ [name]: text }).evidence(logging, name);
  if (!config.ok) throw new Error(config.problem.message);
  return config.value;
};

describe('the logging adapters', () => {
  it('reads an OpenTelemetry Collector config: its logs pipeline, exporter, rotation.max_days and model version', () => {
    const config = read('otel.yaml', OTEL);
    expect(config.format).toBe('otel-collector');
    expect(config.pipelines.map((p) => [p.name, p.at.line, p.destinations.map((d) => [d.name, d.kind])])).toEqual([
      ['logs/decisions', lineOf(OTEL, 'logs/decisions:'), [['file/decisions', 'file']]],
    ]);
    expect([config.retention?.value, config.retention?.at.line, config.retention?.source]).toEqual([400, lineOf(OTEL, 'max_days: 400'), 'exporter file/decisions rotation.max_days']);
    expect(config.recorded.map((r) => [r.category, r.at.line])).toEqual([
      ['timestamp', lineOf(OTEL, 'logs/decisions:')],
      ['model-version', lineOf(OTEL, 'key: model.version')],
    ]);
    expect(config.cannotShow).toEqual(['input', 'output', 'operator-action']);
    expect(config.problems).toEqual([]);
  });

  // Found by the property suite: String() of a mapping with a toString key throws.
  it.each(['{ toString: [] }', '[upsert]', '42'])('an OTel processor action of %s sets no model version, and is no internal error', (action) => {
    const text = OTEL.replace('value: 3.2.0\n        action: upsert', `value: 3.2.0\n        action: ${action}`);
    expect(text).not.toBe(OTEL);
    const config = read('otel.yaml', text);
    expect(config.recorded.map((r) => r.category)).toEqual(['timestamp']);
    expect(resultsOf(check(withLogging({ 'otel.yaml': text }, OTEL_ENTRY)), 'logging/agrees-with-manifest').map((r) => r.message)).not.toContainEqual(expect.stringMatching(/internal error/));
  });

  it('reads a classic Fluent Bit .conf: the routed output, the filter that adds the model version, each at its line', () => {
    const config = read('fluent-bit.conf', FB_CONF);
    expect(config.format).toBe('fluent-bit');
    expect(config.pipelines.map((p) => [p.name, p.at.line, p.destinations.map((d) => d.kind)])).toEqual([['logrotate', lineOf(FB_CONF, '[OUTPUT]'), ['file']]]);
    expect(config.recorded.map((r) => [r.category, r.at.line])).toEqual([
      ['timestamp', lineOf(FB_CONF, '[INPUT]')],
      ['model-version', lineOf(FB_CONF, 'Record       model_version')],
    ]);
    expect(config.retention).toBeUndefined();
    // logrotate deletes by count: its retention is bounded by volume, which the config shows.
    expect(config.volumeBound.map((b) => [b.destination, b.keeps, b.source, b.at.line])).toEqual([
      ['output logrotate', '40,100M in 401 files', 'Max_Size 100M, Max_Files 400', lineOf(FB_CONF, 'Max_Files')],
    ]);
    expect(config.cannotShow).toEqual(['input', 'output', 'operator-action']);
    expect(read('fluent-bit.conf', FB_FILE).cannotShow).toEqual(['retention', 'input', 'output', 'operator-action']);
  });

  it('reads a Fluent Bit YAML config the same way', () => {
    const config = read('fluent-bit.yaml', FB_YAML);
    expect(config.pipelines.map((p) => [p.name, p.destinations.map((d) => d.kind)])).toEqual([['es', ['remote']]]);
    expect(config.recorded.map((r) => [r.category, r.at.line])).toEqual([
      ['timestamp', lineOf(FB_YAML, '- name: tail')],
      ['model-version', lineOf(FB_YAML, 'add: model_version')],
    ]);
  });

  it('reads our declaration: every category, the store, the retention and the event names', () => {
    const config = read('logging.yaml', OURS);
    expect(config.cannotShow).toEqual([]);
    expect(config.events?.map((e) => e.value)).toEqual(['score', 'override', 'stop']);
    expect(new Set(config.recorded.map((r) => r.category))).toEqual(new Set(['timestamp', 'input', 'output', 'model-version', 'operator-action']));
    expect(config.retention?.value).toBe(400);
  });

  it.each([
    ['an entry before any section', 'Flush 5\n[SERVICE]\n', 1, 'an entry before any [SECTION] header'],
    ['an unindented entry', '[INPUT]\nName tail\n', 2, 'an entry must be indented under its [SECTION] header'],
    ['a broken header', '[SERVICE]\n    Flush 5\n[OUTPUT\n', 3, 'a section header must be [NAME]'],
    ['a key without a value', '[OUTPUT]\n    Name\n', 2, 'the key "Name" has no value'],
    ['one section past the cap', '[OUTPUT]\n    Name stdout\n'.repeat(10_001), 20_001, 'more than 10,000 sections, the most modelgate reads'],
  ])('a malformed classic Fluent Bit config is a finding at its line: %s', (_name, text, line, message) => {
    const result = storeWith({ 'fb.conf': text }).evidence(logging, 'fb.conf');
    expect(result).toEqual({ ok: false, problem: { message: `fb.conf: not a Fluent Bit config: ${message}`, at: { file: 'fb.conf', line, column: 1 } } });
  });
});

interface Case {
  rule: string;
  name: string;
  files: Record<string, string>;
  configs: Entry[];
  declared?: Record<string, unknown>;
  /** Where each failure is: the file (under sys/ops/, or the manifest) and a needle on its line. */
  expected: Array<{ file: string; at: string; message: string }>;
}

const OTEL_ENTRY = [{ path: 'ops/otel.yaml', format: 'otel-collector' }];
/** The fixture's file exporter with its rotation block replaced (`rotation` and what follows it, up to `format`). */
const ROTATION = '    rotation:\n      max_megabytes: 256\n      max_days: 400\n      max_backups: 500\n      localtime: false\n';
const withRotation = (block: string) => {
  if (!OTEL.includes(ROTATION)) throw new Error('the fixture no longer has the rotation block these tests replace');
  return OTEL.replace(ROTATION, block);
};
const BY_VOLUME = 'deleting the oldest by count, so its retention is bounded by volume, not time, and may be hours';
const KEEP_BY_TIME = 'set rotation.max_backups: 0 and rotation.max_days: 183 or more, or send the logs to durable storage that keeps them at least 183 days and cite its config';
const cases: Case[] = [
  {
    rule: 'logging/config-readable',
    name: 'the config does not exist',
    files: {},
    configs: OTEL_ENTRY,
    expected: [{ file: MANIFEST, at: 'path: ops/otel.yaml', message: 'sys/ops/otel.yaml does not exist' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a pipeline names an exporter that is not defined',
    files: { 'otel.yaml': OTEL.replace('exporters: [file/decisions]', 'exporters: [file/decisions, otlp/archive]') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'exporters: [file/decisions, otlp/archive]', message: 'sys/ops/otel.yaml: pipeline logs/decisions names exporter otlp/archive, which is not defined' }],
  },
  {
    rule: 'logging/config-readable',
    name: "a Fluent Bit output whose Match selects no input's Tag",
    files: { 'fluent-bit.conf': FB_CONF.replace('Match        scoring.*\n    Path', 'Match        audit.*\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        audit.*', message: "sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match audit.*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an output whose Match is set twice: Fluent Bit keeps the last (each one overwrites the one before)',
    files: { 'fluent-bit.conf': FB_CONF.replace('Match        scoring.*\n    Path', 'Match        scoring.*\n    Match        audit.*\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        audit.*', message: "sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match audit.*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: "an input whose Tag is set twice: Fluent Bit keeps the last, which the output's Match does not select",
    files: { 'fluent-bit.conf': FB_CONF.replace('Tag          scoring.decisions\n', 'Tag          scoring.decisions\n    Tag          audit.decisions\n').replace('Match        scoring.*\n    Path', 'Match        scoring.decisions\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        scoring.decisions', message: "sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match scoring.decisions)" }],
  },
  // ${NAME} is the deployment's environment variable NAME (empty when unset), which modelgate
  // cannot know: a Tag, Match or output Name that uses one cannot be shown to route.
  {
    rule: 'logging/config-readable',
    name: 'an output whose Match is an environment variable, as is the input Tag it would select',
    files: { 'fluent-bit.conf': FB_CONF.replace('Tag          scoring.decisions', 'Tag          ${M}').replace('Match        scoring.*\n    Path', 'Match        ${M}\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        ${M}', message: "sys/ops/fluent-bit.conf: the logrotate output's Match ${M} uses ${M}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed" }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'an output whose Match is an environment variable keeps nothing that can be shown',
    files: { 'fluent-bit.conf': FB_CONF.replace('Tag          scoring.decisions', 'Tag          ${M}').replace('Match        scoring.*\n    Path', 'Match        ${M}\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        ${M}', message: "sys/ops/fluent-bit.conf has no logs pipeline, so no log record is kept: the logrotate output's Match ${M} uses ${M}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed" }],
  },
  {
    rule: 'logging/config-readable',
    name: "an input whose Tag is an environment variable: Match * cannot be shown to select it",
    files: { 'fluent-bit.conf': FB_CONF.replace('Tag          scoring.decisions', 'Tag          scoring.${ENV}').replace('Match        scoring.*\n    Path', 'Match        *\n    Path') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        *', message: "sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match *); the Tag scoring.${ENV} of the tail input uses ${ENV}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a long Match that uses an environment variable: the message shows the first 79 characters of it',
    files: { 'fluent-bit.conf': FB_CONF.replace('Match        scoring.*\n    Path', `Match        \${M}${'x'.repeat(200)}\n    Path`) },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Match        ${M}x', message: `sys/ops/fluent-bit.conf: the logrotate output's Match \${M}${'x'.repeat(75)}… uses \${M}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed` }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an output whose Name is an environment variable (which output it is cannot be known)',
    files: { 'fluent-bit.yaml': FB_YAML.replace('- name: es', '- name: ${OUTPUT}') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '- name: ${OUTPUT}', message: "sys/ops/fluent-bit.yaml: the ${OUTPUT} output's Name uses ${OUTPUT}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed" }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'a YAML output whose match is an environment variable',
    files: { 'fluent-bit.yaml': FB_YAML.replace('      match: scoring.*\n      host', '      match: ${MATCH}\n      host') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${MATCH}', message: "sys/ops/fluent-bit.yaml has no logs pipeline, so no log record is kept: the es output's Match ${MATCH} uses ${MATCH}, which Fluent Bit replaces with an environment variable of the deployment (empty when unset), so it is not counted as routed" }],
  },
  // Match_Regex is evaluated against the input tags (without backtracking); one that selects no
  // tag, or one modelgate does not evaluate, does not count as routed.
  ...[
    ['selects no tag', '^audit\\.', "the logrotate output matches no input's tag (Match_Regex ^audit\\.)"],
    ['is found in the tag only past its start (Fluent Bit matches at the start)', 'decisions', "the logrotate output matches no input's tag (Match_Regex decisions)"],
    ['matches only the empty start of the tag (Fluent Bit routes on a match that is not empty)', 'x*', "the logrotate output matches no input's tag (Match_Regex x*)"],
    ['is anchored past the tag', '^scoring\\.decisions\\.', "the logrotate output matches no input's tag (Match_Regex ^scoring\\.decisions\\.)"],
    ['would backtrack for ever in a backtracking engine, and selects no tag', '^(s+)+$', "the logrotate output matches no input's tag (Match_Regex ^(s+)+$)"],
    ['uses a backreference', '(scoring)\\.\\1', "the logrotate output's Match_Regex (scoring)\\.\\1 uses a backreference or subexpression call (\\1), which modelgate does not evaluate, so it is not counted as routed"],
    ['uses a lookahead', '^(?=scoring)', "the logrotate output's Match_Regex ^(?=scoring) uses a (?= group (a lookaround, an option or an atomic group), which modelgate does not evaluate, so it is not counted as routed"],
    ['is not a valid pattern', 'scoring.(', "the logrotate output's Match_Regex scoring.( is not a valid regular expression (an unclosed (), so it is not counted as routed"],
    ['is longer than modelgate evaluates', `scoring${'.?'.repeat(500)}`, `the logrotate output's Match_Regex scoring${'.?'.repeat(36)}… is longer than 1,000 characters, the most modelgate evaluates, so it is not counted as routed`],
    ['repeats a part that can match nothing, where Onigmo prefers the empty match (Fluent Bit routes nothing)', '(?:|scoring\\.decisions)*', "the logrotate output's Match_Regex (?:|scoring\\.decisions)* repeats a part that can match nothing (as (?:|a)* or (a*)* do), which Onigmo reads its own way; modelgate does not evaluate it, so it is not counted as routed"],
    ['repeats too much to evaluate', '(((scoring){100}){100})?', "the logrotate output's Match_Regex (((scoring){100}){100})? repeats too much to evaluate (70,002 states, at most 5,000), so it is not counted as routed"],
  ].flatMap(([what, pattern, message]): Case[] => {
    const text = FB_CONF.replace('Match        scoring.*\n    Path', `Match_Regex  ${pattern}\n    Path`);
    const files = { 'fluent-bit.conf': text };
    const at = `Match_Regex  ${(pattern as string).slice(0, 40)}`;
    return [
      { rule: 'logging/config-readable', name: `an output whose Match_Regex ${what}`, files, configs: [{ path: 'ops/fluent-bit.conf' }], expected: [{ file: 'sys/ops/fluent-bit.conf', at, message: `sys/ops/fluent-bit.conf: ${message}` }] },
      { rule: 'logging/persistent-pipeline', name: `the only keeping output's Match_Regex ${what}`, files, configs: [{ path: 'ops/fluent-bit.conf' }], expected: [{ file: 'sys/ops/fluent-bit.conf', at, message: `sys/ops/fluent-bit.conf has no logs pipeline, so no log record is kept: ${message}` }] },
    ];
  }),
  // A YAML config's includes: are read in as a classic config's @INCLUDEs are, under the same limits.
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes a file that does not exist',
    files: { 'fluent-bit.yaml': FB_YAML_SPLIT['fluent-bit.yaml'] as string, 'inputs.yaml': FB_YAML_INPUTS },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - outputs.yaml', message: 'sys/ops/fluent-bit.yaml: includes outputs.yaml: sys/ops/outputs.yaml does not exist' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes a file outside the repository',
    files: { ...FB_YAML_SPLIT, 'fluent-bit.yaml': (FB_YAML_SPLIT['fluent-bit.yaml'] as string).replace('  - outputs.yaml', '  - ../../../../etc/fluent-bit/outputs.yaml') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - ../../../../etc', message: expect.stringMatching(/^sys\/ops\/fluent-bit\.yaml: includes \.\.\/\.\.\/\.\.\/\.\.\/etc\/fluent-bit\/outputs\.yaml: .*outside the repository/) as unknown as string }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes a file under .git',
    files: { ...FB_YAML_SPLIT, 'fluent-bit.yaml': (FB_YAML_SPLIT['fluent-bit.yaml'] as string).replace('  - outputs.yaml', '  - ../../.git/config') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - ../../.git/config', message: expect.stringMatching(/^sys\/ops\/fluent-bit\.yaml: includes \.\.\/\.\.\/\.git\/config: .*git/) as unknown as string }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an included YAML file includes the config back (a cycle)',
    files: { ...FB_YAML_SPLIT, 'outputs.yaml': `includes:\n  - fluent-bit.yaml\n${FB_YAML_OUTPUTS}` },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/outputs.yaml', at: '  - fluent-bit.yaml', message: 'sys/ops/outputs.yaml: includes fluent-bit.yaml: sys/ops/fluent-bit.yaml is already being read (an include cycle)' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes a pattern',
    files: { ...FB_YAML_SPLIT, 'fluent-bit.yaml': (FB_YAML_SPLIT['fluent-bit.yaml'] as string).replace('  - outputs.yaml', '  - output-*.yaml') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - output-*.yaml', message: 'sys/ops/fluent-bit.yaml: includes output-*.yaml: a pattern, which modelgate does not expand; include each file by name' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes more files than modelgate reads',
    files: {
      ...FB_YAML_SPLIT,
      'fluent-bit.yaml': `${FB_YAML_SPLIT['fluent-bit.yaml']}${Array.from({ length: 62 }, (_, i) => `  - in-${i}.yaml\n`).join('')}  - last.yaml\n`,
      ...Object.fromEntries([...Array.from({ length: 62 }, (_, i) => `in-${i}.yaml`), 'last.yaml'].map((name) => [name, 'pipeline: {}\n'])),
    },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - last.yaml', message: 'sys/ops/fluent-bit.yaml: includes last.yaml: more than 64 included files, the most modelgate reads for one cited file' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML config includes a classic .conf',
    files: { ...FB_YAML_SPLIT, 'fluent-bit.yaml': (FB_YAML_SPLIT['fluent-bit.yaml'] as string).replace('  - outputs.yaml', '  - outputs.conf'), 'outputs.conf': FB_OUTPUTS },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '  - outputs.conf', message: 'sys/ops/fluent-bit.yaml: includes outputs.conf: sys/ops/outputs.conf is not a Fluent Bit YAML config, which is all includes reads' }],
  },
  {
    rule: 'logging/config-readable',
    name: "an included YAML file's output selects no input's tag: the finding is in that file",
    files: { ...FB_YAML_SPLIT, 'outputs.yaml': FB_YAML_OUTPUTS.replace('match: scoring.*', 'match: audit.*') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/outputs.yaml', at: 'match: audit.*', message: "sys/ops/fluent-bit.yaml: the es output matches no input's tag (Match audit.*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a malformed classic Fluent Bit config',
    files: { 'fluent-bit.conf': FB_CONF.replace('[FILTER]', '[FILTER') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '[FILTER', message: 'sys/ops/fluent-bit.conf: not a Fluent Bit config: a section header must be [NAME]' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'the output that keeps logs is in a file the config includes, which is not there',
    files: { 'fluent-bit.conf': FB_CONF.slice(0, FB_CONF.indexOf('[OUTPUT]')) + '@INCLUDE outputs.conf\n' },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE outputs.conf', message: 'sys/ops/fluent-bit.conf: @INCLUDE outputs.conf: sys/ops/outputs.conf does not exist' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an output in an included file routed to no input: the finding is in that file, at its Match',
    files: { ...FB_SPLIT, 'outputs.conf': FB_OUTPUTS.replace('Match        scoring.*', 'Match        audit.*') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/outputs.conf', at: 'Match        audit.*', message: "sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match audit.*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'included files that include each other',
    files: { ...FB_SPLIT, 'outputs.conf': `@INCLUDE fluent-bit.conf\n${FB_OUTPUTS}` },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/outputs.conf', at: '@INCLUDE fluent-bit.conf', message: 'sys/ops/outputs.conf: @INCLUDE fluent-bit.conf: sys/ops/fluent-bit.conf is already being read (an @INCLUDE cycle)' }],
  },
  {
    rule: 'logging/config-readable',
    name: '65 included files (past the 64 files read for one cited config)',
    files: {
      ...FB_SPLIT,
      ...Object.fromEntries(Array.from({ length: 62 }, (_, i) => [`in-${i}.conf`, FB_INPUTS])),
      'fluent-bit.conf': `${FB_SPLIT['fluent-bit.conf']}${Array.from({ length: 62 }, (_, i) => `@INCLUDE in-${i}.conf\n`).join('')}@INCLUDE last.conf\n`,
      'last.conf': FB_INPUTS,
    },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE last.conf', message: 'sys/ops/fluent-bit.conf: @INCLUDE last.conf: more than 64 included files, the most modelgate reads for one cited file' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a file included twice (Fluent Bit refuses to read a file twice and does not start)',
    files: { ...FB_SPLIT, 'fluent-bit.conf': `${FB_SPLIT['fluent-bit.conf']}@INCLUDE ./outputs.conf\n` },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE ./outputs.conf', message: 'sys/ops/fluent-bit.conf: @INCLUDE ./outputs.conf: sys/ops/outputs.conf is already included; Fluent Bit refuses to read a file twice, and does not start' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an @INCLUDE followed by two spaces (Fluent Bit takes the rest of the line, spaces and all, as the file name)',
    files: { ...FB_SPLIT, 'fluent-bit.conf': (FB_SPLIT['fluent-bit.conf'] as string).replace('@INCLUDE outputs.conf', '@INCLUDE  outputs.conf') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE  outputs.conf', message: 'sys/ops/fluent-bit.conf: not a Fluent Bit config: @INCLUDE " outputs.conf": Fluent Bit reads the rest of the line after "@INCLUDE " as the file name, spaces included' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an indented [OUTPUT] (a group of the stdout output above, which Fluent Bit does not read as an output)',
    files: { 'fluent-bit.conf': `${FB_CONF.slice(0, FB_CONF.indexOf('[OUTPUT]'))}[OUTPUT]\n    Name         stdout\n    Match        scoring.*\n${FB_OUTPUTS.replace(/^(?=.)/gm, '    ')}` },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '    [OUTPUT]', message: 'sys/ops/fluent-bit.conf: not a Fluent Bit config: an indented [OUTPUT] is a group inside the section above it, not a section of its own, as Fluent Bit reads it; start a section at the beginning of its line' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an include by pattern',
    files: { ...FB_SPLIT, 'fluent-bit.conf': (FB_SPLIT['fluent-bit.conf'] as string).replace('@INCLUDE outputs.conf', '@INCLUDE output-*.conf') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE output-*.conf', message: 'sys/ops/fluent-bit.conf: @INCLUDE output-*.conf: a pattern, which modelgate does not expand; include each file by name' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an include out of the repository',
    files: { ...FB_SPLIT, 'fluent-bit.conf': (FB_SPLIT['fluent-bit.conf'] as string).replace('@INCLUDE outputs.conf', '@INCLUDE ../../../../etc/fluent-bit/outputs.conf') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '@INCLUDE ../../../../etc', message: expect.stringMatching(/^sys\/ops\/fluent-bit\.conf: @INCLUDE \.\.\/\.\.\/\.\.\/\.\.\/etc\/fluent-bit\/outputs\.conf: .*outside the repository/) as unknown as string }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'Fluent Bit prints to stdout from several outputs: each destination named once',
    files: { 'fluent-bit.conf': FB_CONF.replace('Name         logrotate', 'Name         stdout') + '\n[OUTPUT]\n    Name   stdout\n    Match  scoring.*\n' },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Name         stdout', message: 'sys/ops/fluent-bit.conf: the logs go only to stdout, which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'the logs go only to the debug exporter',
    files: { 'otel.yaml': OTEL.replace('exporters: [file/decisions]', 'exporters: [debug]') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'exporters: [debug]', message: 'sys/ops/otel.yaml: the logs go only to debug, which keeps nothing; send them to a file or a log backend' }],
  },
  // Found by an auditor helper: a file exporter writing to /dev/null passed as keeping the logs.
  {
    rule: 'logging/persistent-pipeline',
    name: 'the file exporter writes to /dev/null',
    files: { 'otel.yaml': OTEL.replace('path: /var/log/scoring/decisions.jsonl', 'path: /dev/null') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'path: /dev/null', message: 'sys/ops/otel.yaml: the logs go only to file/decisions (path /dev/null), which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'the file exporter writes to the console',
    files: { 'otel.yaml': OTEL.replace('path: /var/log/scoring/decisions.jsonl', 'path: /dev/stdout') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'path: /dev/stdout', message: 'sys/ops/otel.yaml: the logs go only to file/decisions (path /dev/stdout), which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: "Fluent Bit's file output with Path /dev and File null",
    files: { 'fluent-bit.conf': FB_CONF.replace('Name         logrotate', 'Name         file').replace('Path         /var/log/scoring/archive', 'Path         /dev').replace('File         decisions.log', 'File         null') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'File         null', message: 'sys/ops/fluent-bit.conf: the logs go only to file (to /dev/null), which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'no logs pipeline at all (only traces)',
    files: { 'otel.yaml': OTEL.replace('logs/decisions:', 'traces/decisions:') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: '', message: 'sys/ops/otel.yaml has no logs pipeline, so no log record is kept' }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'Fluent Bit prints to stdout only',
    files: { 'fluent-bit.yaml': FB_YAML.replace('- name: es', '- name: stdout') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '- name: stdout', message: 'sys/ops/fluent-bit.yaml: the logs go only to stdout, which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/retention',
    name: 'the file exporter deletes logs after 90 days',
    files: { 'otel.yaml': OTEL.replace('max_days: 400', 'max_days: 90') },
    configs: OTEL_ENTRY,
    declared: { ...DECLARED, retentionDays: 90 },
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_days: 90', message: 'sys/ops/otel.yaml keeps logs 90 days (exporter file/decisions rotation.max_days), fewer than the 183 required' }],
  },
  {
    rule: 'logging/retention',
    name: 'our declaration keeps them 30 days',
    files: { 'logging.yaml': OURS.replace('retentionDays: 400', 'retentionDays: 30') },
    configs: [{ path: 'ops/logging.yaml' }],
    declared: { ...DECLARED, retentionDays: 30 },
    expected: [{ file: 'sys/ops/logging.yaml', at: 'retentionDays: 30', message: 'sys/ops/logging.yaml keeps logs 30 days (retentionDays), fewer than the 183 required' }],
  },
  // Found by a red team: a rotation that deletes by count and states no max_days was "no
  // retention stated", so the rule was not applicable while the collector kept 2 MB of logs.
  {
    rule: 'logging/retention',
    name: 'the file exporter keeps 1 backup of 1 MB and states no max_days',
    files: { 'otel.yaml': withRotation('    rotation:\n      max_megabytes: 1\n      max_backups: 1\n') },
    configs: OTEL_ENTRY,
    declared: { ...DECLARED, retentionDays: 365 },
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_backups: 1', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most 2 MB in 2 files (rotation.max_megabytes 1, rotation.max_backups 1), ${BY_VOLUME}; ${KEEP_BY_TIME}` }],
  },
  {
    rule: 'logging/retention',
    name: 'an empty rotation: the collector rotates with its defaults (100 MB, 100 backups)',
    files: { 'otel.yaml': withRotation('    rotation: {}\n') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'rotation: {}', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most 10,100 MB in 101 files (rotation.max_megabytes 100 by default, rotation.max_backups 100 by default), ${BY_VOLUME}; ${KEEP_BY_TIME}` }],
  },
  {
    rule: 'logging/retention',
    name: 'a rotation key with no settings (the README\'s rotation_with_default_settings)',
    files: { 'otel.yaml': withRotation('    rotation:\n') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'rotation:', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most 10,100 MB in 101 files (rotation.max_megabytes 100 by default, rotation.max_backups 100 by default), ${BY_VOLUME}; ${KEEP_BY_TIME}` }],
  },
  {
    rule: 'logging/retention',
    name: 'a rotation that sets only the size keeps the default 100 backups',
    files: { 'otel.yaml': withRotation('    rotation:\n      max_megabytes: 256\n      localtime: true\n') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'rotation:', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most 25,856 MB in 101 files (rotation.max_megabytes 256, rotation.max_backups 100 by default), ${BY_VOLUME}; ${KEEP_BY_TIME}` }],
  },
  {
    rule: 'logging/retention',
    name: "max_backups from the deployment's environment: a count the config does not state",
    files: { 'otel.yaml': withRotation('    rotation:\n      max_backups: ${env:LOG_BACKUPS}\n') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_backups: ${env:LOG_BACKUPS}', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most max_megabytes × (max_backups + 1) MB, in max_backups + 1 files (rotation.max_megabytes 100 by default, rotation.max_backups "\${env:LOG_BACKUPS}"), ${BY_VOLUME}; ${KEEP_BY_TIME}` }],
  },
  {
    rule: 'logging/retention',
    name: 'max_days below 183 with a count limit: the age finding, as before',
    files: { 'otel.yaml': withRotation('    rotation:\n      max_megabytes: 1\n      max_days: 90\n      max_backups: 1\n') },
    configs: OTEL_ENTRY,
    declared: { ...DECLARED, retentionDays: 90 },
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_days: 90', message: 'sys/ops/otel.yaml keeps logs 90 days (exporter file/decisions rotation.max_days), fewer than the 183 required' }],
  },
  // Fluent Bit's logrotate output deletes the oldest rotated files past Max_Files (7 by default,
  // 0 keeps none) and has no age setting: its retention is always bounded by volume.
  ...(
    [
      ['the fixture: 401 files of 100M', 'fluent-bit.conf', FB_CONF, 'Max_Files    400', 'output logrotate keeps at most 40,100M in 401 files (Max_Size 100M, Max_Files 400)'],
      ['its defaults (Max_Size 100M, Max_Files 7)', 'fluent-bit.conf', FB_CONF.replace(/^ {4}(?:Max_Size|Max_Files) .*\n/gm, ''), 'Name         logrotate', 'output logrotate keeps at most 800M in 8 files (Max_Size 100M by default, Max_Files 7 by default)'],
      ['Max_Files 0, which keeps only the current file', 'fluent-bit.conf', FB_CONF.replace('Max_Files    400', 'Max_Files    0'), 'Max_Files    0', 'output logrotate keeps at most 100M in 1 file (Max_Size 100M, Max_Files 0)'],
      ["Max_Files from the deployment's environment", 'fluent-bit.conf', FB_CONF.replace('Max_Files    400', 'Max_Files    ${KEEP}'), 'Max_Files    ${KEEP}', 'output logrotate keeps at most Max_Files + 1 files of Max_Size 100M each (Max_Size 100M, Max_Files ${KEEP})'],
      ['a YAML logrotate output', 'fluent-bit.yaml', FB_YAML.replace('    - name: es\n', '    - name: logrotate\n      max_size: 10M\n      max_files: 3\n'), 'max_files: 3', 'output logrotate keeps at most 40M in 4 files (Max_Size 10M, Max_Files 3)'],
    ] as const
  ).map(([name, file, text, at, keeps]): Case => ({
    rule: 'logging/retention',
    name: `Fluent Bit's logrotate output, ${name}`,
    files: { [file]: text },
    configs: [{ path: `ops/${file}` }],
    expected: [{
      file: `sys/ops/${file}`,
      at,
      message: `sys/ops/${file}: ${keeps}, ${BY_VOLUME}; write the logs with the file output, which deletes nothing, and keep its files at least 183 days, or send the logs to durable storage that keeps them at least 183 days and cite its config`,
    }],
  })),
  {
    rule: 'logging/agrees-with-manifest',
    name: "the manifest declares 400 days, Fluent Bit's logrotate output keeps 401 files",
    files: { 'fluent-bit.conf': FB_CONF },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Max_Files    400', message: `sys/ops/fluent-bit.conf: output logrotate keeps at most 40,100M in 401 files (Max_Size 100M, Max_Files 400), ${BY_VOLUME}: it does not show the manifest's retentionDays: 400` }],
  },
  {
    rule: 'logging/agrees-with-manifest',
    name: 'the manifest declares 365 days, the collector keeps 2 MB',
    files: { 'otel.yaml': withRotation('    rotation:\n      max_megabytes: 1\n      max_backups: 1\n') },
    configs: OTEL_ENTRY,
    declared: { ...DECLARED, retentionDays: 365 },
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_backups: 1', message: `sys/ops/otel.yaml: exporter file/decisions keeps at most 2 MB in 2 files (rotation.max_megabytes 1, rotation.max_backups 1), ${BY_VOLUME}: it does not show the manifest's retentionDays: 365` }],
  },
  {
    rule: 'logging/agrees-with-manifest',
    name: 'the manifest claims 400 days, the collector deletes after 200',
    files: { 'otel.yaml': OTEL.replace('max_days: 400', 'max_days: 200') },
    configs: OTEL_ENTRY,
    expected: [{ file: 'sys/ops/otel.yaml', at: 'max_days: 200', message: 'sys/ops/otel.yaml keeps logs 200 days (exporter file/decisions rotation.max_days), but the manifest declares retentionDays: 400' }],
  },
  {
    rule: 'logging/agrees-with-manifest',
    name: 'the manifest says logging is off, the collector keeps logs',
    files: { 'otel.yaml': OTEL },
    configs: OTEL_ENTRY,
    declared: { ...DECLARED, enabled: false },
    expected: [{ file: MANIFEST, at: 'enabled: false', message: 'monitoring.logging.enabled is false, but a cited logging config keeps log records' }],
  },
  {
    rule: 'logging/agrees-with-manifest',
    name: 'the manifest lists an event the declaration does not record',
    files: { 'logging.yaml': OURS },
    configs: [{ path: 'ops/logging.yaml' }],
    declared: { ...DECLARED, events: ['score', 'appeal'] },
    expected: [{ file: MANIFEST, at: '- appeal', message: 'the manifest lists event "appeal", which no cited logging declaration records' }],
  },
  {
    rule: 'logging/events-recorded',
    name: 'our declaration records no operator action',
    files: { 'logging.yaml': OURS.replaceAll('records: operator-action', 'records: other') },
    configs: [{ path: 'ops/logging.yaml' }],
    expected: [{ file: 'sys/ops/logging.yaml', at: '- name: score', message: 'sys/ops/logging.yaml records no operator-action field in any event' }],
  },
  // ${NAME} is replaced with what the config sets (@SET, env:); a name it does not set is the
  // deployment's environment variable, which modelgate cannot know.
  ...(
    [
      ['a variable the config does not set', FB_CONF_VARS.replace('@SET APP=scoring\n', '@SET APPS=scoring\n'), 'Match        ${APP}.*', "the logrotate output's Match ${APP}.* uses ${APP}, " + ENV_MESSAGE],
      ['HOSTNAME, which Fluent Bit sets from the host', FB_CONF_VARS.replace('Match        ${APP}.*', 'Match        ${HOSTNAME}.*'), 'Match        ${HOSTNAME}.*', "the logrotate output's Match ${HOSTNAME}.* uses ${HOSTNAME}, " + ENV_MESSAGE],
      ['a variable set to a file:// reference (read from the deployment host)', FB_CONF_VARS.replace('@SET APP=scoring', '@SET APP=file:///etc/fluent-bit/app'), 'Match        ${APP}.*', "the logrotate output's Match ${APP}.* uses ${APP}, " + ENV_MESSAGE],
      ['a variable set to nothing', FB_CONF_VARS.replace('@SET APP=scoring', '@SET APP='), 'Match        ${APP}.*', "the logrotate output's Match ${APP}.* uses ${APP}, " + ENV_MESSAGE],
      ['a default (${NAME:-word}), which Fluent Bit versions read differently', FB_CONF_VARS.replace('Match        ${APP}.*', 'Match        ${APP:-scoring}.*'), 'Match        ${APP:-', "the logrotate output's Match ${APP:-scoring}.* uses ${APP:-scoring}, " + ENV_MESSAGE],
      ['a variable whose value names another: Fluent Bit puts it in as written, not read again', FB_CONF_VARS.replace('@SET APP=scoring', '@SET APP=${NEXT}\n@SET NEXT=scoring').replace('Tag          ${APP}.decisions', 'Tag          scoring.decisions'), 'Match        ${APP}.*', "the logrotate output matches no input's tag (Match ${APP}.*, read as ${NEXT}.*)"],
      ['a variable set again later (the last @SET counts)', `${FB_CONF_VARS}@SET APP=audit\n`.replace('Tag          ${APP}.decisions', 'Tag          scoring.decisions'), 'Match        ${APP}.*', "the logrotate output matches no input's tag (Match ${APP}.*, read as audit.*)"],
      ['a value that expands past 4,096 characters', FB_CONF_VARS.replace('@SET APP=scoring', `@SET APP=${'s'.repeat(2_100)}`).replace('Match        ${APP}.*', 'Match        ${APP}${APP}'), 'Match        ${APP}${APP}', "the logrotate output's Match ${APP}${APP} expands to more than 4,096 characters with the config's variables, the most modelgate reads, so it is not counted as routed"],
    ] as const
  ).flatMap(([what, text, at, message]): Case[] => [
    { rule: 'logging/config-readable', name: `a classic config's Match uses ${what}`, files: { 'fluent-bit.conf': text }, configs: [{ path: 'ops/fluent-bit.conf' }], expected: [{ file: 'sys/ops/fluent-bit.conf', at, message: `sys/ops/fluent-bit.conf: ${message}` }] },
    { rule: 'logging/persistent-pipeline', name: `the only keeping output's Match uses ${what}`, files: { 'fluent-bit.conf': text }, configs: [{ path: 'ops/fluent-bit.conf' }], expected: [{ file: 'sys/ops/fluent-bit.conf', at, message: `sys/ops/fluent-bit.conf has no logs pipeline, so no log record is kept: ${message}` }] },
  ]),
  {
    rule: 'logging/config-readable',
    name: "a YAML config's match uses a variable its env: does not set",
    files: { 'fluent-bit.yaml': FB_YAML_VARS.replace('  APP: scoring\n', '') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${APP}.*', message: `sys/ops/fluent-bit.yaml: the es output's Match \${APP}.* uses \${APP}, ${ENV_MESSAGE}` }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML env: name that the YAML reader may have changed (~ reads as null) is not taken as set',
    files: { 'fluent-bit.yaml': FB_YAML_VARS.replace('  APP: scoring\n', '  ~: scoring\n').replaceAll('${APP}', '${null}') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${null}.*', message: `sys/ops/fluent-bit.yaml: the es output's Match \${null}.* uses \${null}, ${ENV_MESSAGE}` }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML env: value that is not text (its text in the file is not known once read)',
    files: { 'fluent-bit.yaml': FB_YAML_VARS.replace('  APP: scoring\n', '  APP: 1.0\n') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${APP}.*', message: `sys/ops/fluent-bit.yaml: the es output's Match \${APP}.* uses \${APP}, ${ENV_MESSAGE}` }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a YAML env: list entry read from a uri (a file on the deployment host)',
    files: { 'fluent-bit.yaml': FB_YAML_VARS.replace('env:\n  APP: scoring\n  KEEP: es\n', 'env:\n  - name: APP\n    uri: file:///etc/app\n  - name: KEEP\n    value: es\n') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${APP}.*', message: `sys/ops/fluent-bit.yaml: the es output's Match \${APP}.* uses \${APP}, ${ENV_MESSAGE}` }],
  },
  // Ways Fluent Bit could read the variables differently from modelgate (a cold review): each
  // fails closed or reads them as Fluent Bit does.
  ...(
    [
      ['an ENV: in another case, which Fluent Bit also reads', { 'fluent-bit.yaml': `${FB_YAML_APP}ENV:\n  APP: nothing\n` }],
      ['an included file with an ENV: in another case', { 'fluent-bit.yaml': `${FB_YAML_APP}includes: [vars.yaml]\n`, 'vars.yaml': 'ENV:\n  APP: nothing\n' }],
      ['an env: list item with an integer-like key, whose key order the parsed file has lost', { 'fluent-bit.yaml': FB_YAML_APP.replace('env:\n  APP: scoring\n', 'env:\n  - APP: scoring\n  - APP: nothing\n    1: x\n') }],
    ] as const
  ).map(([name, files]): Case => ({
    rule: 'logging/config-readable',
    name: `a variable is unknown with ${name}`,
    files,
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${APP}.*', message: `sys/ops/fluent-bit.yaml: the es output's Match \${APP}.* uses \${APP}, ${ENV_MESSAGE}` }],
  })),
  {
    rule: 'logging/config-readable',
    name: 'an Includes: in another case, whose file Fluent Bit reads and modelgate does not: the config is not evaluated',
    files: { 'fluent-bit.yaml': `${FB_YAML_APP}Includes: [vars.yaml]\n`, 'vars.yaml': 'env:\n  APP: nothing\n' },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'Includes: [vars.yaml]', message: 'sys/ops/fluent-bit.yaml: Fluent Bit reads "Includes" as includes, which modelgate reads only written includes, so the config is not evaluated; write includes' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an env: name with a NUL is read up to it, as Fluent Bit reads it (APP\\0x sets APP)',
    files: { 'fluent-bit.yaml': FB_YAML_APP.replace('env:\n  APP: scoring\n', 'env:\n  APP: scoring\n  "APP\\0x": nothing\n') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: ${APP}.*', message: "sys/ops/fluent-bit.yaml: the es output matches no input's tag (Match ${APP}.*, read as nothing.*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an env: value with a NUL is read up to it',
    files: { 'fluent-bit.yaml': FB_YAML_APP.replace('env:\n  APP: scoring\n', 'env:\n  APP: "nothing\\0scoring"\n').replace('match: ${APP}.*', 'match: "*${APP}*"') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: 'match: "*${APP}*"', message: "sys/ops/fluent-bit.yaml: the es output matches no input's tag (Match *${APP}*, read as *nothing*)" }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a classic line with a lone CR is one line, as fgets reads it (no Match hides behind the CR)',
    files: { 'fluent-bit.conf': '[INPUT]\n    Name tail\n    Tag app\n[OUTPUT]\n    Name es\n    Match nothing\n@SET X=y\r    Match app\n' },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: '    Match nothing', message: "sys/ops/fluent-bit.conf: the es output matches no input's tag (Match nothing)" }],
  },
  {
    rule: 'logging/persistent-pipeline',
    name: 'an output whose Name the config sets to stdout',
    files: { 'fluent-bit.conf': FB_CONF_VARS.replace('@SET KEEP=logrotate', '@SET KEEP=stdout') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Name         ${KEEP}', message: 'sys/ops/fluent-bit.conf: the logs go only to stdout, which keeps nothing; send them to a file or a log backend' }],
  },
  // Values read as Fluent Bit reads them (a cold review found each counted as routed before).
  {
    rule: 'logging/persistent-pipeline',
    name: 'an output Name with a protocol (stdout://x is the stdout plugin)',
    files: { 'fluent-bit.conf': FB_CONF.replace('Name         logrotate', 'Name         stdout://x') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Name         stdout://x', message: 'sys/ops/fluent-bit.conf: the logs go only to stdout://x, which keeps nothing; send them to a file or a log backend' }],
  },
  ...(
    [
      ['an input without a Tag is tagged with its plugin name in lower case', '[INPUT]\n    Name TAIL\n[OUTPUT]\n    Name es\n    Match TAIL.0\n', '    Match TAIL.0', 'the es output matches no input\'s tag (Match TAIL.0)'],
      ['a no-break space is part of a classic value', '[INPUT]\n    Name tail\n    Tag app\n[OUTPUT]\n    Name es\n    Match app\u00a0\n', '    Match app\u00a0', 'the es output matches no input\'s tag (Match app\u00a0)'],
      ['an output Name is clipped in messages', `[INPUT]\n    Name tail\n    Tag app\n[OUTPUT]\n    Name ${'k'.repeat(2000)}\n    Match nothing\n`, '    Match nothing', `the ${'k'.repeat(79)}… output matches no input's tag (Match nothing)`],
    ] as const
  ).map(([name, text, at, message]): Case => ({
    rule: 'logging/config-readable',
    name,
    files: { 'fluent-bit.conf': text },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at, message: `sys/ops/fluent-bit.conf: ${message}` }],
  })),
  {
    rule: 'logging/persistent-pipeline',
    name: 'a YAML output named twice, name then NAME: Fluent Bit takes the first (cfl_kvlist_fetch)',
    files: { 'fluent-bit.yaml': FB_YAML.replace('- name: es', '- name: stdout\n      NAME: es') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '- name: stdout', message: 'sys/ops/fluent-bit.yaml: the logs go only to stdout, which keeps nothing; send them to a file or a log backend' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'an empty YAML tag and match select nothing, beside a second input',
    files: { 'fluent-bit.yaml': FB_YAML.replace('tag: scoring.decisions', 'tag: ""').replace('      match: scoring.*\n      host', '      match: ""\n      host').replace('  filters:', '    - name: cpu\n      tag: host.cpu\n\n  filters:') },
    configs: [{ path: 'ops/fluent-bit.yaml' }],
    expected: [{ file: 'sys/ops/fluent-bit.yaml', at: '- name: es', message: 'sys/ops/fluent-bit.yaml: the es output has no Match, so Fluent Bit routes nothing to it (only a config of one input and one output routes an output without one)' }],
  },
  {
    rule: 'logging/config-readable',
    name: 'a classic output without Match beside a second output: neither routes by the 1:1 setup',
    files: { 'fluent-bit.conf': FB_CONF.replace('Match        scoring.*\n    Path', 'Path').concat('\n[OUTPUT]\n    Name stdout\n    Match scoring.*\n') },
    configs: [{ path: 'ops/fluent-bit.conf' }],
    expected: [{ file: 'sys/ops/fluent-bit.conf', at: 'Name         logrotate', message: 'sys/ops/fluent-bit.conf: the logrotate output has no Match, so Fluent Bit routes nothing to it (only a config of one input and one output routes an output without one)' }],
  },
];

describe('logging rules', () => {
  const RULES = ['logging/config-readable', 'logging/persistent-pipeline', 'logging/retention', 'logging/agrees-with-manifest', 'logging/events-recorded'];

  it.each(RULES)('%s passes on a collector config with our declaration beside it', (rule) => {
    const files = withLogging({ 'otel.yaml': OTEL, 'logging.yaml': OURS }, [...OTEL_ENTRY, { path: 'ops/logging.yaml', format: 'modelgate' }]);
    expect(resultsOf(check(files), rule).map((r) => r.status)).toEqual(['pass']);
  });

  it.each(RULES)('%s does not apply when no logging config is cited', (rule) => {
    expect(resultsOf(check(withManifest(() => {})), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each([
    ['classic', 'fluent-bit.conf', FB_CONF.replace('Match        scoring.*\n    Path', 'Path')],
    ['YAML, with an empty match', 'fluent-bit.yaml', FB_YAML.replace('      match: scoring.*\n      host', '      match: ""\n      host')],
  ])('one input and one output: an output without Match is routed, as Fluent Bit gives it Match * (%s)', (_format, name, text) => {
    expect(text).not.toBe(name.endsWith('.conf') ? FB_CONF : FB_YAML);
    const report = check(withLogging({ [name]: text }, [{ path: `ops/${name}` }]));
    for (const rule of ['logging/config-readable', 'logging/persistent-pipeline']) expect(resultsOf(report, rule).map((r) => [r.status, r.message])).toEqual([['pass', expect.any(String)]]);
  });

  // Fluent Bit counts the instances it runs: a filter with an emitter, or a [CUSTOM] section,
  // adds some, and the 1:1 setup (Match * for an output without one) no longer applies.
  it.each([
    ['a rewrite_tag filter', FB_CONF.replace('Match        scoring.*\n    Path', 'Path').replace('[OUTPUT]', '[FILTER]\n    Name rewrite_tag\n    Match scoring.*\n    Rule $level ^(error)$ audit.$TAG false\n\n[OUTPUT]')],
    ['a [CUSTOM] section', `[CUSTOM]\n    Name calyptia\n\n${FB_CONF.replace('Match        scoring.*\n    Path', 'Path')}`],
  ])('one input and one output beside %s: the output without Match is not routed', (_what, text) => {
    const report = check(withLogging({ 'fluent-bit.conf': text }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(failuresOf(report, 'logging/config-readable').map((f) => [f.line, f.message])).toEqual([
      [lineOf(text, 'Name         logrotate'), 'sys/ops/fluent-bit.conf: the logrotate output has no Match, so Fluent Bit routes nothing to it (only a config of one input and one output routes an output without one)'],
    ]);
  });

  it('a Fluent Bit config padded with inputs cannot make an unchecked output count as routed', () => {
    // Many distinct tags and wildcard outputs exhaust the routing comparisons; the last output,
    // which matches nothing, must not then be taken as routed (it once was, and kept the logs).
    const inputs = Array.from({ length: 3000 }, (_, i) => `[INPUT]\n    Name tail\n    Tag  input-number-${i}\n`).join('');
    const printers = Array.from({ length: 1500 }, (_, i) => `[OUTPUT]\n    Name stdout\n    Match *-number-${i}\n`).join('');
    const text = `${inputs}${printers}[OUTPUT]\n    Name es\n    Match *nothing*\n`;
    const report = check(withLogging({ 'fluent-bit.conf': text }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['fail']);
    expect(read('fluent-bit.conf', text).problems.at(-1)?.message).toBe(
      'fluent-bit.conf: the es output was not checked against the 3000 input tags (Match *nothing*: too many wildcard comparisons), so it is not counted as routed',
    );
  });

  it('Match prefix* and exact patterns are routed without comparing every tag', () => {
    const inputs = Array.from({ length: 3000 }, (_, i) => `[INPUT]\n    Name tail\n    Tag  app.number-${i}\n`).join('');
    const outputs = Array.from({ length: 3000 }, (_, i) => `[OUTPUT]\n    Name stdout\n    Match app.number-${i}${i % 2 ? '*' : ''}\n`).join('');
    const config = read('fluent-bit.conf', `${inputs}${outputs}[OUTPUT]\n    Name es\n    Match app.*\n`);
    expect(config.problems).toEqual([]);
    expect(config.pipelines.at(-1)?.destinations.map((d) => d.kind)).toEqual(['remote']);
  });

  it.each([
    ['^scoring\\.(decisions|audit)$'],
    ['scoring'],
    ['.*decisions'],
    ['/^scoring\\./'],
    ['^[a-z]+\\.d\\w{2,}$'],
  ])('an output whose Match_Regex %s selects the input tag is routed: persistent-pipeline passes', (pattern) => {
    const text = FB_CONF.replace('Match        scoring.*\n    Path', `Match_Regex  ${pattern}\n    Path`);
    const report = check(withLogging({ 'fluent-bit.conf': text }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['pass']);
    expect(failuresOf(report, 'logging/config-readable')).toEqual([]);
  });

  // Fluent Bit routes a tag that Match_Regex selects, else one that Match selects (router_match).
  it.each([
    ['Match_Regex selects nothing, Match selects the tag', '^audit', 'scoring.*', 'pass'],
    ['Match_Regex selects the tag, Match nothing', '^scoring', 'audit.*', 'pass'],
    ['Match_Regex is refused, Match selects the tag', '(?:|audit)*', 'scoring.*', 'pass'],
    ['Match_Regex selects nothing, Match uses ${NAME}', '^audit', '${TAGS}', 'fail'],
    ['neither selects the tag', '^audit', 'audit.*', 'fail'],
  ])('an output with both: %s: persistent-pipeline %s', (_, regex, match, status) => {
    const text = FB_CONF.replace('Match        scoring.*\n    Path', `Match_Regex  ${regex}\n    Match  ${match}\n    Path`);
    const report = check(withLogging({ 'fluent-bit.conf': text }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual([status]);
    if (status === 'fail') {
      expect(failuresOf(report, 'logging/config-readable').map((f) => f.message)).toEqual([`sys/ops/fluent-bit.conf: the logrotate output matches no input's tag (Match_Regex ${regex})`]);
    }
  });

  // How the time grows is test/load/linear-time.slow.test.ts's to check, not a clock's here.
  it('Match_Regex patterns that backtrack exponentially elsewhere are judged over long tags', () => {
    const inputs = Array.from({ length: 20 }, (_, i) => `[INPUT]\n    Name tail\n    Tag  ${'s'.repeat(2_000)}${i}\n`).join('');
    const config = read('fluent-bit.conf', `${inputs}[OUTPUT]\n    Name es\n    Match_Regex ^(s+)+$\n[OUTPUT]\n    Name file\n    Match_Regex ^(.+)+(.+)+x$\n`);
    expect(config.problems.map((p) => p.message)).toEqual([
      "fluent-bit.conf: the es output matches no input's tag (Match_Regex ^(s+)+$)",
      "fluent-bit.conf: the file output matches no input's tag (Match_Regex ^(.+)+(.+)+x$)",
    ]);
  });

  it.each([
    ['@SET lines', { 'fluent-bit.conf': FB_CONF_VARS }],
    ['@SET lines after the sections that use them (Fluent Bit sets every one before it reads a plugin)', { 'fluent-bit.conf': `${withVars(FB_CONF)}\n@SET APP=scoring\n@SET KEEP=logrotate\n` }],
    ['@SET lines in a file it @INCLUDEs', { ...FB_SPLIT, 'fluent-bit.conf': `@INCLUDE vars.conf\n${withVars(FB_SPLIT['fluent-bit.conf'] as string)}`, 'inputs.conf': withVars(FB_INPUTS), 'outputs.conf': withVars(FB_OUTPUTS), 'vars.conf': '@SET APP=scoring\n@SET KEEP=logrotate\n' }],
    ['a name with spaces and dots, as @SET splits it at the first =', { 'fluent-bit.conf': FB_CONF_VARS.replace('@SET APP=scoring', '@SET my app.v1 =scoring').replaceAll('${APP}', '${my app.v1 }') }],
    ['a variable whose value names itself (put in as written, so the Tag and Match are both ${APP}…)', { 'fluent-bit.conf': FB_CONF_VARS.replace('@SET APP=scoring', '@SET APP=${APP}') }],
    ['a value with = in it', { 'fluent-bit.conf': FB_CONF_VARS.replace('@SET APP=scoring', '@SET APP=scoring=').replace('Tag          ${APP}.decisions', 'Tag          ${APP}decisions').replace('Match        ${APP}.*', 'Match        scoring=*') }],
    ['20,000 @SET lines, the last setting the name', { 'fluent-bit.conf': `${Array.from({ length: 20_000 }, (_, i) => `@SET V${i}=${i}\n@SET APP=audit\n`).join('')}${FB_CONF_VARS}` }],
    ['a YAML env: mapping', { 'fluent-bit.yaml': FB_YAML_VARS }],
    ['a YAML env: list', { 'fluent-bit.yaml': FB_YAML_VARS.replace('env:\n  APP: scoring\n  KEEP: es\n', 'env:\n  - name: APP\n    value: scoring\n  - KEEP: es\n') }],
    ['a YAML env: in a file it includes', { ...FB_YAML_SPLIT, 'fluent-bit.yaml': `${FB_YAML_SPLIT['fluent-bit.yaml']}  - vars.yaml\n`, 'outputs.yaml': FB_YAML_OUTPUTS.replace('match: scoring.*', 'match: ${APP}.*'), 'vars.yaml': 'env:\n  APP: scoring\n' }],
  ])("the config's own variables are substituted, as Fluent Bit substitutes them: %s", (_, files) => {
    const name = Object.keys(files)[0]?.endsWith('.yaml') ? 'ops/fluent-bit.yaml' : 'ops/fluent-bit.conf';
    const report = check(withLogging(files as Record<string, string>, [{ path: name }]));
    expect(failuresOf(report, 'logging/config-readable')).toEqual([]);
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['pass']);
  });

  it('names the output by the Name its variables give, and the kind of store by it', () => {
    const config = read('fluent-bit.conf', FB_CONF_VARS);
    expect(config.pipelines.map((p) => [p.name, p.destinations.map((d) => [d.name, d.kind])])).toEqual([['logrotate', [['logrotate', 'file']]]]);
  });

  it("a config whose variables expand to more than 1,000,000 characters in all: the rest are not expanded, and an unexpanded tag is not counted", () => {
    // 300 inputs each 4,000 characters long once expanded: 250 of them fit.
    const inputs = Array.from({ length: 300 }, (_, i) => `[INPUT]\n    Name tail\n    Tag  \${BIG}${i}\n`).join('');
    const config = read('fluent-bit.conf', `@SET BIG=${'b'.repeat(4_000)}\n${inputs}[OUTPUT]\n    Name es\n    Match audit\n`);
    expect(config.problems.map((p) => p.message)).toEqual([
      "fluent-bit.conf: the es output matches no input's tag (Match audit); the Tag ${BIG}250 of the tail input was not expanded: the config's variables expand to more than 1,000,000 characters in all, the most modelgate expands, so it is not counted",
    ]);
  });

  it('a collector config alone cannot show the fields the application writes: events-recorded says so and does not pass', () => {
    const [result] = resultsOf(check(withLogging({ 'otel.yaml': OTEL }, OTEL_ENTRY)), 'logging/events-recorded');
    expect(result).toEqual(
      expect.objectContaining({
        status: 'not-applicable',
        message: 'the cited logging configs cannot show whether input, output, operator-action are recorded (the application writes those fields); cite a modelgate logging declaration (docs/manifest.md) to have them judged',
      }),
    );
  });

  it("Fluent Bit's file output states no retention: logging/retention leaves it to the manifest", () => {
    const [result] = resultsOf(check(withLogging({ 'fluent-bit.conf': FB_FILE }, [{ path: 'ops/fluent-bit.conf' }])), 'logging/retention');
    expect(result?.status).toBe('not-applicable');
    expect(result?.message).toMatch(/^the cited logging configs state no retention \(a Fluent Bit config cannot/);
  });

  // lumberjack deletes no file by count when max_backups is 0 (or below): with no max_days the
  // exporter keeps every file, for as long as the deployment keeps the volume. With no rotation
  // it writes one file, which it empties when the collector starts unless `append: true`: not
  // judged yet, so not applicable as before.
  it.each([
    ['max_backups: 0', '    rotation:\n      max_megabytes: 1\n      max_backups: 0\n'],
    ['max_backups below 0', '    rotation:\n      max_backups: -1\n'],
    ['no rotation at all', ''],
  ])('a file exporter that deletes no file by count or age states no retention (%s): logging/retention leaves it to the manifest', (_name, block) => {
    const report = check(withLogging({ 'otel.yaml': withRotation(block) }, OTEL_ENTRY, { ...DECLARED, retentionDays: 365 }));
    expect(resultsOf(report, 'logging/retention').map((r) => [r.status, r.message])).toEqual([
      ['not-applicable', "the cited logging configs state no retention (an OpenTelemetry Collector config cannot, unless an exporter sets one); monitoring/event-logging checks the manifest's retentionDays"],
    ]);
    expect(failuresOf(report, 'logging/agrees-with-manifest')).toEqual([]);
  });

  it('a file exporter named by two logs pipelines is one finding', () => {
    const text = withRotation('    rotation:\n      max_backups: 1\n').replace('    traces:\n', '    logs/copy:\n      receivers: [otlp]\n      exporters: [file/decisions]\n    traces:\n');
    expect(failuresOf(check(withLogging({ 'otel.yaml': text }, OTEL_ENTRY)), 'logging/retention').map((f) => f.line)).toEqual([lineOf(text, 'max_backups: 1')]);
  });

  it('retention applies to high-risk systems only', () => {
    const files = withManifest(
      (m) => {
        m.risk.euAiAct = { tier: 'minimal' };
        m.monitoring.logging = { ...DECLARED, retentionDays: 90, configs: OTEL_ENTRY };
      },
      { 'sys/ops/otel.yaml': OTEL.replace('max_days: 400', 'max_days: 90') },
    );
    expect(resultsOf(check(files), 'logging/retention').map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('reads a Fluent Bit config split into the files it @INCLUDEs, as Fluent Bit reads it', () => {
    const split = check(withLogging(FB_SPLIT, [{ path: 'ops/fluent-bit.conf' }]));
    const whole = check(withLogging({ 'fluent-bit.conf': FB_CONF }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(split, 'logging/persistent-pipeline')).toEqual([expect.objectContaining({ status: 'pass' })]);
    // Every logging rule says of the split config what it says of the same config in one file.
    const verdicts = (report: ReturnType<typeof check>) =>
      ['logging/config-readable', 'logging/persistent-pipeline', 'logging/retention', 'logging/agrees-with-manifest', 'logging/events-recorded'].map((rule) => resultsOf(report, rule).map((r) => [rule, r.status, r.message]));
    expect(verdicts(split)).toEqual(verdicts(whole));
  });

  it('reads a Fluent Bit YAML config split into the files it includes, as Fluent Bit reads it', () => {
    const split = check(withLogging(FB_YAML_SPLIT, [{ path: 'ops/fluent-bit.yaml' }]));
    const whole = check(withLogging({ 'fluent-bit.yaml': FB_YAML }, [{ path: 'ops/fluent-bit.yaml' }]));
    expect(resultsOf(split, 'logging/persistent-pipeline')).toEqual([expect.objectContaining({ status: 'pass' })]);
    const verdicts = (report: ReturnType<typeof check>) =>
      ['logging/config-readable', 'logging/persistent-pipeline', 'logging/retention', 'logging/agrees-with-manifest', 'logging/events-recorded'].map((rule) => resultsOf(report, rule).map((r) => [rule, r.status, r.message]));
    expect(verdicts(split)).toEqual(verdicts(whole));
  });

  it('resolves a YAML include relative to the file that names it, as Fluent Bit does', () => {
    const files = { ...FB_YAML_SPLIT, 'outputs.yaml': 'includes:\n  - es.yaml\n', 'fluent-bit.yaml': (FB_YAML_SPLIT['fluent-bit.yaml'] as string).replace('  - outputs.yaml', '  - sub/outputs.yaml') };
    const nested = withLogging({ ...files, 'sub/outputs.yaml': 'includes:\n  - es.yaml\n', 'sub/es.yaml': FB_YAML_OUTPUTS }, [{ path: 'ops/fluent-bit.yaml' }]);
    expect(resultsOf(check(nested), 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['pass']);
    // The same name beside the cited file is not the one meant.
    const beside = withLogging({ ...files, 'sub/outputs.yaml': 'includes:\n  - es.yaml\n', 'es.yaml': FB_YAML_OUTPUTS }, [{ path: 'ops/fluent-bit.yaml' }]);
    expect(failuresOf(check(beside), 'logging/config-readable')).toEqual([
      { file: 'sys/ops/sub/outputs.yaml', line: 2, message: 'sys/ops/sub/outputs.yaml: includes es.yaml: sys/ops/sub/es.yaml does not exist' },
    ]);
  });

  it.each([
    // get_section_type compares the name as written with each type's name, as long as the name:
    // spaces inside the brackets make a section of no type, a prefix is the type it begins.
    ['[ OUTPUT ]', 'fail'],
    ['[OUTPUT ]', 'fail'],
    ['[OUT]', 'pass'],
    ['[outputs]', 'pass'],
  ])('reads the header %s of the file output as Fluent Bit does: persistent-pipeline %s', (header, status) => {
    const conf = `${FB_CONF.replace('[OUTPUT]', header)}\n[OUTPUT]\n    Name   stdout\n    Match  scoring.*\n`;
    const report = check(withLogging({ 'fluent-bit.conf': conf }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual([status]);
  });

  it('does not follow an indented @INCLUDE: Fluent Bit reads it as a key of the section above (ignored in [SERVICE])', () => {
    const main = FB_CONF.slice(0, FB_CONF.indexOf('[OUTPUT]')).replace('    Parsers_File parsers.conf\n', '    Parsers_File parsers.conf\n    @INCLUDE outputs.conf\n');
    const report = check(withLogging({ 'fluent-bit.conf': main, 'outputs.conf': FB_OUTPUTS }, [{ path: 'ops/fluent-bit.conf' }]));
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['fail']);
  });

  it('counts a config and the files it includes as one file against max-file-size', () => {
    const pad = (lines: number) => '# padding\n'.repeat(lines);
    const files = withLogging({ ...FB_SPLIT, 'inputs.conf': `${FB_INPUTS}${pad(200)}`, 'outputs.conf': `${FB_OUTPUTS}${pad(1_500)}` }, [{ path: 'ops/fluent-bit.conf' }]);
    const main = files['sys/ops/fluent-bit.conf'] as string;
    // Each file is under the 16 KB limit, the three together are not.
    expect(failuresOf(check(files, { maxFileBytes: 16 * 1024 }), 'logging/config-readable')).toEqual([
      { file: 'sys/ops/fluent-bit.conf', line: lineOf(main, '@INCLUDE outputs.conf'), message: 'sys/ops/fluent-bit.conf: @INCLUDE outputs.conf: sys/ops/fluent-bit.conf and the files it includes are over the 16 KB limit together (max-file-size)' },
    ]);
    expect(failuresOf(check(files, { maxFileBytes: 64 * 1024 }), 'logging/config-readable')).toEqual([]);
  });

  // Configs Fluent Bit refuses to load, or reads in a way modelgate does not (checked against
  // fluent/fluent-bit's source): each is a finding of logging/config-readable at its line, and
  // logging/persistent-pipeline does not pass. Each passed before.
  interface Refused {
    name: string;
    files: Record<string, string>;
    /** The cited file, when not the only one. */
    cited?: string;
    /** The file of the finding (the cited one when absent), and a needle on its line (or the line). */
    file?: string;
    at: string | number;
    message: string;
  }
  const SET_ONLY = '@SET with nothing after it: Fluent Bit refuses to load a config with this line';
  const ANCHORED = FB_YAML.replace('tag: scoring.decisions', 'tag: &decisions scoring.decisions');
  const REFUSED: Refused[] = [
    { name: 'a bare @SET (flb_cf_meta_property_add finds no space)', files: { 'fluent-bit.conf': `${FB_CONF_VARS}@SET\n` }, at: FB_CONF_VARS.split('\n').length, message: `not a Fluent Bit config: ${SET_ONLY}` },
    { name: '@SET and spaces only (meta_property_add: an empty value)', files: { 'fluent-bit.conf': `@SET   \n${FB_CONF_VARS}` }, at: 1, message: `not a Fluent Bit config: ${SET_ONLY}` },
    { name: 'a bare @include', files: { 'fluent-bit.conf': `${FB_CONF}@include\n` }, at: FB_CONF.split('\n').length, message: 'not a Fluent Bit config: @include with nothing after it: Fluent Bit refuses to load a config with this line' },
    // flb_cf_yaml.c consume_event: no state takes an alias event.
    { name: 'an output whose match is a YAML alias of the input tag', files: { 'fluent-bit.yaml': ANCHORED.replace('      match: scoring.*\n      host', '      match: *decisions\n      host') }, at: 'match: *decisions', message: "an alias (*decisions), which Fluent Bit's YAML reader does not take: Fluent Bit refuses to load this config; write the value out" },
    {
      name: 'a YAML alias in an included file: the finding is in that file',
      files: { ...FB_YAML_SPLIT, 'outputs.yaml': FB_YAML_OUTPUTS.replace('match: scoring.*', `match: &m${'m'.repeat(100)} scoring.*\n      index: *m${'m'.repeat(100)}`).replace('      index: scoring-decisions\n', '') },
      cited: 'fluent-bit.yaml',
      file: 'outputs.yaml',
      at: 'index: *m',
      message: `an alias (*m${'m'.repeat(78)}…), which Fluent Bit's YAML reader does not take: Fluent Bit refuses to load this config; write the value out`,
    },
    // Sections as flb_cf_yaml.c reads them (names without case).
    { name: 'a top-level key Fluent Bit does not know, with a value that is not a mapping', files: { 'fluent-bit.yaml': `${FB_YAML}x-owner: platform\n` }, at: 'x-owner: platform', message: 'the top-level key "x-owner" is no section Fluent Bit knows, and its value is not a mapping: Fluent Bit refuses to load this config' },
    { name: 'a second service section, in another case', files: { 'fluent-bit.yaml': `${FB_YAML}Service:\n  flush: 1\n` }, at: 'Service:', message: 'a second service section ("Service"), in this file or another the config includes: Fluent Bit refuses to load this config' },
    { name: 'a service section in the cited file and in one it includes', files: { ...FB_YAML_SPLIT, 'outputs.yaml': `service:\n  flush: 1\n${FB_YAML_OUTPUTS}` }, cited: 'fluent-bit.yaml', file: 'outputs.yaml', at: 'service:', message: 'a second service section ("service"), in this file or another the config includes: Fluent Bit refuses to load this config' },
    { name: 'a pipeline key that is not inputs, filters or outputs', files: { 'fluent-bit.yaml': FB_YAML.replace('  outputs:', '  routes: {}\n  outputs:') }, at: 'routes: {}', message: 'pipeline has a key "routes", which is not inputs, filters or outputs: Fluent Bit refuses to load this config' },
    { name: 'a second Pipeline, in another case, whose inputs come first and number the default tags', files: { 'fluent-bit.yaml': `Pipeline:\n  inputs:\n    - name: dummy\npipeline:\n  inputs:\n    - name: tail\n  outputs:\n    - name: es\n      match: tail.0\n` }, at: 'Pipeline:', message: 'Fluent Bit reads "Pipeline" as pipeline, which modelgate reads only written pipeline, so the config is not evaluated; write pipeline' },
    { name: 'an Inputs list in another case, before inputs, which numbers the default tags', files: { 'fluent-bit.yaml': 'pipeline:\n  Inputs:\n    - name: dummy\n  inputs:\n    - name: tail\n  outputs:\n    - name: es\n      match: tail.0\n' }, at: 'Inputs:', message: 'Fluent Bit reads pipeline "Inputs" as inputs, which modelgate reads only written inputs, so the config is not evaluated; write inputs' },
    // Keys and values of a YAML plugin as Fluent Bit reads them (flb_cf_key_translate, flb_sds_trim).
    ...(
      [
        ['an output key mAtch, which Fluent Bit reads as m_atch (a property no plugin has)', { out: ['      match: scoring.*\n', '      mAtch: scoring.*\n'] }, 'mAtch: scoring.*', 'Fluent Bit reads the output key mAtch as m_atch, not match (a camelCase YAML key becomes snake_case), a property the plugin does not have: Fluent Bit refuses to load this config; write match'],
        ['a filter key aDd, which Fluent Bit reads as a_dd (the model version is not added)', { filter: ['      add: model_version', '      aDd: model_version'] }, 'aDd: model_version', 'Fluent Bit reads the filter key aDd as a_dd, not add (a camelCase YAML key becomes snake_case), a property the plugin does not have: Fluent Bit refuses to load this config; write add'],
        ['a second match written " match", which Fluent Bit trims and sets last', { out: ['      match: scoring.*\n', '      match: scoring.*\n      " match": audit.*\n'] }, '" match": audit.*', 'Fluent Bit reads the output key " match" as match, which modelgate does not read written that way, so the config is not evaluated; write match'],
        ['a matchRegex after a match_regex, which Fluent Bit reads as match_regex and sets last', { out: ['      match: scoring.*\n', '      match_regex: ^scoring\n      matchRegex: ^audit\n'] }, 'matchRegex: ^audit', 'Fluent Bit reads the output key "matchRegex" as match_regex, which modelgate does not read written that way, so the config is not evaluated; write match_regex'],
        ['a tag with a space after it, which Fluent Bit trims (a Match_Regex ending in " $" does not select it)', { tag: 'tag: "scoring.decisions "', out: ['      match: scoring.*\n', '      match_regex: "^scoring\\\\.decisions $"\n'] }, 'tag: "scoring.decisions "', 'the input key tag has spaces around its value, which Fluent Bit trims; modelgate does not evaluate the config; write the value without them'],
        ['a tag that is not text once read (1.0 is the number 1; Fluent Bit reads the text 1.0)', { tag: 'tag: 1.0', out: ['      match: scoring.*\n', '      match: "1"\n'] }, 'tag: 1.0', 'the input key tag has a value that is not text once YAML reads it (1), so the text Fluent Bit reads is not known; quote it'],
        ['a value of spaces only (flb_sds_trim fails)', { out: ['      port: 9200', '      port: "   "'] }, 'port: "   "', 'the output key port has only spaces for its value: Fluent Bit refuses to load this config'],
        ['an empty key', { out: ['      port: 9200', '      "": x'] }, '"": x', 'an output key that is empty or only spaces (""): Fluent Bit refuses to load this config'],
        // flb_task.c: an input with direct routes (its routes:) is routed by them, not by an output's Match.
        ['an input with routes (conditional routing), whose records an output Match selecting its tag does not get', { tag: 'tag: scoring.decisions\n      routes:\n        logs:\n          - name: to-stdout\n            condition: { op: and, rules: [] }\n            to: { outputs: [stdout] }' }, 'routes:', "the input key routes sets Fluent Bit's conditional routing, which sends records by its routes and not by Match; modelgate does not model it, so the config is not evaluated"],
      ] as const
    ).map(([name, edit, at, message]): Refused => {
      let text = FB_YAML;
      if ('tag' in edit) text = text.replace('tag: scoring.decisions', edit.tag);
      if ('filter' in edit) text = text.replace(edit.filter[0], edit.filter[1]);
      if ('out' in edit) text = text.slice(0, text.indexOf('  outputs:')) + text.slice(text.indexOf('  outputs:')).replace(edit.out[0], edit.out[1]);
      return { name, files: { 'fluent-bit.yaml': text }, at, message };
    }),
  ];
  it.each(REFUSED)('a config Fluent Bit refuses to load, or reads otherwise than modelgate, is a finding at its line: $name', ({ files, cited, file, at, message }) => {
    const citedFile = cited ?? (Object.keys(files)[0] as string);
    const all = withLogging(files, [{ path: `ops/${citedFile}` }]);
    const where = `sys/ops/${file ?? citedFile}`;
    const report = check(all);
    expect(failuresOf(report, 'logging/config-readable')).toEqual([{ file: where, line: typeof at === 'number' ? at : lineOf(all[where] as string, at), message: `${where}: ${message}` }]);
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).not.toContain('pass');
  });

  // Configs Fluent Bit loads as modelgate reads them: still routed.
  const LOADED: Array<[string, string, string]> = [
    ['@SET without = (meta_cmd_set fails, and its result is ignored: Fluent Bit starts)', 'fluent-bit.conf', `@SET NOTHING\n${FB_CONF_VARS}`],
    ['@SET with an empty name (=value)', 'fluent-bit.conf', `@SET =scoring\n${FB_CONF_VARS}`],
    ['a YAML anchor no alias names (an anchor is read as its value)', 'fluent-bit.yaml', ANCHORED],
    ['YAML keys that begin with a capital, which Fluent Bit reads without case (Tag, MATCH)', 'fluent-bit.yaml', FB_YAML.replace('tag: scoring', 'Tag: scoring').replace('      match: scoring.*\n      host', '      MATCH: scoring.*\n      host')],
    ['a top-level section Fluent Bit does not know, whose value is a mapping (STATE_OTHER)', 'fluent-bit.yaml', `${FB_YAML}x-owner:\n  team: platform\n`],
    ['a camelCase key modelgate does not read (retryLimit)', 'fluent-bit.yaml', FB_YAML.replace('      port: 9200', '      retryLimit: 5')],
  ];
  it.each(LOADED)('a config Fluent Bit loads still passes: %s', (_name, file, text) => {
    const report = check(withLogging({ [file]: text }, [{ path: `ops/${file}` }]));
    expect(failuresOf(report, 'logging/config-readable')).toEqual([]);
    expect(resultsOf(report, 'logging/persistent-pipeline').map((r) => r.status)).toEqual(['pass']);
  });

  it.each(cases)('$rule fails: $name', ({ rule, files, configs, declared, expected }) => {
    const all = withLogging(files, configs, declared);
    expect(failuresOf(check(all), rule)).toEqual(
      expected.map(({ file, at, message }) => ({ file, line: at === '' ? 1 : lineOf(all[file] as string, at), message })),
    );
  });
});

describe('monitoring/event-logging falls back to the manifest for what no config shows', () => {
  const eventLogging = (files: Record<string, string>) => failuresOf(check(files, { policy: 'iso-42001' }), 'monitoring/event-logging');

  it('a collector config that states the retention: the manifest retention is not judged here (logging/retention is)', () => {
    const files = withLogging({ 'otel.yaml': OTEL.replace('max_days: 400', 'max_days: 90') }, OTEL_ENTRY, { enabled: true });
    expect(eventLogging(files as Record<string, string>)).toEqual([]);
  });

  it('a collector that keeps logs by volume shows their retention: the manifest retention is not judged here (logging/retention fails)', () => {
    const files = withLogging({ 'otel.yaml': withRotation('    rotation:\n      max_backups: 1\n') }, OTEL_ENTRY, { enabled: true, retentionDays: 90 });
    expect(eventLogging(files as Record<string, string>)).toEqual([]);
  });

  it('a Fluent Bit config states none: the manifest retention is judged, at the manifest line', () => {
    const files = withLogging({ 'fluent-bit.conf': FB_FILE }, [{ path: 'ops/fluent-bit.conf' }], { enabled: true, retentionDays: 90 });
    expect(eventLogging(files as Record<string, string>)).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'retentionDays: 90'), message: 'monitoring.logging.retentionDays is 90, below the minimum 183' },
    ]);
  });
});
