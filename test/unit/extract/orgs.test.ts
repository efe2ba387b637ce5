// Organizations: canonical names with the article's region, ellipses filled, kinds and parents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ex, person } from './helpers';
import type { ExtractedPost } from '../../../src/extract';

const CITY = '宁德市召开全市安全生产工作会议\n';
const COUNTY = '松阳县召开县委常委会会议\n';

/** A post without its evidence span, for comparison. */
const bare = (p: ExtractedPost): ExtractedPost => ({ raw: p.raw, title: p.title, organization: p.organization });

function post(text: string, name: string, raw: string) {
  const r = ex(text);
  const p = person(r, name).posts.find((x) => x.raw === raw);
  assert.ok(p, `${name} has post ${raw}: ${JSON.stringify(person(r, name).posts)}`);
  return { p, r };
}

test('市委 in a city article is 中共<city>委员会', () => {
  const { p } = post(`${CITY}市委书记梁志远主持会议。`, '梁志远', '市委书记');
  assert.deepEqual(bare(p), { raw: '市委书记', title: '书记', organization: '中共宁德市委员会' });
});

test('市委常委、组织部部长: the department belongs to the city committee (ellipsis filled)', () => {
  const { p, r } = post(`${CITY}市委常委、组织部部长童建华出席。`, '童建华', '组织部部长');
  assert.equal(p.organization, '中共宁德市委员会组织部');
  assert.equal(p.title, '部长');
  const dept = r.organizations.find((o) => o.name === '中共宁德市委员会组织部')!;
  const parent = r.organizations.find((o) => o.id === dept.parent)!;
  assert.equal(parent.name, '中共宁德市委员会');
  assert.equal(dept.kind, 'party');
});

test('市教育局党组书记、局长: 局长 is of the same bureau; the bureau is under the city government', () => {
  const { r } = post(`${CITY}市教育局党组书记、局长潘晓梅讲话。`, '潘晓梅', '局长');
  assert.deepEqual(person(r, '潘晓梅').posts.map(bare), [
    { raw: '市教育局党组书记', title: '党组书记', organization: '宁德市教育局' },
    { raw: '局长', title: '局长', organization: '宁德市教育局' },
  ]);
  const bureau = r.organizations.find((o) => o.name === '宁德市教育局')!;
  assert.equal(bureau.kind, 'government');
  assert.equal(r.organizations.find((o) => o.id === bureau.parent)!.name, '宁德市人民政府');
});

test('县委副书记、县长: 县长 is a post of the county government', () => {
  const { p } = post(`${COUNTY}县委副书记、县长叶青松出席。`, '叶青松', '县长');
  assert.equal(p.organization, '松阳县人民政府');
});

test('市人民政府副市长 and 市政府 both become <city>人民政府', () => {
  const r = ex(`${CITY}市人民政府副市长冯立出席，市政府秘书长包晓文主持。`);
  assert.equal(person(r, '冯立').posts[0].organization, '宁德市人民政府');
  assert.equal(person(r, '包晓文').posts[0].organization, '宁德市人民政府');
});

test('a named region before the short form: 宁德市委 → 中共宁德市委员会', () => {
  const r = ex('宁德市委统战部部长柯灵出席。');
  assert.equal(person(r, '柯灵').posts[0].organization, '中共宁德市委员会统战部');
});

test('人大常委会 and 政协 expand with the region; kinds congress and cppcc', () => {
  const r = ex(`${COUNTY}县人大常委会主任雷宏、县政协主席钟丽萍列席会议。`);
  assert.equal(person(r, '雷宏').posts[0].organization, '松阳县人民代表大会常务委员会');
  assert.equal(person(r, '钟丽萍').posts[0].organization, '中国人民政治协商会议松阳县委员会');
  const kinds = Object.fromEntries(r.organizations.map((o) => [o.name, o.kind]));
  assert.equal(kinds['松阳县人民代表大会常务委员会'], 'congress');
  assert.equal(kinds['中国人民政治协商会议松阳县委员会'], 'cppcc');
});

test('without a known region the organization stays as written', () => {
  const r = ex('县委书记谭卫东主持会议。');
  assert.equal(person(r, '谭卫东').posts[0].organization, '县委');
  assert.equal(r.article.region, null);
});

test('a street\'s 党工委副书记、办事处主任: the office is the street\'s (党工委 is part of the title)', () => {
  const r = ex('城南街道党工委副书记、办事处主任尤海燕作报告。');
  assert.deepEqual(person(r, '尤海燕').posts.map((p) => p.organization), ['城南街道', '城南街道办事处']);
});

test('region from the headline, the publisher or the bodies named in the text', () => {
  assert.equal(ex('宁德市召开会议\n市长出席。').article.region, '宁德市');
  assert.equal(ex('全区召开大会\n来源：西湖区人民政府\n区长出席。').article.region, '西湖区');
  assert.equal(ex('3月1日，龙泉县委召开常委会会议。').article.region, '龙泉县');
});

test('enterprise posts keep the company as organization', () => {
  const r = ex('公司党委书记、董事长龚建新主持会议。');
  assert.deepEqual(person(r, '龚建新').posts.map((p) => p.organization), ['公司', '公司']);
  assert.equal(r.organizations[0].kind, 'enterprise');
});

test('each post carries the span where it is written', () => {
  const r = ex(`${CITY}市委常委、组织部部长童建华出席。`);
  for (const p of person(r, '童建华').posts) {
    const e = p.evidence![0];
    assert.equal(r.article.text.slice(e.start, e.end), p.raw);
  }
});

test('纪委书记 after a party committee post is the discipline commission of the same level', () => {
  const r = ex(`${CITY}市委常委、纪委书记方明远出席。`);
  assert.deepEqual(person(r, '方明远').posts.map((p) => p.organization), ['中共宁德市委员会', '中共宁德市纪律检查委员会']);
  const r2 = ex('校党委副书记、纪委书记卫东作部署。');
  assert.deepEqual(person(r2, '卫东').posts.map((p) => p.organization), ['校党委', '校纪委']);
});
