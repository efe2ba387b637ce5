// Meetings: name, kind, date, venue, organizer, earlier meetings, groups, branch venues, topics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex } from './helpers';

test('the meeting named after 召开, with the organizer as subject', () => {
  const r = ex('6月30日，临江县政府召开第49次常务会议。');
  assert.equal(r.meetings.length, 1);
  const m = r.meetings[0];
  assert.equal(m.name, '临江县政府第49次常务会议');
  assert.equal(m.kind, '常务会议');
  assert.equal(r.organizations.find((o) => o.id === m.organizer)!.name, '临江县人民政府');
});

test('a meeting named before 召开/举行 (…会议在X召开), the venue taken from 在', () => {
  const r = ex('2月8日，县十五届县委常委会第24次会议在县委三楼会议室召开。');
  assert.equal(r.meetings[0].name, '县十五届县委常委会第24次会议');
  assert.equal(r.meetings[0].venue, '县委三楼会议室');
});

test('主持召开 a named meeting: the presider is not the organizer subject', () => {
  const r = ex('3月2日，县委书记许文华主持召开县委理论学习中心组集中学习。');
  assert.equal(r.meetings[0].name, '县委理论学习中心组集中学习');
  assert.equal(r.meetings[0].kind, '中心组学习');
});

test('the headline meeting and the body meeting are one meeting', () => {
  const r = ex('丰城市召开防汛工作推进会\n5月20日，我市召开防汛工作推进会。市长曹雷出席。');
  assert.equal(r.meetings.length, 1);
  assert.equal(r.meetings[0].date, '05-20');
});

test('date: month and day take the publish year', () => {
  const r = ex('区政府召开全体会议\n发布时间：2021-07-09\n7月6日，区政府召开全体会议。');
  assert.equal(r.meetings[0].date, '2021-07-06');
});

test('date: a year written with the date wins over the publish year', () => {
  const r = ex('发布日期：2020-01-03\n2019年12月30日，局党组召开党组会议。');
  assert.equal(r.meetings[0].date, '2019-12-30');
});

test('date: a month after the publish month belongs to the year before', () => {
  const r = ex('发布时间：2021年1月5日\n12月28日，县委召开常委会会议。');
  assert.equal(r.meetings[0].date, '2020-12-28');
});

test('date: the year in the meeting name counts (中心组2022年第3次集中学习)', () => {
  const r = ex('4月2日，县委理论学习中心组召开2022年第3次集中学习。');
  assert.equal(r.meetings[0].date, '2022-04-02');
});

test('date: a day alone (13日) takes the publish month', () => {
  const r = ex('2016/5/16\n13日，县人大常委会召开第二十次会议。');
  assert.equal(r.meetings[0].date, '2016-05-13');
});

test('date: 近日/日前 give no date; no year known gives MM-DD', () => {
  assert.equal(ex('近日，县委召开常委会会议。').meetings[0].date, null);
  assert.equal(ex('日前，镇党委召开党委会议。').meetings[0].date, null);
  assert.equal(ex('9月3日，镇党委召开党委会议。').meetings[0].date, '09-03');
});

test('date: 2022年3月9日, 2022/3/9 and 发布时间 forms give the publish date', () => {
  assert.equal(ex('2022年3月9日\n3月4日，县政府召开常务会议。').article.published, '2022-03-09');
  assert.equal(ex('2022/3/9\n3月4日，县政府召开常务会议。').article.published, '2022-03-09');
  assert.equal(ex('发布时间：2022-03-09 10:20\n正文。').article.published, '2022-03-09');
});

test('date: a date in the URL is used when the page has none', () => {
  const r = ex2('5月26日上午，市水利局召开党组会议。', 'http://www.example.gov.cn/xxgk/202006/t20200603_123.html');
  assert.equal(r.article.published, '2020-06-03');
  assert.equal(r.meetings[0].date, '2020-05-26');
});

test('a relayed meeting (…会议精神) is not a reported meeting', () => {
  const r = ex('6月1日，县委召开常委会会议，传达学习市委七届五次全会精神。');
  assert.deepEqual(r.meetings.map((m) => m.name), ['常委会会议']);
});

test('an earlier meeting (召开X前，Y专门召开会议) is reported, undated, and followed', () => {
  const r = ex('3月2日，市政府召开安全生产工作会议。召开工作会议前，市安委会专门召开会议，研究部署有关工作。');
  assert.equal(r.meetings.length, 2);
  const later = r.meetings[0], earlier = r.meetings[1];
  assert.equal(earlier.name, '市安委会会议');
  assert.equal(earlier.date, null);
  assert.equal(later.follows, earlier.id);
});

test('group attendees, branch venues and the venue of 在X参会', () => {
  const r = ex('4月9日，全县召开脱贫攻坚推进会。县委常委，各乡镇党委书记，县直单位主要负责同志在县行政中心参会，各乡镇设分会场。');
  const m = r.meetings[0];
  assert.deepEqual(m.groupAttendees, ['县委常委', '各乡镇党委书记', '县直单位主要负责同志']);
  assert.equal(m.branchVenues, '各乡镇设分会场');
  assert.equal(m.venue, '县行政中心');
});

test('topics: 对X、Y和Z进行了研究 and 会议审议了X', () => {
  const r = ex('7月1日，县委召开常委会会议，对防汛救灾、秋粮收购和干部培训等工作进行了研究。');
  assert.deepEqual(r.meetings[0].topics, ['防汛救灾', '秋粮收购', '干部培训']);
});

test('the main meeting cites the documents of the article', () => {
  const r = ex('5月6日，县政府召开常务会议，审议通过了《县城市容管理办法》。');
  assert.deepEqual(r.meetings[0].cites, [r.policies[0].id]);
});

test('date: a url with an unpadded /YYYY/M/D/ path dates the article', () => {
  const r = ex2('3月4日，市教育局召开动员部署会。', 'http://www.example.gov.cn/art/2021/3/9/art_1229_5.html');
  assert.equal(r.article.published, '2021-03-09');
  assert.equal(r.meetings[0].date, '2021-03-04');
  // A version number or an id is not a date.
  assert.equal(ex2('3月4日，市教育局召开动员部署会。', 'http://www.example.gov.cn/v2/13/45/1.html').article.published, null);
});

function ex2(text: string, url: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extract } = require('../../../src/extract') as typeof import('../../../src/extract');
  return extract({ source: 'u.txt', content: text, url });
}

test('a headline meeting named in other words merges with the body meeting', () => {
  const r = ex('全市安全生产工作会议召开\n5月11日，全市安全生产工作电视电话会议召开。副市长蔡文辉出席会议并讲话。');
  assert.equal(r.meetings.length, 1);
  assert.equal(r.meetings[0].date, '05-11');
});

test('召开的一次会议 and 以…会议形式召开 are not meetings; 在职 is not a venue', () => {
  const r = ex('5月2日，县委召开常委会会议。会议是在关键时刻召开的一次重要会议。会议以电视电话会议形式召开。其他在职县级领导同志参加会议。');
  assert.deepEqual(r.meetings.map((m) => m.name), ['常委会会议']);
  assert.equal(r.meetings[0].venue, null);
  assert.ok(r.meetings[0].groupAttendees.includes('其他在职县级领导同志'));
});

test('date: a date in the file name is used when the page has none', () => {
  const r = ex('8月30日，县委召开常委会会议。', 'news/2021-09-02-changwei.txt');
  assert.equal(r.article.published, '2021-09-02');
  assert.equal(r.meetings[0].date, '2021-08-30');
});
