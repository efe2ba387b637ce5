import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLoadRows } from '../../../src/graph/load-rows';
import { makeExtraction } from '../../helpers/extraction';

test('a person is name + the region of the offices held; posts are organization + title', () => {
  const rows = toLoadRows(makeExtraction());
  assert.deepEqual(rows.persons.map((p) => p.id), ['person:清远市:张玉兰']);
  assert.deepEqual(rows.posts, [{ id: 'post:清远市教育局:局长', title: '局长', organization: 'org:清远市教育局' }]);
  assert.deepEqual(rows.partOf, [{ child: 'org:清远市教育局', parent: 'org:清远市人民政府' }]);
});

test('holding a post is seen on the meeting date, else the publish date', () => {
  assert.equal(toLoadRows(makeExtraction()).holds[0]!.date, '2022-03-04');
  const undated = makeExtraction();
  undated.meetings[0]!.date = null;
  assert.equal(toLoadRows(undated).holds[0]!.date, '2022-03-09');
});

test('a national leader named in passing is national, not a citizen of the reporting city', () => {
  const x = makeExtraction({
    persons: [{ id: 'p1', name: '习近平', posts: [{ raw: '总书记', title: '总书记', organization: '中国共产党中央委员会' }], evidence: [] }],
    organizations: [{ id: 'o1', name: '中国共产党中央委员会', kind: 'party', region: null, parent: null }],
    meetings: [],
  });
  assert.deepEqual(toLoadRows(x).persons.map((p) => p.id), ['person:全国:习近平']);
});

test('evidence is tagged with the article, participations with upper-case roles', () => {
  const rows = toLoadRows(makeExtraction());
  assert.match(rows.persons[0]!.evidence[0]!, /^article:[0-9a-f]{64}\|17\|20$/);
  assert.equal(rows.participations[0]!.role, 'PRESIDED');
  assert.equal(rows.meetings[0]!.organizer, 'org:清远市教育局');
});

test('the same name in another city is another person', () => {
  const other = makeExtraction({ region: '韶关市', organizations: [{ id: 'o1', name: '韶关市教育局', kind: 'government', region: '韶关市', parent: null }] });
  other.persons[0]!.posts[0]!.organization = '韶关市教育局';
  assert.notEqual(toLoadRows(other).persons[0]!.id, toLoadRows(makeExtraction()).persons[0]!.id);
});

test('县委 of an article that names no jurisdiction is known only within that article, and so are its officials', () => {
  const unnamed = (text: string) => makeExtraction({
    text, region: null,
    persons: [{ id: 'p1', name: '张伟', posts: [{ raw: '县委副书记', title: '副书记', organization: '县委' }], evidence: [] }],
    organizations: [{ id: 'o1', name: '县委', kind: 'party', region: null, parent: null }],
  });
  const a = toLoadRows(unnamed('一县的文章。'));
  const b = toLoadRows(unnamed('另一县的文章。'));
  assert.notEqual(a.organizations[0]!.id, b.organizations[0]!.id);
  assert.notEqual(a.posts[0]!.id, b.posts[0]!.id);
  assert.notEqual(a.persons[0]!.id, b.persons[0]!.id);
  assert.notEqual(a.meetings[0]!.id, b.meetings[0]!.id, 'their 县委 meetings of one day are two meetings');
  assert.equal(a.persons[0]!.region, null, 'not 全国: a county official is not national');
  assert.equal(a.posts[0]!.organization, a.organizations[0]!.id);
});

test('an article\'s regions come with their parents, and a region link per child', () => {
  const rows = toLoadRows(makeExtraction({ region: '清城区' }));
  assert.deepEqual(rows.regions.map((r) => [r.id, r.level]).sort(), [['region:广东省', 'province'], ['region:清城区', 'county'], ['region:清远市', 'city']]);
  assert.deepEqual(rows.regionLinks.sort((a, b) => a.child.localeCompare(b.child)), [
    { child: 'region:清城区', parent: 'region:清远市' }, { child: 'region:清远市', parent: 'region:广东省' }]);
});

test('each node is one row per article (mentioned once), a document\'s issuer among the organizations', () => {
  const x = makeExtraction();
  x.persons.push({ ...x.persons[0]!, id: 'p2', evidence: [{ start: 30, end: 33 }] });
  x.policies = [
    { id: 'd1', title: '关于测试的通知', aliases: ['通知'], issuer: '国务院', evidence: [{ start: 0, end: 2 }] },
    { id: 'd2', title: '《关于测试的通知》', aliases: ['测试通知'], issuer: '清远市人民政府', evidence: [{ start: 5, end: 9 }] },
  ];
  const rows = toLoadRows(x);
  assert.equal(rows.persons.length, 1);
  assert.deepEqual(rows.persons[0]!.evidence.map((e) => e.split('|').slice(1).join('|')), ['17|20', '30|33']);
  assert.equal(rows.policies.length, 1);
  assert.deepEqual(rows.policies[0]!.aliases, ['通知', '测试通知']);
  assert.deepEqual(rows.organizations.map((o) => o.id).sort(), ['org:国务院', 'org:清远市人民政府', 'org:清远市教育局']);
});
