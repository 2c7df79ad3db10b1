import { describe, expect, it } from 'vitest';
import { sectionAbsence, valueAbsence } from '../../src/load/placeholder.js';

describe('placeholders', () => {
  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['[More Information Needed]', 'placeholder'],
    ['More information needed.', 'placeholder'],
    ['TODO', 'placeholder'],
    ['TODO: describe the intended use', 'placeholder'],
    ['<!-- fill me -->', 'placeholder'],
    ['{{ direct_use | default("[More Information Needed]", true) }}', 'placeholder'],
    [
      'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.',
      'placeholder',
    ],
    ['- [More Information Needed]\n- TBD', 'placeholder'],
  ])('section %j is %s', (text, absence) => {
    expect(sectionAbsence(text)).toBe(absence);
  });

  it.each([
    'Ranks applications for review.',
    'MIT',
    'We resolved every TODO item from the 2025 audit before release, as documented in the audit log.',
  ])('section %j says something', (text) => {
    expect(sectionAbsence(text)).toBeUndefined();
  });

  it.each([
    [undefined, 'missing'],
    [null, 'missing'],
    ['', 'empty'],
    ['TBD', 'placeholder'],
    ['tbd', 'placeholder'],
    ['?', 'placeholder'],
    ['<your license here>', 'placeholder'],
    [[], 'empty'],
    [['TODO'], 'placeholder'],
    [{}, 'empty'],
  ])('value %j is %s', (value, absence) => {
    expect(valueAbsence(value)).toBe(absence);
  });

  it.each([false, 0, 'none', 'N/A means no personal data', ['a'], { a: 1 }])('value %j is present', (value) => {
    expect(valueAbsence(value)).toBeUndefined();
  });
});
