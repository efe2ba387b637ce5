// Hand-written extractions, so the graph layer is tested apart from the extractor.
import { createHash } from 'node:crypto';
import type { Extraction } from '../../src/extract';

export function makeExtraction(over: Partial<Extraction> & { text?: string; published?: string | null; region?: string | null } = {}): Extraction {
  const text = over.text ?? '3月4日,市教育局召开会议。市教育局局长张玉兰主持会议。';
  return {
    source: 'test.txt',
    article: {
      id: createHash('sha256').update(text).digest('hex'),
      title: '测试文章', publisher: null, published: over.published === undefined ? '2022-03-09' : over.published,
      region: over.region === undefined ? '清远市' : over.region, text,
    },
    persons: over.persons ?? [
      { id: 'p1', name: '张玉兰', posts: [{ raw: '市教育局局长', title: '局长', organization: '清远市教育局' }], evidence: [{ start: 17, end: 20 }] },
    ],
    organizations: over.organizations ?? [
      { id: 'o1', name: '清远市教育局', kind: 'government', region: '清远市', parent: 'o2' },
      { id: 'o2', name: '清远市人民政府', kind: 'government', region: '清远市', parent: null },
    ],
    meetings: over.meetings ?? [
      {
        id: 'm1', name: '教育工作会议', kind: null, date: '2022-03-04', venue: null, organizer: 'o1',
        participants: [{ person: 'p1', role: 'presided', action: '主持会议' }], groupAttendees: [], branchVenues: null,
        cites: [], topics: [], evidence: [{ start: 0, end: 12 }],
      },
    ],
    policies: over.policies ?? [],
    warnings: [],
  };
}
