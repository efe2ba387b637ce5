// Title + name beyond meeting news (companies, sports, culture, foreign news): occupation titles,
// the adverbs and time words that end a name, and foreign names whose dots were replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, names, raws, ruleTable } from './helpers';

test('occupation titles anchor a name (营业员, 理财规划师, 领导人)', () => {
  const r = ex('商场营业员韩冬梅介绍，理财规划师邵文涛表示，该国领导人托卡耶夫表示欢迎。');
  assert.deepEqual(raws(r, '韩冬梅'), ['商场营业员']);
  assert.deepEqual(raws(r, '邵文涛'), ['理财规划师']);
  assert.ok(names(r).includes('托卡耶夫'), names(r).join(','));
});

// [rule, sentence, the names read joined by 、]
ruleTable('wider names', [
  ['an adverb after a name ends it (却)', '收藏者顾晓岚却认为价格偏高。', '顾晓岚'],
  ['a time word after a name ends it (今年)', '公司总经理邵文涛今年58岁。', '邵文涛'],
  ['a time word after a name ends it (最近); 楼 is a surname', '监管部主任楼晓东最近表示，风险可控。', '楼晓东'],
  ['a dotted name whose first part holds 里', '博物馆馆长安德里亚·罗西以专家身份出席。', '安德里亚·罗西'],
  ['a dotted name whose first part holds 克', '专栏作家克里斯·霍尔特(Chris Holt)撰文。', '克里斯·霍尔特'],
  ['a dot written as -', '主教练马里奥-戈麦斯表示满意。', '马里奥-戈麦斯'],
  ['a dot written as .', '影片由导演安东尼.明格拉执导。', '安东尼.明格拉'],
  ['a dot lost as □', '舰队司令约翰□史密斯表示欢迎。', '约翰□史密斯'],
  ['negative: a Han name before . is not joined to what follows', '技术总监陈立新.他说', '陈立新'],
  ['a dot with nothing after it closes the name', '资深收藏家彼得·莫顿·', '彼得·莫顿'],
  ['a transliteration gives back the first character of the next word (特意)', '该国总统西米诺夫特意前往港口。', '西米诺夫'],
  ['three transliteration characters without a marker, closed by a verb', '球队主教练米什科卸任。', '米什科'],
  ['three transliteration characters without a marker, closed by 的', '新任主帅科林多的脾气人所共知。', '科林多'],
  ['negative: such characters running into the next word are not cut by a guess', '主帅科林多比较谨慎。', ''],
  ['negative: two such characters are not enough on their own', '著名画家凡东的作品。', ''],
  ['after a post held abroad two such characters are a name', '西班牙画家凡东的作品。', '凡东'],
  ['after a post held abroad a long transliteration is read whole', '俄罗斯驻华大使阿列克谢耶夫日前表示。', '阿列克谢耶夫'],
  ['a foreign name closed by a time word beats a guessed Han name', '主帅马佐里目前没有回应。', '马佐里'],
  ['negative: the last character of a longer title (副总裁) does not start a name', '集团副总裁阿历山德罗·罗西表示支持。', '阿历山德罗·罗西'],
], (text) => names(ex(text)).join('、'));
