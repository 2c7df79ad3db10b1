import { describe, expect, it } from 'vitest';
import { parseCard } from '../../src/load/model-card.js';

describe('parseCard', () => {
  it('reads front matter and the heading tree with absolute lines', () => {
    const card = parseCard('---\nlicense: mit\npipeline_tag: fill-mask\n---\n# Model\n## Uses\ntext\n', 'README.md');
    expect(card.meta).toEqual({ license: 'mit', pipeline_tag: 'fill-mask' });
    expect(card.kind).toBe('model');
    expect(card.frontMatterLine).toBe(1);
    expect(card.outline.find(['Uses'])?.heading.line).toBe(6);
    expect(card.frontMatter?.locate(['pipeline_tag'])).toMatchObject({ line: 3 });
  });

  it('accepts blank lines before the front matter and CRLF line endings', () => {
    const card = parseCard('\r\n---\r\nlicense: apache-2.0\r\n---\r\n# M\r\n## Uses\r\nx\r\n', 'README.md');
    expect(card.meta).toEqual({ license: 'apache-2.0' });
    expect(card.problems).toEqual([]);
    expect(card.outline.find(['Uses'])?.heading.line).toBe(6);
  });

  it('reads a card with no front matter', () => {
    const card = parseCard('# Model\n\n## Intended use\n\nx\n', 'MODEL_CARD.md');
    expect(card.meta).toEqual({});
    expect(card.problems).toEqual([]);
    expect(card.kind).toBe('model');
  });

  it.each([
    ['---\n- a\n---\n# M\n', 'front matter is a list, not a mapping of metadata keys', 2],
    ['---\njust text\n---\n', 'front matter is a single value, not a mapping of metadata keys', 2],
    ['---\n# comment\n{{ card_data }}\n---\n', 'front matter is an unrendered template placeholder (e.g. {{ card_data }}), not metadata', 2],
    ['---\nlicense: mit\n# never closed\n', 'front matter opened with "---" is never closed', 1],
  ])('reports broken front matter %j at its line and still reads the body', (text, message, line) => {
    const card = parseCard(text, 'README.md');
    expect(card.problems).toEqual([{ message, line, column: 1 }]);
    expect(card.meta).toEqual({});
  });

  it('classifies dataset cards and Spaces apart from model cards', () => {
    expect(parseCard('---\ntask_categories: [x]\n---\n', 'README.md').kind).toBe('dataset');
    expect(parseCard('---\nsdk: gradio\n---\n', 'README.md').kind).toBe('space');
    expect(parseCard('---\nlicense: mit\n---\n', 'README.md').kind).toBe('unknown');
  });
});
