/**
 * Every value under a document node, depth first, each with its path. One path array is extended
 * and cut back as the walk goes: `visit` gets it live and copies it only for what it keeps (a copy
 * per node was most of system/no-placeholders' garbage on a whole manifest). Nesting deeper than
 * `maxDepth` is not walked (manifests are capped at 64 levels when read).
 */
import type { PathSegment } from '../types.js';

export function walkValues(value: unknown, start: readonly PathSegment[], visit: (node: unknown, at: readonly PathSegment[]) => void, maxDepth = 64): void {
  const at: PathSegment[] = [...start];
  const walk = (node: unknown, depth: number): void => {
    if (depth > maxDepth) return;
    visit(node, at);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        at.push(i);
        walk(node[i], depth + 1);
        at.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        at.push(key);
        walk((node as Record<string, unknown>)[key], depth + 1);
        at.pop();
      }
    }
  };
  walk(value, 0);
}
