// The year an article implies when it writes none and has no publish date: anniversaries and
// sessions of people's congresses; a written or published year always wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, ruleTable } from './helpers';
import { parseNumber } from '../../../src/extract/text/numerals';

const dateOf = (text: string): string | null => ex(text).meetings[0]?.date ?? null;

test('numbers as written: Arabic, Chinese with units, Chinese digit by digit', () => {
  assert.equal(parseNumber('104'), 104);
  assert.equal(parseNumber('一百零四'), 104);
  assert.equal(parseNumber('一〇四'), 104);
  assert.equal(parseNumber('十四'), 14);
  assert.equal(parseNumber('七十'), 70);
  assert.equal(parseNumber('二十三'), 23);
  assert.equal(parseNumber('届'), null);
  assert.equal(parseNumber(''), null);
});

// [rule, sentence, meeting date]
ruleTable('implied year', [
  ['an anniversary: founding year + N周年', '3月6日，县妇联召开纪念三八国际劳动妇女节105周年座谈会。', '2015-03-06'],
  ['an anniversary written in Chinese numerals', '6月28日，镇党委召开庆祝中国共产党成立一百周年座谈会。', '2021-06-28'],
  ['a session of the National People\'s Congress (14th term began 2023)', '3月12日，市人大常委会召开党组会议，传达学习十四届全国人大二次会议精神。', '2024-03-12'],
  ['a session of the CPPCC National Committee', '3月15日，区政协召开主席会议，传达全国政协十三届五次会议精神。', '2022-03-15'],
  ['a provincial congress session, by that province\'s own term number', '1月20日，代表团召开全体会议，审议《广东省第十四届人民代表大会第三次会议议程(草案)》。', '2025-01-20'],
  ['a provincial congress whose numbering differs from the national one', '1月14日，代表团召开全体会议，迎接北京市第十五届人民代表大会第五次会议。', '2022-01-14'],
  ['negative: a publish date wins over an implied year', '县妇联召开座谈会\n发布时间：2019-03-09\n3月6日，县妇联召开纪念三八国际劳动妇女节105周年座谈会。', '2019-03-06'],
  ['negative: a written year wins over an implied one', '2013年3月6日，县妇联召开纪念三八国际劳动妇女节105周年座谈会。', '2013-03-06'],
  ['negative: a standing committee session is not a congress session', '5月8日，县人大常委会召开党组会议，传达十四届全国人大常委会第二次会议精神。', '05-08'],
  ['negative: no clue leaves MM-DD', '5月8日，县委召开常委会议，研究春耕生产工作。', '05-08'],
  ['negative: clues split evenly between two years give none', '3月6日，县妇联召开座谈会，回顾纪念三八国际劳动妇女节105周年和十四届全国人大二次会议。', '03-06'],
], dateOf);

test('the implied year is stated in the warnings', () => {
  const r = ex('3月6日，县妇联召开纪念三八国际劳动妇女节105周年座谈会。');
  assert.ok(r.warnings.some((w) => w.includes('2015') && w.includes('105周年')), r.warnings.join(' | '));
});
