/**
 * Reading a report back the way GitHub renders it: GitHub Flavored Markdown parsed with
 * mdast-util-from-markdown, to check that text from a repository added no structure (HTML,
 * images, links, headings, table rows or cells), mentioned nobody and hid nothing.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { expect } from 'vitest';
import { SHOWN_LIMIT, visibleText } from '../../src/report/escape.js';

/** Links our reports make: rule documentation and this run's page. */
const OWN_LINK = /^https:\/\/(github\.com\/(modelgate|acme)\/|example\.test\/(run|docs))/;
/** C0 and C1 controls, DEL, line and paragraph separators, bidi marks, BOM. */
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

export function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * The shape of a Markdown tree, without its text: node types, heading depths, table rows and
 * cells, and our own HTML tags.
 */
export function shape(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.type;
  if (node.type === 'html') return `html(${node.value.replace(/<summary>.*<\/summary>/su, '<summary/>').replace(/digest=\w+/u, '')})`;
  const children = 'children' in node ? (node.children as Nodes[]).map(shape) : [];
  // Escapes and autolinks can split one run of text into several; the shape counts it once.
  const merged = children.filter((c, i) => !(c === 'text' && children[i - 1] === 'text'));
  return `${node.type}${node.type === 'heading' ? node.depth : ''}[${merged.join(',')}]`;
}

function nodes(tree: Nodes): Nodes[] {
  const all: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children as Nodes[]) all.push(...nodes(child));
  return all;
}

/** The text a reader sees, zero-width spaces (which break mentions) removed. */
function shownText(tree: Root): string {
  return nodes(tree)
    .map((n) => (n.type === 'text' || n.type === 'inlineCode' ? n.value : n.type === 'html' ? decodeEntities(n.value) : ''))
    .join('')
    .replace(/\u200b/gu, '');
}

function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/gu, (_, name: string) => named[name] ?? '');
}

/**
 * Markdown with the hostile name: no HTML but ours, no image, no link but ours, no mention or
 * issue reference, nothing invisible, the name shown in full; and, given the same report with a
 * harmless name, the same structure (compared without size caps, which a longer name meets sooner).
 */
export function expectSafeMarkdown(hostileMarkdown: string, harmlessMarkdown: string | undefined, hostile: string): void {
  const tree = parse(hostileMarkdown);
  if (harmlessMarkdown !== undefined) expect(shape(tree)).toBe(shape(parse(harmlessMarkdown)));
  for (const node of nodes(tree)) {
    expect(node.type).not.toBe('image');
    // A bare URL from the repository is shown, never made a link (GFM's autolink literals).
    if (node.type === 'link') expect(node.url).toMatch(OWN_LINK);
    if (node.type === 'html') expect(node.value).toMatch(/^(<details><summary>[^<>]*<\/summary>|<\/details>|<sub>|<\/sub>|<!-- modelgate:sticky [^\n<>]* -->)$/);
    if (node.type === 'text') {
      expect(node.value).not.toMatch(/@\w/);
      expect(node.value).not.toMatch(/#\d/);
      // GitHub renders these on the text after Markdown: an emoji, an issue link, a commit link.
      expect(node.value).not.toMatch(/:[\w+-]+:/);
      expect(node.value).not.toMatch(/\bGH-\d/i);
      expect(node.value).not.toMatch(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/i);
      // Math ($…$, $$…$$) is GitHub's own extension, not in the parsed tree: in the text as
      // written, every dollar sign is escaped.
      const written = node.position ? hostileMarkdown.slice(node.position.start.offset, node.position.end.offset) : '';
      expect(written).not.toMatch(/(?<!\\)\$/);
      expect(node.value).not.toMatch(INVISIBLE);
    }
  }
  // Nothing lost: the name is there, with its invisible characters written out.
  const shown = visibleText(hostile, SHOWN_LIMIT).slice(0, 200);
  expect(shownText(tree)).toContain(shown);
}
