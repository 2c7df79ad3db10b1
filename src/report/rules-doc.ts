/**
 * Rule documentation rendered from the rules themselves, so docs cannot drift from behaviour:
 * `modelgate rules` (a list), `modelgate explain <id>` (one rule), and docs/rules.md
 * (`modelgate rules --all --format markdown`, kept in sync by a test).
 */
import { terminalText as t } from './escape.js';
import { markdownTable } from 'markdown-table';
import { ruleAnchor } from '../policy/definition.js';
import { controlOf, loadFrameworks } from '../policy/frameworks.js';
import { obligationText } from '../policy/obligations.js';
import type { RuleDefinition, SeveritySetting } from '../policy/types.js';
import type { Controls } from '../types.js';

const AREAS: Record<string, string> = {
  manifest: 'Manifest',
  discovery: 'Discovery',
  system: 'System identity and risk',
  card: 'Model card',
  data: 'Data provenance',
  bias: 'Bias evaluation',
  monitoring: 'Drift monitoring',
  oversight: 'Human oversight',
  evidence: 'Cited evidence',
};

/** The frameworks' names in reports, in the order reports list them. */
export const FRAMEWORK_NAMES: Readonly<Record<keyof Controls, string>> = { iso42001: 'ISO/IEC 42001', euAiAct: 'EU AI Act', nistAiRmf: 'NIST AI RMF', iso24028: 'ISO/IEC TR 24028' };

export function controlsText(controls: Controls): string {
  return (Object.keys(FRAMEWORK_NAMES) as Array<keyof Controls>)
    .filter((key) => controls[key]?.length)
    .map((key) => `${FRAMEWORK_NAMES[key]} ${(controls[key] as string[]).join(', ')}`)
    .join('; ');
}

/** What a rule's check evidences (content judged) and only supports (declared, present), on one line. */
export function mappingText(rule: { evidences: Controls; supports: Controls }): string {
  const evidences = controlsText(rule.evidences);
  const supports = controlsText(rule.supports);
  return [evidences && `evidences ${evidences}`, supports && `supports ${supports}`].filter(Boolean).join(' · ');
}

function appliesText(rule: RuleDefinition): string {
  const parts: string[] = [];
  if (rule.when?.tiers) parts.push(`risk tiers ${rule.when.tiers.join(', ')}`);
  if (rule.when?.stages) parts.push(`lifecycle stages ${rule.when.stages.join(', ')}`);
  if (rule.when?.labels) parts.push(`systems labelled ${rule.when.labels.join(', ')}`);
  if (rule.when?.obligation) parts.push(obligationText(rule.when.obligation));
  if (rule.when?.from) parts.push(`from ${rule.when.from}`);
  if (rule.when?.affectsPersons === true) parts.push('systems whose output may concern natural persons (not one that declares bias.notApplicable with its reason, which bias/not-applicable-justified judges)');
  return parts.length ? parts.join('; and ') : 'every system';
}

/** One line per rule, for the terminal. */
export function formatRulesText(rules: ReadonlyArray<{ id: string; title: string; severity: SeveritySetting; evidences: Controls; supports: Controls }>): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${t(r.id).padEnd(width)}  ${r.severity.padEnd(7)}  ${t(r.title)}\n${' '.repeat(width + 11)}${t(mappingText(r))}`).join('\n')}\n`;
}

/** Everything about one rule, for `modelgate explain`. */
export function formatRuleExplanation(rule: RuleDefinition): string {
  // A pack in the repository wrote these: one line each, no escape sequence or workflow command.
  const lines = [`${t(rule.id)}: ${t(rule.title)}`, ''];
  if (rule.description) lines.push(t(rule.description.trim(), 10_000), '');
  lines.push(`Severity:  ${rule.severity}${rule.locked ? ' (locked)' : ''}`);
  lines.push(`Applies:   ${t(appliesText(rule))}`);
  if (rule.core) lines.push('Checks:    while discovering and reading manifests');
  else lines.push(...checksLines(rule));
  lines.push(`Fix:       ${t(rule.remediation)}`);
  lines.push(`Evidences: ${t(controlsText(rule.evidences)) || 'none'}`);
  lines.push(`Supports:  ${t(controlsText(rule.supports)) || 'none'}`);
  lines.push(...whyLines(rule));
  if (rule.docs) lines.push(`Docs:      ${t(rule.docs)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Why the rule is there: what each control it maps to is about, by the control's title in the
 * framework ("ISO/IEC 42001 A.7.3  Acquisition of data"). A reference below a control
 * (Art.13(3)(b)) is shown with its control's title; one no framework file names is left out.
 */
function whyLines(rule: RuleDefinition): string[] {
  const frameworks = loadFrameworks();
  const rows: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const controls of [rule.evidences, rule.supports]) {
    for (const key of Object.keys(FRAMEWORK_NAMES) as Array<keyof Controls>) {
      const framework = frameworks.get(key);
      for (const reference of controls[key] ?? []) {
        const control = framework && controlOf(framework, reference);
        const title = control === undefined ? undefined : framework?.controls.get(control);
        const label = `${FRAMEWORK_NAMES[key]} ${reference}`;
        if (title === undefined || seen.has(label)) continue;
        seen.add(label);
        rows.push([label, control === reference ? title : `${title} (${control})`]);
      }
    }
  }
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, title], i) => `${i === 0 ? 'Why:       ' : ' '.repeat(11)}${t(label.padEnd(width))}  ${t(title)}`);
}

/**
 * The rule's checks, one after another, each its function, the field it reads and its options
 * as YAML-style `key: value` lines (a pack wrote them: each line is made terminal-safe).
 */
function checksLines(rule: RuleDefinition): string[] {
  const pad = ' '.repeat(11);
  const lines = [`Checks:    given ${t((rule.given ?? []).join(', '))}${(rule.then ?? []).length > 1 ? ', in order:' : ':'}`];
  for (const check of rule.then ?? []) {
    lines.push(`${pad}- ${t(check.function)}${check.field ? ` on ${t(check.field)}` : ''}`);
    for (const line of optionLines(check.options ?? {})) lines.push(`${pad}    ${t(line)}`);
  }
  return lines;
}

/** Options as YAML-style lines: `key: value`, a list of plain values on one line, nested objects indented. */
function optionLines(value: Record<string, unknown>, indent = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) => valueLines(`${indent}${key}:`, item, indent));
}

function valueLines(head: string, item: unknown, indent: string): string[] {
  if (Array.isArray(item)) {
    if (item.every((v) => v === null || typeof v !== 'object')) return [`${head} [${item.map(scalar).join(', ')}]`];
    return [head, ...item.flatMap((v) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return valueLines(`${indent}  -`, v, `${indent}  `);
      const [first, ...rest] = optionLines(v as Record<string, unknown>, `${indent}    `);
      return first === undefined ? [`${indent}  - {}`] : [`${indent}  - ${first.trimStart()}`, ...rest];
    })];
  }
  if (item !== null && typeof item === 'object') {
    const nested = optionLines(item as Record<string, unknown>, `${indent}  `);
    return nested.length > 0 ? [head, ...nested] : [`${head} {}`];
  }
  return [`${head} ${scalar(item)}`];
}

/** A value as YAML would show it; quoted where it would otherwise read as something else. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return value === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[,[\]{}]|: | #|\s$/.test(value) || /^(?:true|false|null|~|[-+.\d][\d._e+-]*)$/i.test(value) ? JSON.stringify(value) : value;
}

/** docs/rules.md: every rule, grouped by area, with a table of contents. */
export function formatRulesMarkdown(rules: readonly RuleDefinition[], packs: Record<string, ReadonlyMap<string, SeveritySetting>>): string {
  const sorted = [...rules].sort((a, b) => areaOrder(a.id) - areaOrder(b.id) || a.id.localeCompare(b.id));
  const packNames = Object.keys(packs);
  const out: string[] = [
    '# modelgate rules',
    '',
    '<!-- Generated by `npm run docs` from policies/rules/*.yaml; do not edit by hand. -->',
    '',
    'Each rule is data in `policies/rules/<area>.yaml` (its check functions are in',
    '`src/evaluate/functions/` or, for one kind of evidence, `src/evidence/<kind>/checks.ts`; its',
    'tests in `test/rules/<area>.test.ts`). Packs select rules and',
    'set their severity; the table shows the severity in each bundled pack ("—": not selected).',
    '',
    markdownTable(
      [
        ['Rule', 'Title', ...packNames],
        ...sorted.map((r) => [`[\`${r.id}\`](#${ruleAnchor(r.id)})`, r.title, ...packNames.map((p) => packs[p]?.get(r.id) ?? '—')]),
      ],
      { alignDelimiters: false },
    ),
  ];
  let area = '';
  for (const rule of sorted) {
    const ruleArea = rule.id.split('/')[0] as string;
    if (ruleArea !== area) {
      area = ruleArea;
      out.push('', `## ${AREAS[area] ?? area}`);
    }
    out.push('', `### ${rule.id}`, '', `**${rule.title}**`, '');
    if (rule.description) out.push(rule.description.trim(), '');
    out.push(`- Default severity: \`${rule.severity}\`${rule.locked ? ' (locked: no pack can turn it off or lower it)' : ''}`);
    out.push(`- Applies to: ${appliesText(rule)}`);
    out.push(rule.core ? '- Checked: by the engine while discovering and reading manifests' : `- Checked: ${markdownChecks(rule)}`);
    out.push(`- Fix: ${rule.remediation}`);
    out.push(`- Evidences: ${controlsText(rule.evidences) || 'none'}`);
    out.push(`- Supports: ${controlsText(rule.supports) || 'none'}`);
  }
  return `${out.join('\n')}\n`;
}

function markdownChecks(rule: RuleDefinition): string {
  const given = (rule.given ?? []).map((g) => `\`${g}\``).join(', ');
  const checks = (rule.then ?? []).map(
    (t) => `\`${t.function}\`${t.field ? ` on \`${t.field}\`` : ''}${t.options ? ` with \`${JSON.stringify(t.options)}\`` : ''}`,
  );
  return `given ${given}, ${checks.join(', then ')}`;
}

function areaOrder(id: string): number {
  const index = Object.keys(AREAS).indexOf(id.split('/')[0] as string);
  return index < 0 ? Object.keys(AREAS).length : index;
}
