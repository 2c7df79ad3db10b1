import { describe, expect, it } from 'vitest';
import { atxText, headingKey, Outline } from '../../src/load/markdown.js';

const outline = (text: string) => new Outline(text.split('\n'));
const titles = (text: string) => outline(text).headings.map((h) => `${h.kind}:${h.level}:${h.title}@${h.line}`);

describe('Markdown outline', () => {
  it('finds ATX, setext and HTML headings with their lines', () => {
    expect(titles('# Title\n\nIntro\nSection\n-------\n\n<h3>Deep</h3>\n## Closed ##\n')).toEqual([
      'atx:1:Title@1',
      'setext:2:Section@4',
      'html:3:Deep@7',
      'atx:2:Closed@8',
    ]);
  });

  it('ignores headings in code fences (``` and ~~~, longer closers) and HTML comments', () => {
    const text = '# Real\n```md\n# fenced\n```\n~~~~\n# tilde\n~~~\n# still fenced\n~~~~\n<!--\n# commented\n-->\n## After\n';
    expect(titles(text)).toEqual(['atx:1:Real@1', 'atx:2:After@13']);
  });

  it('treats an unclosed fence as running to the end', () => {
    expect(titles('# A\n```\n# not a heading\n')).toEqual(['atx:1:A@1']);
  });

  it('does not take a list item or thematic break for a setext heading', () => {
    expect(titles('- item\n---\n\ntext\n\n---\n')).toEqual([]);
  });

  it('reads bold labels in freeform cards as sections', () => {
    const o = outline('**Intended Use Cases** Llama 2 is intended for commercial use.\nMore text.\n\n- **License:** MIT\n');
    expect(o.find(['Intended use cases'])?.body).toBe('Llama 2 is intended for commercial use.\nMore text.');
    expect(o.find(['License'])?.body).toBe('MIT');
  });

  it('reads a "Name:" line that opens a paragraph as a label, not one inside a paragraph or a sentence ending in a colon', () => {
    const text = [
      'Out of scope: moderating reviews.', // 1: opens the text
      'Limitations: not a label, it goes on with the paragraph.', // 2
      '',
      'We trained the model as follows:', // 4: a sentence, more than four words
      '',
      'note: lower case, prose', // 6
      '',
      '```',
      'Limitations: in code', // 9
      '```',
      'Limitations:', // 11: after a fence, alone
      '',
      '- sarcasm',
      '- short reviews',
    ].join('\n');
    expect(titles(text)).toEqual(['label:7:Out of scope@1', 'label:7:Limitations@11']);
    const o = outline(text);
    expect(o.find(['Out of scope'])?.body).toBe('moderating reviews.\nLimitations: not a label, it goes on with the paragraph.');
    // Alone in its paragraph, a label owns the list after it.
    expect(o.find(['Limitations'])?.body).toBe('\n- sarcasm\n- short reviews');
  });

  it('a label alone in its paragraph owns nothing when a heading or another label comes next', () => {
    const o = outline('**Out-of-scope use**\n\n**Limitations**\n\nSarcasm.\n\nEvaluation:\n\n## Next\n\nText.\n');
    expect(o.find(['Out-of-scope use'])?.body).toBe('');
    expect(o.find(['Limitations'])?.body).toBe('\nSarcasm.');
    expect(o.find(['Evaluation'])?.body).toBe('');
  });

  it('in a section shared with another topic, judges the label that names this one', () => {
    const o = outline('## Intended uses & limitations\n\nRoutes reviews.\n\nLimitations: sarcasm.\n\nIntended use: agents only.\n\n## Training\n\nLimitations: elsewhere.\n');
    expect(o.find(['Limitations'], ['limitation'])).toMatchObject({ heading: { title: 'Limitations', line: 5 }, body: 'sarcasm.', by: 'name' });
    expect(o.find(['Intended use'])).toMatchObject({ heading: { title: 'Intended use', line: 7 }, body: 'agents only.' });
    // Without a label inside, the shared section itself, found by the phrase its heading holds.
    expect(outline('## Intended uses & limitations\n\nRoutes reviews; unreliable on sarcasm.\n').find(['Risks'], ['limitation'])).toMatchObject({ heading: { line: 1 }, by: 'phrase' });
  });

  it('gives a section\'s text without the subsections asked (theirs included), and says which topic a heading joins to the name', () => {
    const text = '## Intended uses & limitations\n\nRoutes reviews.\n\n### Limitations\n\nSarcasm.\n\n#### Deeper\n\nMore.\n\n### How to use\n\nCode.\n\n### Bias\n\nNone.\n\n## Training\n\nTwo epochs.';
    const o = outline(text);
    const section = o.find(['Intended use']);
    expect(section).toMatchObject({ by: 'name', sharedWith: 'limitation' });
    const heading = section!.heading;
    expect(o.bodyWithout(heading, (sub) => sub.key === 'limitation')).toBe('\nRoutes reviews.\n\n### How to use\n\nCode.\n\n### Bias\n\nNone.\n');
    expect(o.bodyWithout(heading, (sub) => sub.key === 'bias')).toBe('\nRoutes reviews.\n\n### Limitations\n\nSarcasm.\n\n#### Deeper\n\nMore.\n\n### How to use\n\nCode.\n');
    expect(o.bodyWithout(heading, () => false)).toBe(o.sectionAt(heading).body);
  });

  it('gives a section its subsections and stops at the next heading of its level', () => {
    const o = outline('## Uses\n\n### Direct Use\n\nRanking.\n\n## Bias\n\nSome.\n');
    expect(o.find(['Uses'])?.body.trim()).toBe('### Direct Use\n\nRanking.');
  });

  it('matches headings loosely: case, numbering, punctuation, [optional], plurals, prefixes', () => {
    const o = outline('## 3. Intended Uses & Limitations [optional]\n\ntext\n');
    expect(o.find(['Intended use'])?.heading.line).toBe(1);
    expect(headingKey('Out-of-Scope Use')).toBe('out of scope use');
    expect(headingKey('**Bias, Risks, and Limitations**')).toBe('bias risk and limitation');
  });
});

describe('atxText: the text of an ATX heading after its opening #s', () => {
  it.each([
    [' Uses', 'Uses'],
    ['  Uses  \t', 'Uses'],
    [' Uses ##', 'Uses'],
    [' Uses ## \t', 'Uses'],
    [' C#', 'C#'],
    [' Uses#', 'Uses#'],
    [' ##', '##'],
    [' ', ''],
    ['', ''],
    [' a # b', 'a # b'],
  ])('%j → %j', (rest, text) => {
    expect(atxText(rest)).toBe(text);
  });

  it('headings built from it keep their titles and levels', () => {
    expect(titles('#\n## Uses ##\n### C#\n#### Notes   \n####### seven\n#nospace\n')).toEqual([
      'atx:1:@1',
      'atx:2:Uses@2',
      'atx:3:C#@3',
      'atx:4:Notes@4',
    ]);
  });
});
