/** Every path into a parsed value (up to `limit`), plus some that do not exist. */
import type { PathSegment } from '../../src/types.js';

export function pathsIn(value: unknown, limit = 200): PathSegment[][] {
  const out: PathSegment[][] = [[], ['missing'], [0], ['__proto__', 'x']];
  const walk = (node: unknown, at: PathSegment[]) => {
    if (out.length >= limit || node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const next = [...at, Array.isArray(node) ? Number(key) : key];
      out.push(next);
      walk(child, next);
    }
  };
  walk(value, []);
  return out;
}
