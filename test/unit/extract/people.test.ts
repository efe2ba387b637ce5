// Officials and their posts: [organization][title][name][verb], lists, ellipses, name-first titles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, names, person, raws } from './helpers';

test('a title list is split at 、 and ，, each item as written', () => {
  const r = ex('会上，县委副书记、县长邹明杰，县委常委、常务副县长蔡宏伟出席会议。');
  assert.deepEqual(raws(r, '邹明杰'), ['县委副书记', '县长']);
  assert.deepEqual(raws(r, '蔡宏伟'), ['县委常委', '常务副县长']);
});

test('posts of one person written across a comma stay together', () => {
  const r = ex('市委政法委书记，市公安局党委书记、局长覃思远作工作部署。');
  assert.deepEqual(raws(r, '覃思远'), ['市委政法委书记', '市公安局党委书记', '局长']);
});

test('a title written once before a list applies to each name', () => {
  const r = ex('县领导石建国、刘波、阮仕林、欧阳红梅出席会议。');
  for (const n of ['石建国', '刘波', '阮仕林', '欧阳红梅']) assert.deepEqual(raws(r, n), ['县领导']);
});

test('a shared title list applies to every name of the list', () => {
  const r = ex('市纪委常委、市监委委员钟立、谭晓军列席会议。');
  assert.deepEqual(raws(r, '钟立'), ['市纪委常委', '市监委委员']);
  assert.deepEqual(raws(r, '谭晓军'), ['市纪委常委', '市监委委员']);
});

test('in a list a name with its own title keeps only that title', () => {
  const r = ex('县人大常委会主任汪德胜、县政协主席许丽华列席会议。');
  assert.deepEqual(raws(r, '汪德胜'), ['县人大常委会主任']);
  assert.deepEqual(raws(r, '许丽华'), ['县政协主席']);
});

test('names of two, three and four characters; compound surnames', () => {
  const r = ex('副市长王勇、司马晓燕，秘书长诸葛亮明，市长助理上官云出席。');
  assert.deepEqual(names(r), ['王勇', '司马晓燕', '诸葛亮明', '上官云']);
});

test('minority names joined by · end where the sentence goes on', () => {
  const r = ex('州委副书记、州长艾尔肯·吐尼亚孜和州人大常委会主任努尔兰·阿不都满金出席。');
  assert.deepEqual(names(r), ['艾尔肯·吐尼亚孜', '努尔兰·阿不都满金']);
});

test('rare surnames are names too (亓, 仉, 訾, 禤)', () => {
  const r = ex('镇党委书记亓东升，镇长仉文博，副镇长訾红、禤家宝参加会议。');
  assert.deepEqual(names(r), ['亓东升', '仉文博', '訾红', '禤家宝']);
});

test('the verb that follows decides where a name ends', () => {
  const cases: Array<[string, string]> = [
    ['区长王建主持会议。', '王建'], ['区长王建国主持会议。', '王建国'], ['局长何平指出，', '何平'],
    ['主任李文强调，', '李文'], ['书记陈晓东传达了会议精神。', '陈晓东'], ['县长赵立在会上讲话。', '赵立'],
    ['副县长孙悦作工作部署。', '孙悦'], ['镇长黄涛等参加。', '黄涛'], ['局长周敏表示，', '周敏'],
    ['部长郑凯列席会议。', '郑凯'], ['主任杨帆要求，', '杨帆'], ['董事长吴建荣肯定了成绩。', '吴建荣'],
  ];
  for (const [s, n] of cases) assert.deepEqual(names(ex(s)), [n], s);
});

test('title after the name: 赵革书记, 王某同志, 习近平总书记', () => {
  const r = ex('赵革书记强调，要学习贯彻习近平总书记重要讲话精神。王某同志作表态发言。');
  assert.deepEqual(raws(r, '赵革'), ['书记']);
  assert.deepEqual(raws(r, '习近平'), ['总书记']);
  assert.deepEqual(raws(r, '王某'), []);
});

test('an organization before a name-first title is not part of the post (市委林峰书记)', () => {
  const r = ex('会议传达了省委林峰书记在调研时的讲话精神。');
  assert.deepEqual(raws(r, '林峰'), ['书记']);
});

test('名 + 同志 alone makes a person with no post; 负责同志 does not', () => {
  const r = ex('会议决定接受蔡明远同志辞去县人民政府副县长职务的请求，有关部门负责同志列席。');
  assert.deepEqual(names(r), ['蔡明远']);
});

test('negative: a byline is not an official', () => {
  const r = ex('（记者 朱红梅）4月1日，县长方立新主持会议。\n编辑：唐小军');
  assert.deepEqual(names(r), ['方立新']);
});

test('negative: 市长热线 and 书记信箱 are not persons', () => {
  const r = ex('市长热线12345受理群众诉求，书记信箱及时回复，县长信箱开通。');
  assert.deepEqual(names(r), []);
});

test('negative: 等区级班子领导 after a list is not a post of the last name', () => {
  const r = ex('区委书记赵杰、区长钱峰等区级班子领导出席。');
  assert.deepEqual(raws(r, '钱峰'), ['区长']);
  assert.deepEqual(raws(r, '赵杰'), ['区委书记']);
});

test('negative: group attendees without names make no person', () => {
  const r = ex('县委常委，县人大常委会、县政府、县政协党员领导同志，各乡镇党委书记参加会议。');
  assert.deepEqual(names(r), []);
});

test('negative: a name inside a document title or a doctrine is not a mention', () => {
  const r = ex('会议学习了《习近平谈治国理政》第四卷，深入学习习近平新时代中国特色社会主义思想。');
  assert.deepEqual(names(r), []);
});

test('negative: 干事创业, 领导小组 and 党支部书记 are not names', () => {
  const r = ex('各级干部干事创业，工作领导小组成员参加，党支部书记带头学习。');
  assert.deepEqual(names(r), []);
});

test('names without a title in a list before a participation verb', () => {
  const r = ex('会议由罗振宇主持，叶志红、龚丽、臧晓东、武斌参加了会议。');
  assert.deepEqual(names(r), ['罗振宇', '叶志红', '龚丽', '臧晓东', '武斌']);
});

test('a person named without title before 辞去 after 接受', () => {
  assert.deepEqual(names(ex('会议决定接受周明亮辞去县人大代表职务的请求。')), ['周明亮']);
});

test('appointment: the post after 为 is not held yet', () => {
  const r = ex('会议任命县委常委伍思源同志为县人民政府副县长。');
  assert.deepEqual(raws(r, '伍思源'), ['县委常委']);
});

test('national leaders named in passing are persons with their post', () => {
  const r = ex('会议传达学习了习近平总书记在中央经济工作会议上的重要讲话精神。');
  assert.deepEqual(raws(r, '习近平'), ['总书记']);
});

test('a person mentioned again is one person with every mention as evidence', () => {
  const r = ex('县委书记彭立军主持会议。彭立军指出，要抓好安全生产。');
  assert.equal(r.persons.length, 1);
  assert.equal(person(r, '彭立军').evidence.length, 2);
});

test('a post written in full-width parentheses keeps them (县(市)委)', () => {
  const r = ex('中共某县委员会（扩大）会议上，县委副书记顾新华讲话。');
  assert.deepEqual(raws(r, '顾新华'), ['县委副书记']);
});

test('foreign and Latin names after a title', () => {
  assert.deepEqual(names(ex('主教练科斯塔尼奇表示，')), ['科斯塔尼奇']);
  assert.deepEqual(names(ex('公司首席执行官JohnWard出席。')), ['JohnWard']);
});

test('names listed without titles after 以及 are persons', () => {
  const r = ex('县委书记孙海、县长吕静以及邬志远、禹文博出席会议。');
  assert.deepEqual(names(r), ['孙海', '吕静', '邬志远', '禹文博']);
  assert.deepEqual(raws(r, '禹文博'), []);
});

test('任命X为…: the person appointed is a person without the new post', () => {
  const r = ex('会议决定任命罗晓丹为县教育局局长，免去韦立新的县水利局局长职务。');
  assert.deepEqual(names(r), ['罗晓丹', '韦立新']);
  assert.deepEqual(raws(r, '罗晓丹'), []);
});

test('a word-like name in a list after a title (副市长高峰、马丽娟)', () => {
  assert.deepEqual(names(ex('副市长高峰、马丽娟出席会议。')), ['高峰', '马丽娟']);
});

test('a name after a title followed by an unlisted verb: three characters by default', () => {
  assert.deepEqual(names(ex('县委常委、统战部部长温雅应邀出席。')), ['温雅']);
  assert.deepEqual(names(ex('区长詹海洋听取了汇报。')), ['詹海洋']);
  assert.deepEqual(names(ex('局长苏宁否认了传言。')), ['苏宁']);
});

test('negative: 领导班子 after 学校领导 is not a name', () => {
  assert.deepEqual(names(ex('要全面配齐配强学校领导班子，确保工作落实。')), []);
});

test('a courtesy title repeating the surname ends the name (孙晶孙女士)', () => {
  assert.deepEqual(names(ex('中心总监孙晶孙女士出席。')), ['孙晶']);
});

test('a town party committee post: 镇党委书记 is 书记 of the town committee', () => {
  const r = ex('石门镇召开会议\n8月2日，镇党委书记龙海涛主持会议。');
  const [p] = person(r, '龙海涛').posts;
  assert.deepEqual([p.raw, p.title, p.organization], ['镇党委书记', '书记', '中共石门镇委员会']);
});

test('given names may contain characters that are also grammar words elsewhere (戚寿余, 徐则臣, 王以卓)', () => {
  assert.deepEqual(names(ex('市委常委陈之常、戚寿余列席会议。')), ['陈之常', '戚寿余']);
  assert.deepEqual(names(ex('总经理王以卓宣读证书，作家徐则臣出席。')), ['王以卓', '徐则臣']);
});
