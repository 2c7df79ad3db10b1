import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_MARKER, describeAbsence, MARKERS, sectionAbsence, statedText, substantiveText, substantiveWords, valueAbsence } from '../../src/load/placeholder.js';

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
    // A paragraph or item a marker leads is an instruction to its author, however long.
    ['TODO: describe how to stop or disable the system in production, before the release review.', 'placeholder'],
    ['- TODO: list who can override the output of the model, and how they do it in the dashboard\n- TBD', 'placeholder'],
    ['todo: describe the stop procedure of the system\nover two lines that keep going for the on-call engineer', 'placeholder'],
    ['[TODO] write the stop procedure for the on-call engineer and for the product owner of the model', 'placeholder'],
    ['> FIXME the override steps for analysts who relabel reviews in the dashboard are not written yet', 'placeholder'],
    ['**TODO**: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['- [ ] TODO: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['To do: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['TBC: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['XXX describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['(TODO) describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['`TODO`: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['\u00a0TODO: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    // Disguised: full-width letters, zero-width characters, blank Hangul letters (undisguised).
    ['ＴＯＤＯ', 'placeholder'],
    ['TO\u200bDO', 'placeholder'],
    ['T\u200dB\u200dD', 'placeholder'],
    ['［Ｍｏｒｅ Ｉｎｆｏｒｍａｔｉｏｎ Ｎｅｅｄｅｄ］', 'placeholder'],
    ['ＴＯＤＯ: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['T\u2060O\u2060D\u2060O: describe how to stop or disable the system in production, before the release review', 'placeholder'],
    ['\u3164', 'empty'],
    ['\u200b\u200b\n\ufeff', 'empty'],
    ['\u3164 \u115f\u1160 \uffa0', 'empty'],
    ['𝐓𝐎𝐃𝐎', 'placeholder'],
    ['𝚃𝙱𝙳: describe the intended use', 'placeholder'],
    ['ᵀᴼᴰᴼ', 'placeholder'],
    ['ⓉⒷⒹ', 'placeholder'],
    ['TO\u034fDO', 'placeholder'],
    ['T\ufe0fODO', 'placeholder'],
    ['TO\u{E0100}DO', 'placeholder'],
    ['\u17b4\u17b5', 'empty'],
    // An answer that answers nothing, when it is all the section says.
    ['N/A', 'placeholder'],
    ['n/a.', 'placeholder'],
    ['- N/A', 'placeholder'],
    ['**Not applicable.**', 'placeholder'],
    ['Not available', 'placeholder'],
    ['### Notes\n\nUnknown.', 'placeholder'],
    ['See above.', 'placeholder'],
    ['Various.', 'placeholder'],
    // A subsection headed by a marker alone is a to-do, however its text is worded.
    ['### TODO\n\nDescribe the limitations of the model here.', 'placeholder'],
    ['### TBD:\nDescribe the limitations.\n\n#### Notes\n\nList them all, with the teams that own them.', 'placeholder'],
    ['## **FIXME** ##\n\n- the override path\n- who reviews', 'placeholder'],
    // Filler text, however long, and whatever its lines end with.
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.', 'placeholder'],
    ['# Kill switch\n\nLorem ipsum dolor sit amet.\nConsectetur adipiscing elit, sed do eiusmod tempor.\nUt enim ad minim veniam, quis nostrud exercitation ullamco.', 'placeholder'],
    ['- Lorem ipsum dolor sit amet, consectetur adipiscing elit\n- Sed do eiusmod tempor incididunt ut labore', 'placeholder'],
    // Wrapped between its words, a no-break space, a hyphen, or starting at "dolor sit amet" (a review helper's).
    ['Lorem\nipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'placeholder'],
    ['Lorem\u00a0ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.', 'placeholder'],
    ['Lorem-ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.', 'placeholder'],
    ['Dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.', 'placeholder'],
    // An en dash, a zero-width space, a soft hyphen, an underscore (a second review's).
    ['Lorem\u2013ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'placeholder'],
    ['Lorem\u200bipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'placeholder'],
    ['Lorem\u00adipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'placeholder'],
    ['Lorem_ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'placeholder'],
    ['Dolor-sit-amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.', 'placeholder'],
    // The Hub's dataset template links the marker to its guide; the target is not shown (new user).
    ['[More Information Needed](https://github.com/huggingface/datasets/blob/master/CONTRIBUTING.md#how-to-contribute-to-the-dataset-cards)', 'placeholder'],
    ['#### Who are the source language producers?\n\n[More Information Needed](https://github.com/huggingface/datasets/blob/master/CONTRIBUTING.md#how-to-contribute-to-the-dataset-cards)', 'placeholder'],
  ])('section %j is %s', (text, absence) => {
    expect(sectionAbsence(text)).toBe(absence);
  });

  it.each([
    'Ranks applications for review.',
    'MIT',
    'We resolved every TODO item from the 2025 audit before release, as documented in the audit log.',
    'Todo lists are kept in Jira, and the on-call engineer stops the model with a feature flag.',
    'TODO: add the metrics.\n\nThe on-call engineer sets the flag to false, which stops the model.',
    // A marker's line ends where a sentence, or a block, does: the table, code or text after it stays.
    'TODO: link the red-team report once published.\n| Risk | Mitigation |\n|---|---|\n| Drafts may state a wrong refund policy | Agents check every draft against the policy page |',
    'TODO: add screenshots\n```\nflag off\n```\nThe on-call engineer sets the flag to false, which stops the model.',
    'TODO: add screenshots.\nThe on-call engineer sets the flag to false, which stops the model.',
    'TODO: add screenshots\n<div>The on-call engineer sets the flag to false, which stops the model.</div>',
    // A statement, however short, is an answer; "None." answers a section that asks whether there is any.
    'None.',
    'No',
    'None: every record is synthetic.',
    'No personal data is collected.',
    'Not for credit decisions.',
    // A link's text is shown, and says something.
    '[Collected from the public IMDB review pages in 2011](https://ai.stanford.edu/~amaas/data/sentiment/) by Maas et al.',
    // Folding keeps what the text says: full-width prose, Persian words joined by ZWNJ.
    'Ｔｈｅ ｏｎ－ｃａｌｌ engineer stops the model with a feature flag.',
    'این مدل درخواست\u200cها را برای بررسی رتبه\u200cبندی می\u200cکند.',
    // Full-width punctuation keeps its meaning: not read as HTML, a template tag or a link.
    '本モデルの差はｐ＜０．０５でした。\n評価の詳細は付録で確認しました。\n精度＞９０％を達成しました。',
    '出力は ｛｛ 顧客名 ｝ の形で、担当者が毎回確認します。',
    // The to-do subsection ends at the next heading of its level: what follows it is read.
    '### TODO\n\nDescribe the override.\n\n### Override\n\nAnalysts relabel any review the model scores, in the dashboard.',
    // A heading that names a to-do list among other words is a topic, not a marker.
    '### TODO list of the 2025 audit\n\nEvery item was resolved before release, as the audit log records.',
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
    ['ＴＢＤ', 'placeholder'],
    ['TB\u200bD', 'placeholder'],
    // Invisible characters only: not blank to trim(), so there to pass for a value.
    ['\u200b', 'placeholder'],
    ['\u3164', 'placeholder'],
    ['\u200b\u200d\ufeff', 'placeholder'],
  ])('value %j is %s', (value, absence) => {
    expect(valueAbsence(value)).toBe(absence);
  });

  // Found by an auditor helper: provenance fields of "see above", "N/A" and "various" passed as answers.
  it.each(['N/A', 'n/a', 'See above', 'see above.', 'Various', 'As above', 'Not applicable', 'TBC'])('value %j is a placeholder', (value) => {
    expect(valueAbsence(value)).toBe('placeholder');
  });

  it.each([false, 0, 'none', 'None known', 'N/A means no personal data', 'see above the fold of the form', ['a'], { a: 1 }])('value %j is present', (value) => {
    expect(valueAbsence(value)).toBeUndefined();
  });

  // An author's note that the text is still to come is a placeholder alone, not at the start of a statement (false-error hunt).
  it.each(['To be completed.', 'Fill in later', 'Still to be written.', 'will be added later'])('value %j is a placeholder', (value) => {
    expect(valueAbsence(value)).toBe('placeholder');
  });

  it.each([
    'To be completed by every officer before first access to scores: the annual credit model literacy course, including automation bias.',
    'To be determined for the 2025 extract; the 2024 extract under-represents applicants aged 18-25.',
    'To be provided to BaFin on request: the fundamental rights and AI impact assessment',
  ])('value %j is present', (value) => {
    expect(valueAbsence(value)).toBeUndefined();
  });
});

describe('a paragraph led by a marker', () => {
  it('is neither counted nor searched for topics; the paragraphs around it are', () => {
    const body = 'The flag SCORING_ENABLED stops the model.\n\nTODO: describe who may override an output, and how, before the release review.\n\n- TBD: the escalation path\n- Analysts relabel any review.\n';
    expect(substantiveText(body)).not.toMatch(/override|escalation/);
    expect(substantiveText(body)).toMatch(/stops the model[\s\S]*Analysts relabel any review/);
    expect(substantiveWords(body)).toBe(10); // six words, then four
  });

  it('under a heading that is only a marker, nothing is counted or searched up to the next heading of its level', () => {
    const body = 'The flag SCORING_ENABLED stops the model.\n\n## TODO\n\nDescribe the override and the escalation path.\n\n### Steps\n\nOverride steps go here.\n\n## Review\n\nAnalysts relabel any review.\n';
    expect(substantiveText(body)).not.toMatch(/override|escalation|steps/i);
    expect(substantiveText(body)).toMatch(/stops the model[\s\S]*Analysts relabel any review/);
    expect(substantiveWords(body)).toBe(10);
  });
});

describe('filler text', () => {
  it('is not a sentence that names it: what follows "lorem ipsum" there still counts', () => {
    const body = 'Our docs lint rejects lorem ipsum text, and the on-call engineer confirms every step of the runbook.\n';
    expect(substantiveText(body)).toMatch(/on-call engineer confirms every step of the runbook/);
  });

  it('goes from "lorem ipsum" to the end of its paragraph; what is before it on its line, and the paragraphs after, stay', () => {
    const body = 'The flag SCORING_ENABLED stops the model. Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit.\nSed do eiusmod tempor.\n\nAnalysts relabel any review.\n';
    expect(substantiveText(body)).not.toMatch(/lorem|consectetur|eiusmod/i);
    expect(substantiveText(body)).toMatch(/stops the model\.[\s\S]*Analysts relabel any review/);
    expect(substantiveWords(body)).toBe(10);
  });
});

describe('sections that hold only code', () => {
  it.each([
    ['a usage snippet with its lead-ins (AutoTrain)', 'You can use cURL to access this model:\n\n```\n$ curl -X POST https://example.test\n```\n\nOr Python API:\n\n```python\nmodel = load()\n```\n', 'code-only'],
    ['a tilde fence', '~~~~\nprint(1)\n~~~~\n', 'code-only'],
    ['a statement with a snippet', 'Scores consumer loan applications for credit officers.\n\n```\nscore(x)\n```\n', undefined],
    ['a lead-in that is a sentence of its own, then code', 'The model scores consumer loans for credit officers in retail banking.\n\nExample:\n\n```\nscore(x)\n```\n', undefined],
    ['an unclosed fence swallows the rest, as Markdown does', '```\nscore(x)\nUse it for loans.\n', 'code-only'],
    ['inline code is prose', 'Call `score()` on each application to rank loans for review.\n', undefined],
  ])('%s', (_label, body, expected) => {
    expect(sectionAbsence(body)).toBe(expected);
  });

  it('says so in words', () => {
    expect(describeAbsence('code-only')).toBe('holds only code, which states nothing about it');
  });
});

// Texts are stripped of markers only when ANY_MARKER finds one: it must find every text a marker would change.
describe('the quick test for placeholder markers', () => {
  const fragments = ['TODO', 'todo:', 'ToDo', 'tbd', 'TBA', 'FixMe', 'XXX', 'x', '[optional]', '[Required]', '[More Information Needed]', 'more information needed for further recommendations.', 'Lorem Ipsum', 'PLACEHOLDER', 'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model.', 'users (both', 'a', ' ', '\n', '[', ']', '(', 'ipsum', 'information', 'é', 'To be completed.', 'still to be written', 'Fill in later', 'will be added soon', 'to be', 'will be ', 'later'];
  const texts = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((parts) => parts.join(''));

  it('finds every text a marker matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (MARKERS.some((marker) => text.replace(marker, ' ') !== text)) expect(ANY_MARKER.test(text)).toBe(true);
      }),
    );
  });

  it('a text with a marker has every marker cut', () => {
    expect(substantiveText('Scores loans. TODO: fairness. [More Information Needed] Lorem ipsum.')).not.toMatch(/todo|information needed|lorem/i);
    // Disguised markers are cut too, and disguised words are read as words.
    expect(substantiveText('Scores loans. ＴＯＤＯ: fairness. TO\u200bDO')).not.toMatch(/todo/i);
    expect(substantiveText('Ｆａｉｒｎｅｓｓ is tested monthly.')).toMatch(/Fairness is tested/);
    expect(substantiveWords('Ｓｃｏｒｅｓ\u200b ｌｏａｎｓ. \u3164 ＴＯＤＯ')).toBe(2);
    // Japanese with a full-width less-than: every sentence is read (NFKC of the whole text made it a tag).
    expect(substantiveText('差はｐ＜０．０５でした。\n詳細は付録にあります。\n精度＞９０％でした。')).toMatch(/詳細は付録にあります/);
    // A zero-width space between Thai words is a word break; inside a Latin word it is dropped.
    expect(substantiveWords('แบบจำลอง\u200bจัดอันดับ\u200bคำขอ')).toBe(3);
    expect(substantiveWords('Sco\u200bres loans')).toBe(2);
  });
});

describe('counting substantive words', () => {
  const text = '# Risks\n\nTODO\n\nThe score is advisory; an analyst decides. See [the plan](plan.md) and <b>this</b>.\n\n```\ncode words here\n```\n';
  it.each([
    [Number.POSITIVE_INFINITY, 12],
    [20, 12], // below the limit the count is exact: a message quotes it
    [11, 11],
    [5, 5],
    [1, 1],
  ])('up to %s: %s', (atMost, words) => {
    expect(substantiveWords(text, atMost)).toBe(words);
  });

  it.each([
    ['a line written again', 'Drift is checked every week.\nDrift is checked every week.\n', 5],
    ['a sentence again in other case, spacing and end', 'Drift is checked every week. drift IS  checked every week!\n', 5],
    ['two sentences that share words', 'Drift is checked weekly. Bias is checked weekly.\n', 8],
    ['a decimal point, which ends no sentence', 'The bound is 0.5 of the base. The bound is 0.6 of the base.\n', 14],
    // Shorter than five words, a line written again is a value each time: labels' values, list numbers.
    ['a short value under each label', '- **Frequency:** Weekly\n- **Owner:** Credit Risk ML\n\n- **Frequency:** Weekly\n- **Owner:** Credit Risk ML\n', 8],
  ])('counts %s once per distinct sentence', (_, body, words) => {
    expect(substantiveWords(body)).toBe(words);
  });

  it('counts nothing in headings, markers, link targets and code', () => {
    expect(substantiveWords('# Risks\n\nTODO [More Information Needed]\n\n```\nprint(1)\n```\n', 1)).toBe(0);
  });

  it('agrees with the full count whatever the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (body, atMost) => {
        expect(substantiveWords(body, atMost)).toBe(Math.min(atMost, substantiveWords(body)));
      }),
    );
  });
});

// Red team: `[//]: # (…)` hid an oversight plan's every section from the reader, and the gate
// counted it as content. A link reference definition is never shown (CommonMark 4.7).
describe('link reference definitions', () => {
  it.each([
    ['the comment idiom', '[//]: # (The officer decision is recorded in the loan system and is final.)', 0],
    ['the comment idiom with <>', '[comment]: <> (Appeals are reviewed by a senior officer within a week.)', 0],
    ['a title in quotes over two lines', '[x]: # "On-call engineers stop the system\nand fall back to manual review."', 0],
    ['after a heading', '## Override\n[//]: # (The officer may override any score.)', 0],
    ['in a list item', '- [//]: # (The officer may override any score.)', 0],
    ['in a quote', '> [//]: # (The officer may override any score.)', 0],
    ['two in a row, then a paragraph', '[a]: https://example.com\n[b]: <#x> \'Hidden title\'\nThe officer overrides.', 3],
    ['a reference definition beside text', 'See [the runbook][rb] for the steps.\n\n[rb]: runbooks/stop.md "Stop"', 7],
    // Not definitions: shown as text, so counted.
    ['inside a paragraph (it cannot interrupt one)', 'The officer overrides.\n[x]: y', 5],
    ['a title that never closes', '[//]: # (The officer overrides\n\nVisible.', 4],
    ['text after the title', '[//]: # (hidden) shown', 2],
    ['a blank label', '[ ]: # (shown)', 1],
    ['indented four spaces (inside a list item, or code: either says nothing)', '    [//]: # (hidden words)', 0],
    ['in a list item\'s second paragraph', '1.  The first step is to page the owner.\n\n    [//]: # (Hidden words that a reader never sees at all.)', 9],
    ['a quote\'s second line (it goes on with the paragraph)', '> The officer overrides.\n> [x]: y', 5],
  ])('%s', (_, body, words) => {
    expect(substantiveWords(body)).toBe(words);
  });

  it('a manifest value shaped like one is a value, not a definition (documents only)', () => {
    expect(valueAbsence('[Internal]: credit-bureau')).toBeUndefined();
  });

  it('a section of definitions only is a placeholder', () => {
    expect(sectionAbsence('[//]: # (The officer overrides.)\n')).toBe('placeholder');
  });

  it('keeps the lines of the text, so what follows is where it was', () => {
    expect(substantiveText('[//]: # (a\nb)\nThe officer overrides.').split('\n')).toEqual(['', '', 'The officer overrides.']);
  });
});

// Red team: one word written sixteen times met a minimum of fifteen words.
describe('words padded by repeating them', () => {
  const sentence = 'The on-call engineer sets SCORER_ENABLED to false and the service falls back to manual review.';
  it.each([
    ['one word sixteen times', 'stop '.repeat(16), 2],
    ['one word as sixteen list items', '- stop\n'.repeat(16), 2],
    ['two words in turn', 'stop halt '.repeat(8), 4],
    ['one word among a repeated one', `${'the '.repeat(14)}stop the the`, 4],
    ['a runbook step (13 distinct words of 15)', sentence, 15],
    ['the step and a second one', `${sentence} Page the owner if the fallback fails.`, 22],
  ])('%s', (_, body, words) => {
    expect(substantiveWords(body)).toBe(words);
  });
});

// Red team: text no reader sees met a runbook's topic.
describe('elements no reader sees', () => {
  it.each([
    ['There is no kill switch. <script>Nurses stop the suggestion from the settings page.</script>', 'There is no kill switch.'],
    ['There is no kill switch. <STYLE>/* on-call stops it */</STYLE>', 'There is no kill switch.'],
    ['There is no kill switch.<div hidden>On-call <div>stops</div> it.</div>', 'There is no kill switch.'],
    ['There is no kill switch.<template><p>On-call stops it.</p></template>', 'There is no kill switch.'],
    ['There is no kill switch. <script>on-call stops it', 'There is no kill switch.'],
    // Closed by its own name only: </x-a-b> does not close <x-a> (review).
    ['There is no kill switch.<x-a hidden>On-call</x-a-b> stops it.</x-a>', 'There is no kill switch.'],
  ])('%j states only %j', (text, stated) => {
    expect(statedText(text).replace(/\s+/g, ' ').trim()).toBe(stated);
  });

  it.each([
    'Never paste `<script>` tags into the console; on-call stops the scorer with the flag.',
    'Embed it with `the <script>` element. On-call stops the scorer with the flag.',
    '<details><summary>Stopping</summary>On-call stops the scorer with the flag.</details>',
    '<div align="center">On-call stops the scorer with the flag.</div>',
    // An attribute value that holds the word, and a hidden element with no content (false-error hunt).
    '<img src="calibration.png" alt="with the hidden thin-file segment shaded"> On-call stops the scorer with the flag.',
    '<input type="checkbox" hidden> On-call stops the scorer with the flag.',
  ])('%j keeps what it shows', (text) => {
    expect(statedText(text)).toContain('stops the scorer');
  });
});
