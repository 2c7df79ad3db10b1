#!/usr/bin/env node
// Writes policies/frameworks/ids/eu-ai-act.yaml: every identifier of Regulation (EU) 2024/1689
// (the AI Act) that a rule can cite (articles, paragraphs, points, sub-points; annexes, their
// sections and points), read from the structure of intuitem's machine-readable transcription,
// `backend/library/libraries/ai-act.yaml` of github.com/intuitem/ciso-assistant-community.
// Only identifiers are written, never the Regulation's text.
//
//   node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <commit>            print the data file
//   node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <commit> --write    write policies/frameworks/ids/eu-ai-act.yaml
//   node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <commit> --skeleton print the source with its text
//                                                                    reduced to the numbering it reads
//                                                                    (the test fixture)
//   node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <commit> --gaps     list paragraphs and points not
//                                                                    numbered 1, 2, 3 … or a, b, c …
//                                                                    (where to look for a correction)
//
// How the numbering is read: a node's ref_id ("9.2.a") where it has one; otherwise its place
// (a paragraph with no number is a subparagraph of the one before, or, in an article with no
// numbered paragraph at all, numbered by position; a list of points with an unlabelled entry is
// lettered by position); and list markers at the start of a line of a node's text ("(a)", "(iv)",
// "2.", "3.1.") for the lists the transcription kept inside one node, annexes included.
// CORRECTIONS below lists, with reasons, where the transcription's numbering differs from the
// Official Journal (it follows a text from before the corrigendum in places).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(ROOT, 'policies', 'frameworks', 'ids', 'eu-ai-act.yaml');
export const SOURCE = { repository: 'intuitem/ciso-assistant-community', path: 'backend/library/libraries/ai-act.yaml' };

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/**
 * Where the transcription's numbering differs from the Official Journal (OJ L, 2024/1689,
 * 12.7.2024), the provision's ids as the OJ numbers them. Each entry replaces what was read for
 * that provision and everything under it.
 */
const CORRECTIONS = [
  {
    // The transcription keeps paragraphs 6-8 (delegated acts on the conditions of paragraph 3)
    // as one node "6.6"; the OJ numbers them (6), (7), (8), and Art. 97(2) cites "Article 6(6)
    // and (7)" in the transcription's own text.
    provision: 'Art.6',
    ids: ['(1)', '(1)(a)', '(1)(b)', '(2)', '(3)', '(3)(a)', '(3)(b)', '(3)(c)', '(3)(d)', '(4)', '(5)', '(6)', '(7)', '(8)'],
  },
  {
    // Definition (61), "widespread infringement": its lines are out of order in the
    // transcription; sub-points (i)-(iii) belong to point (a).
    provision: 'Art.3(61)',
    ids: ['(a)', '(a)(i)', '(a)(ii)', '(a)(iii)', '(b)'],
  },
  {
    // "(vi)" in the transcription is a typo for the fourth sub-point.
    provision: 'Art.41(1)(a)',
    ids: ['(i)', '(ii)', '(iii)', '(iv)'],
  },
  {
    // The transcription's lines are out of order: sub-points (i)-(vii) belong to point (e).
    provision: 'Art.66',
    ids: [...LETTERS.slice(0, 15).map((l) => `(${l})`), ...ROMAN.slice(0, 7).map((r) => `(e)(${r})`)],
  },
  {
    // The transcription labels the three paragraphs 69.3-69.5; the OJ numbers them 1-3.
    provision: 'Art.69',
    ids: ['(1)', '(2)', '(3)'],
  },
  {
    // The transcription numbers the paragraphs 1-3, 5-12 (no 4; 8 and 9 are the same text); the
    // OJ numbers its 11 paragraphs 1-11 (73(4) is the 10-day deadline after a death).
    provision: 'Art.73',
    ids: ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  },
  {
    // Its paragraphs are not numbered: the dates are the third paragraph's points, cited both as
    // "Article 113(3), point (a)" (as Art. 111 does) and as "Article 113, point (a)".
    provision: 'Art.113',
    ids: ['(1)', '(2)', '(3)', '(3)(a)', '(3)(b)', '(3)(c)', '(a)', '(b)', '(c)'],
  },
];

/** The numbering markers at the start of each line of a text (or after a colon). */
export function structuralLines(text) {
  const lines = [];
  for (const line of String(text ?? '').split('\n')) {
    const tokens = [];
    // "1. ", "3.1. ", "4.Control" (the transcription drops a space), "(a) ", "(iv)", and a list
    // opened after a colon on the same line ("in particular: (a) …").
    const start = line.match(/^\s*(\d+(?:\.\d+)?)\.(?=\s|[A-Z]|$)/) ?? line.match(/^\s*\(([a-z]{1,4})\)/);
    if (start) tokens.push(start[0].trim());
    const afterColon = line.match(/:\s*(\(([a-z]{1,4})\)|\d+\.(?=\s|$))/);
    if (afterColon && !start) tokens.push(`: ${afterColon[1]}`);
    lines.push(tokens.join(' '));
  }
  return lines;
}

/** Markers of a text as {kind, label}: kind 'number' ("2", "3.1") or 'paren' ("a", "iv"). */
function markers(text) {
  const found = [];
  for (const line of structuralLines(text)) {
    for (const token of line.split(' ')) {
      const number = token.match(/^(\d+(?:\.\d+)?)\.$/);
      if (number) found.push({ kind: 'number', label: number[1] });
      const paren = token.match(/^\(([a-z]{1,4})\)$/);
      if (paren) found.push({ kind: 'paren', label: paren[1] });
    }
  }
  return found;
}

/** Splits paren markers into letters and roman sub-points ("(i)" after "(h)" is a letter unless "(ii)" follows). */
function classify(found) {
  const out = [];
  found.forEach((m, index) => {
    if (m.kind !== 'paren') return out.push(m);
    const next = found[index + 1]?.label;
    const previousLetter = [...out].reverse().find((o) => o.kind === 'letter')?.label;
    const previous = out[out.length - 1];
    let roman = ROMAN.includes(m.label);
    if (m.label === 'i') roman = next === 'ii' || previousLetter !== 'h';
    if (m.label === 'v') roman = previous?.kind === 'roman' && previous.label === 'iv';
    if (m.label === 'x') roman = previous?.kind === 'roman' && previous.label === 'ix';
    out.push({ kind: roman ? 'roman' : 'letter', label: m.label });
  });
  return out;
}

class Ids {
  constructor() {
    this.list = [];
    this.set = new Set();
  }
  add(id) {
    if (!this.set.has(id)) {
      this.set.add(id);
      this.list.push(id);
    }
  }
}

/** The ids of one article, relative to it: "(2)", "(2)(a)", "(3)(b)(iv)", "(a)" (unnumbered paragraph). */
function readArticle(number, articleDepth, nodes) {
  const ids = new Ids();
  const rel = (node) => node.depth - articleDepth;
  const labelled = nodes.some((n) => new RegExp(`^${number}\\.\\d+`).test(n.ref_id ?? ''));
  const paragraphLevel = nodes.length ? Math.min(...nodes.map(rel)) : 1;
  let paragraph = null; // "2"
  let positional = 0;
  // Runs of point-level nodes: lettered by position when one of them has no label.
  const runs = [];
  let run = null;

  const addPoint = (p, x, r) => {
    const base = p === null ? '' : `(${p})`;
    if (base) ids.add(base);
    if (x !== undefined) ids.add(`${base}(${x})`);
    if (x !== undefined && r !== undefined) ids.add(`${base}(${x})(${r})`);
  };
  const readText = (node, ownPoint) => {
    const found = classify(markers(node.description));
    const merged = found[0]?.kind === 'number' && found[0].label === paragraph;
    let letter = ownPoint;
    for (const m of found) {
      if (m.kind === 'number') {
        if (merged && /^\d+$/.test(m.label)) ((paragraph = m.label), (letter = ownPoint = undefined), addPoint(paragraph));
      } else if (m.kind === 'letter' && ownPoint === undefined) {
        letter = m.label;
        addPoint(paragraph, letter);
      } else if (m.kind === 'roman' && letter !== undefined) {
        addPoint(paragraph, letter, m.label);
      }
    }
  };

  for (const node of nodes) {
    const ref = String(node.ref_id ?? '');
    const level = rel(node) - paragraphLevel; // 0 paragraph, 1 point, 2 sub-point
    let m;
    if (number === 3) {
      // Definitions: the transcription's 3.1 is the chapeau and 3.2-3.69 the definitions the
      // Regulation numbers (1)-(68).
      if ((m = ref.match(/^3\.(\d+)$/)) && m[1] !== '1') {
        paragraph = String(Number(m[1]) - 1);
        addPoint(paragraph);
        readText(node, undefined);
      }
      continue;
    }
    if ((m = ref.match(/^(\d+)\.(\d+)$/))) {
      paragraph = m[2];
      run = null;
      addPoint(paragraph);
      readText(node, undefined);
    } else if ((m = ref.match(/^(\d+)\.(\d+)\.([a-z]+)$/))) {
      paragraph = m[2];
      const point = m[3];
      if (level === 0) {
        // A chapeau labelled as its first point (83.1.a): the paragraph, with its points in the text.
        addPoint(paragraph, point);
        readText(node, undefined);
      } else {
        (run ??= { paragraph, nodes: [] }).nodes.push({ label: point });
        if (!runs.includes(run)) runs.push(run);
        addPoint(paragraph, point);
        readText(node, point);
      }
    } else if ((m = ref.match(/^(\d+)\.(\d+)\.([a-z]+)\.([ivx]+)$/))) {
      addPoint(m[2], m[3], m[4]);
    } else if ((m = ref.match(/^(\d+)\.([a-z])$/)) || (m = ref.match(/^()([a-z])$/))) {
      const point = m[2];
      (run ??= { paragraph, nodes: [] }).nodes.push({ label: point });
      if (!runs.includes(run)) runs.push(run);
      addPoint(paragraph, point);
      readText(node, point);
    } else if (level <= 0) {
      if (!labelled && nodes.filter((n) => rel(n) === paragraphLevel).length > 1) {
        paragraph = String(++positional);
        addPoint(paragraph);
      }
      run = null;
      readText(node, undefined);
    } else if (level === 1) {
      (run ??= { paragraph, nodes: [] }).nodes.push({ label: undefined });
      if (!runs.includes(run)) runs.push(run);
      if (paragraph !== null) addPoint(paragraph);
    }
  }
  for (const r of runs) {
    if (r.nodes.every((n) => n.label !== undefined)) continue;
    r.nodes.forEach((_, index) => addPoint(r.paragraph, LETTERS[index]));
  }
  return ids.list;
}

/** The ids of one annex: { '': ['1', '1(a)', …], 'Section A': ['1', …] } (relative to the annex or section). */
function readAnnex(nodes, annexDepth) {
  const parts = new Map([['', new Ids()]]);
  let section = '';
  let number = null;
  let letter;
  for (const node of nodes) {
    const name = String(node.name ?? '').trim();
    const sectionName = name.match(/^Section\s+([A-Z0-9]+)/)?.[1];
    if (sectionName && node.depth === annexDepth + 1) {
      section = `Section ${sectionName}`;
      parts.set(section, new Ids());
      number = null;
      continue;
    }
    for (const line of String(node.description ?? '').split('\n')) {
      // Annex I writes its sections in its text ("Section A. List of …").
      const inText = line.match(/^\s*Section ([A-Z])\./);
      if (inText) {
        section = `Section ${inText[1]}`;
        parts.set(section, new Ids());
        number = null;
        continue;
      }
      for (const m of classify(markers(line))) {
        const ids = parts.get(section);
        if (m.kind === 'number') {
          number = m.label;
          letter = undefined;
          ids.add(number);
        } else if (m.kind === 'letter') {
          letter = m.label;
          ids.add(number === null ? `(${letter})` : `${number}(${letter})`);
        } else if (m.kind === 'roman' && letter !== undefined) {
          ids.add(number === null ? `(${letter})(${m.label})` : `${number}(${letter})(${m.label})`);
        }
      }
    }
  }
  // Points numbered on across sections (Annex I: 1-12 in A, 13-20 in B) are the annex's own too.
  const sections = [...parts].filter(([key]) => key !== '').map(([, ids]) => ids.list);
  const all = sections.flat();
  if (sections.length > 1 && new Set(all).size === all.length) for (const id of all) parts.get('').add(id);
  return new Map([...parts].map(([key, ids]) => [key, ids.list]));
}

/** Natural order of ids: "(2)" < "(10)", "(b)" < "(b)(ii)" < "(c)", "3.1(a)" < "3.2"; numbers before letters. */
export function compareIds(a, b) {
  const parts = (id) => {
    const [, number = '', rest] = id.match(/^([\d.]*)(.*)$/);
    const out = number ? number.split('.').map((n) => [0, Number(n)]) : [];
    let previous = '';
    for (const [, label] of rest.matchAll(/\(([^)]+)\)/g)) {
      if (/^\d+$/.test(label)) out.push([0, Number(label)]);
      else if (/^[a-z]$/.test(previous) && ROMAN.includes(label)) out.push([2, ROMAN.indexOf(label)]);
      else out.push([1, label.charCodeAt(0) * 100 + label.length]);
      previous = label;
    }
    return out;
  };
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [ka, va] = pa[i];
    const [kb, vb] = pb[i];
    if (ka !== kb) return ka - kb;
    if (va !== vb) return va - vb;
  }
  return pa.length - pb.length;
}

/** { articles: Map<'Art.9', string[]>, annexes: Map<'Annex IV' | 'Annex VIII Section A', string[]> } */
export function readStructure(source) {
  const nodes = source.objects.framework.requirement_nodes;
  const articles = new Map();
  const annexes = new Map();
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    const name = String(node.name ?? '').trim();
    const article = name.match(/^Article\s+(\d+)$/);
    const annex = name.match(/^ANNEX\s+([IVX]+)$/);
    if (!article && !annex) continue;
    const body = [];
    for (let next = index + 1; next < nodes.length && nodes[next].depth > node.depth; next++) body.push(nodes[next]);
    if (article) articles.set(`Art.${article[1]}`, readArticle(Number(article[1]), node.depth, body));
    else for (const [part, ids] of readAnnex(body, node.depth)) annexes.set(part ? `Annex ${annex[1]} ${part}` : `Annex ${annex[1]}`, ids);
  }
  for (const { provision, ids } of CORRECTIONS) {
    const article = provision.match(/^Art\.\d+/)[0];
    const within = provision.slice(article.length);
    const kept = (articles.get(article) ?? []).filter((id) => !id.startsWith(within) || (within !== '' && id === within));
    articles.set(article, [...kept, ...ids.map((id) => `${within}${id}`)]);
  }
  for (const [key, ids] of [...articles, ...annexes]) (key.startsWith('Art') ? articles : annexes).set(key, [...new Set(ids)].sort(compareIds));
  return { articles, annexes };
}

/** Numbering problems worth a look: paragraphs or points not numbered 1, 2, 3 … / a, b, c …. */
export function gaps(structure) {
  const problems = [];
  for (const [article, ids] of structure.articles) {
    const children = new Map();
    for (const id of ids) {
      const parts = id.match(/\([^)]+\)/g);
      const parent = parts.slice(0, -1).join('');
      (children.get(parent) ?? children.set(parent, []).get(parent)).push(parts[parts.length - 1].slice(1, -1));
    }
    for (const [parent, labels] of children) {
      const expected = /^\d+$/.test(labels[0]) ? labels.map((_, i) => String(i + 1)) : ROMAN.includes(labels[0]) && /\([a-z]\)$/.test(parent) ? ROMAN.slice(0, labels.length) : LETTERS.slice(0, labels.length);
      if (labels.join() !== expected.join()) problems.push(`${article}${parent}: ${labels.join(' ')}`);
    }
  }
  return problems;
}

/** The data file's text. */
export function dataFile(structure, commit) {
  const line = (ids) => ids.join(' ');
  const header = [
    '# Regulation (EU) 2024/1689 (the AI Act): every identifier a rule can cite, and nothing else (no',
    '# legal text). A cited reference must be one of these: an article ("Art.10"), or an article',
    '# followed by one of the ids on its line ("Art.10" + "(2)(f)"); an annex or annex section, or one',
    '# followed by one of its ids, after a space ("Annex IV" + " 2(d)"), or directly when the id opens',
    '# with a bracket ("Annex XIII" + "(a)"). Checked by unknownControlReference in src/policy/frameworks.ts.',
    `# Source: github.com/${SOURCE.repository}, ${SOURCE.path}, commit ${commit}`,
    '# (a transcription of the Official Journal text; where its numbering differs from the OJ, the',
    '# generator corrects it and says why: see CORRECTIONS in the script). This is the Regulation as',
    '# published (OJ L, 2024/1689, 12.7.2024): provisions inserted by later amendments are not listed.',
    '# Generated: do not edit. To regenerate, with that file checked out (or read by `git show`):',
    `#   node scripts/eu-ai-act-ids.mjs path/to/ai-act.yaml ${commit} --write`,
  ];
  const body = {
    source: { ...SOURCE, commit },
    articles: Object.fromEntries([...structure.articles].map(([key, ids]) => [key, line(ids)])),
    annexes: Object.fromEntries([...structure.annexes].map(([key, ids]) => [key, line(ids)])),
  };
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0 })}`;
}

/** The source with every text reduced to its numbering markers: enough to regenerate the ids. */
export function skeleton(source) {
  const lines = source.objects.framework.requirement_nodes
    .filter((n) => !String(n.ref_id ?? '').startsWith('Recital'))
    .map((n) => {
      const out = { depth: n.depth };
      if (n.ref_id !== undefined) out.ref_id = String(n.ref_id);
      const name = String(n.name ?? '').trim();
      if (/^(Article\s+\d+|ANNEX\s+[IVX]+|Section\s+[A-Z0-9]+|CHAPTER\s+[IVX]+)$/.test(name)) out.name = name;
      const markerLines = String(n.description ?? '')
        .split('\n')
        .map((line, i) => line.match(/^\s*Section ([A-Z])\./)?.[0].trim() ?? structuralLines(line)[0])
        .filter((line) => line !== '');
      if (markerLines.length) out.description = markerLines.join('\n');
      return `  - ${JSON.stringify(out)}`;
    });
  return [
    `# Test fixture: the structure of github.com/${SOURCE.repository} ${SOURCE.path}`,
    '# with its text removed (numbering markers only), one node a line; written by',
    '# `node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <commit> --skeleton`.',
    'objects:',
    ' framework:',
    '  requirement_nodes:',
    ...lines.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

function main(argv) {
  const [file, commit, mode] = argv;
  if (!file || !commit || !/^[0-9a-f]{40}$/.test(commit)) {
    console.error('usage: node scripts/eu-ai-act-ids.mjs <ai-act.yaml> <40-hex commit> [--write | --skeleton | --gaps]');
    process.exit(2);
  }
  const source = parse(readFileSync(file, 'utf8'));
  if (mode === '--skeleton') return process.stdout.write(skeleton(source));
  const structure = readStructure(source);
  if (mode === '--gaps') return console.log(gaps(structure).join('\n'));
  const text = dataFile(structure, commit);
  if (mode === '--write') writeFileSync(OUTPUT, text);
  else process.stdout.write(text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
