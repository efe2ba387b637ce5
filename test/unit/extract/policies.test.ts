// Policy documents: which 《…》 name one, aliases, issuers, status words, several titles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex } from './helpers';

const titles = (text: string): string[] => ex(text).policies.map((p) => p.title);

test('documents, laws, regulations, notices, opinions, plans, reports and speeches are policies', () => {
  assert.deepEqual(titles('会议学习了《中国共产党纪律处分条例》《中华人民共和国安全生产法》《关于做好春耕工作的通知》《县乡村振兴实施方案》《2023年政府工作报告》《在全省经济工作会议上的讲话》。'), [
    '中国共产党纪律处分条例', '中华人民共和国安全生产法', '关于做好春耕工作的通知', '县乡村振兴实施方案', '2023年政府工作报告', '在全省经济工作会议上的讲话',
  ]);
});

test('newspapers, TV programmes, videos, books and lecture titles are not policies', () => {
  assert.deepEqual(titles('他在《人民日报》发表文章，观看《新闻联播》和警示教育片《镜鉴》，阅读《平凡的世界》，聆听题为《奋进新征程》的专题讲座。'), []);
});

test('以下简称《意见》 makes an alias; a later 《意见》 is the same document', () => {
  const r = ex('贯彻落实《关于加强基层治理的意见》（以下简称《意见》），会议指出，《意见》意义重大。');
  assert.equal(r.policies.length, 1);
  assert.deepEqual(r.policies[0].aliases, ['意见']);
  assert.equal(r.policies[0].evidence.length, 3);
});

test('a short title that ends an earlier title is a reference, not a second document', () => {
  const r = ex('会议传达了《关于进一步规范公务接待的规定》，要求认真执行《规定》。');
  assert.equal(r.policies.length, 1);
  assert.deepEqual(r.policies[0].aliases, ['规定']);
});

test('issuer written before the title: 中央办公厅《…》, 县委办公室提交的《…》, X印发的《…》', () => {
  const r = ex('会议学习了省委办公厅《关于加强作风建设的若干措施》，审议了县委办公室提交的《县委常委会工作规则》，学习了国务院印发的《质量强国建设纲要》。');
  assert.deepEqual(r.policies.map((p) => [p.title, p.issuer]), [
    ['关于加强作风建设的若干措施', '省委办公厅'], ['县委常委会工作规则', '县委办公室'], ['质量强国建设纲要', '国务院'],
  ]);
});

test('verbs and conjunctions before the issuer are not part of it', () => {
  const r = ex('会议审议了县政府党组《关于调整收费标准的请示》和县妇联《关于召开妇女代表大会的请示》。');
  assert.deepEqual(r.policies.map((p) => p.issuer), ['县政府党组', '县妇联']);
});

test('no issuer when none is named outside the brackets', () => {
  assert.equal(ex('会议原则通过了《县城区停车管理办法》。').policies[0].issuer, null);
});

test('status words stay in the title: (试行), (送审稿), (草案), (讨论稿)', () => {
  assert.deepEqual(titles('审议了《县河长制考核办法（试行）》《县城总体规划（送审稿）》《预算调整方案（草案）》《章程（讨论稿）》。'), [
    '县河长制考核办法（试行）', '县城总体规划（送审稿）', '预算调整方案（草案）', '章程（讨论稿）',
  ]);
});

test('titles written back to back are several documents', () => {
  assert.equal(ex('会议审议了《方案A实施办法》《方案B工作规则》《方案C考核细则》。').policies.length, 3);
});

test('a document nested in another\'s title is read too', () => {
  assert.deepEqual(titles('会议学习了《关于印发〈县防汛应急预案〉的通知》。'), ['关于印发〈县防汛应急预案〉的通知', '县防汛应急预案']);
});

test('an unbalanced 《 does not swallow the article', () => {
  const r = ex('会议学习了《关于加强管理的通知\n县长柯明出席会议。');
  assert.equal(r.policies.length, 0);
  assert.equal(r.persons[0].name, '柯明');
});

test('a meeting name in brackets is not a document; a meeting summary (纪要) is', () => {
  assert.deepEqual(titles('会议观看了《2023年全县经济工作会议》实况，学习了《县委常委会会议纪要》。'), ['县委常委会会议纪要']);
});
