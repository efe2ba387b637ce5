// Cleaning: pinyin glosses, traditional characters, page junk and bylines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, names } from './helpers';

test('pinyin glosses after characters are removed', () => {
  const r = ex('南(nán)寧(níng)市召(zhào)開(kāi)會(huì)議(yì)。');
  assert.equal(r.article.text, '南宁市召开会议。');
  assert.ok(r.warnings.some((w) => w.includes('pinyin')));
});

test('a parenthesis that is not pinyin stays: (试行), (市、区), (CEO), (2023年版)', () => {
  const text = '印发《县域商业体系建设办法(试行)》，各县(市、区)落实，公司总裁(CEO)与《目录(2023年版)》。';
  assert.equal(ex(text).article.text, text);
});

test('unmarked syllables count only where the text glosses with tone marks', () => {
  assert.equal(ex('這(zhè)是(shì)我(wǒ)的(de)書(shū)。').article.text, '这是我的书。');
  assert.equal(ex('人工智能(ai)大会在杭州召开。').article.text, '人工智能(ai)大会在杭州召开。');
});

test('traditional characters become simplified; simplified text is unchanged', () => {
  assert.equal(ex('縣委書記主持會議並講話。').article.text, '县委书记主持会议并讲话。');
  const simp = '县委书记着力推进重点项目建设。';
  assert.equal(ex(simp).article.text, simp);
});

test('junk lines are dropped and listed in warnings', () => {
  const r = ex([
    '县政府召开常务会议', 'IMG_2031.jpg', '扫一扫在手机打开当前页', '分享：', '【打印】【关闭】',
    '字号：〖大 中 小〗', '??????????', '浏览次数：1024', '亚洲精品无码在线观看,欧美日韩自拍偷拍免费视频',
    '4月2日，县长李明远主持召开县政府常务会议。',
  ].join('\n'));
  assert.equal(r.article.text, '县政府召开常务会议\n4月2日，县长李明远主持召开县政府常务会议。');
  for (const w of ['image file name', 'share widget', 'page button', 'font-size', 'question marks', 'view counter', 'SEO spam']) {
    assert.ok(r.warnings.some((x) => x.includes(w)), `warning for ${w}: ${r.warnings.join(' | ')}`);
  }
});

test('a body line naming Asia and Europe is not spam', () => {
  const line = '亚洲和欧美客商观看了产品展示，副县长周立新陪同。';
  assert.equal(ex(line).article.text, line);
});

test('inline counters and font-size switches are cut out of a metadata line, the rest kept', () => {
  const r = ex('来源：安平县人民政府 发布时间：2023-05-06 浏览次数：88\n5月5日，县委书记郝文斌主持召开会议。');
  assert.equal(r.article.publisher, '安平县人民政府');
  assert.equal(r.article.published, '2023-05-06');
  assert.ok(!r.article.text.includes('浏览次数'));
});

test('bylines are removed and are not persons: (记者 X 通讯员 Y), 【记者 X】, 编辑:X, trailing (X)', () => {
  const r = ex([
    '本报讯（记者 韩晓东 通讯员 罗佳）3月8日，县委书记邱海林主持召开县委常委会会议。',
    '【记者 田野】副县长吴静出席会议。',
    '会议强调，要抓好春耕生产。（孟凡）',
    '编辑：宋雨',
    '责任编辑：高翔',
  ].join('\n'));
  assert.deepEqual(names(r).sort(), ['吴静', '邱海林'].sort());
  assert.ok(r.article.text.startsWith('3月8日，县委书记邱海林'));
  assert.ok(r.warnings.some((w) => w.includes('byline')));
  assert.deepEqual(r.article.bylines!.map((b) => b.name).sort(), ['孟凡', '田野', '罗佳', '韩晓东'].sort());
});

test('本网讯X报道: the reporter lead is a byline', () => {
  const r = ex('本网讯周晴报道：6月3日上午，区委副书记孔令军出席座谈会并讲话。');
  assert.deepEqual(names(r), ['孔令军']);
  assert.ok(r.article.text.startsWith('6月3日上午'));
});

test('CRLF and lone CR line ends are normalised', () => {
  const r = ex('县政府召开全体会议\r\n5月6日，县长陶建平主持会议。\r区领导出席。');
  assert.equal(r.article.text, '县政府召开全体会议\n5月6日，县长陶建平主持会议。\n区领导出席。');
});

test('a line of credits only is a byline: 记者X实习生Y, ⊙记者X○编辑Y, 报社记者X/文', () => {
  const r = ex(['县政府召开常务会议', '晚报记者钱立群实习生蒋晓彤/文', '⊙记者梁家宁○编辑韦思远', '5月6日，县长陶建平主持会议。'].join('\n'));
  assert.deepEqual(names(r), ['陶建平']);
  assert.deepEqual(r.article.bylines!.map((b) => b.name).sort(), ['梁家宁', '钱立群', '蒋晓彤', '韦思远'].sort());
});

test('negative: a line naming a role word is not a credit unless names alone follow it', () => {
  const r = ex('市委宣传部召开记者节座谈会\n11月8日，副部长罗安平出席记者节座谈会。');
  assert.equal(r.article.title, '市委宣传部召开记者节座谈会');
  assert.deepEqual(names(r), ['罗安平']);
});
