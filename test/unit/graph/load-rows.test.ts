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
