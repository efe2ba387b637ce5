// A small graph for the export tests (shared by test/integration/export*.test.ts): four
// articles in three regions (清城区 is a sub-region of 清远市) over two years, loaded through the
// real loader from hand-written extractions, so the tests do not depend on the extractor.
import type { Extraction } from '../../../src/extract';
import type { Graph } from '../../../src/graph/driver';
import { loadExtraction } from '../../../src/graph/load';
import { makeExtraction } from '../../helpers/extraction';

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} is not in ${text}`);
  return { start, end: start + part.length };
};

function education(): Extraction {
  const text = '3月4日,市教育局召开教育工作会议。市教育局局长张玉兰主持会议。会议传达了《关于加强教育工作的意见(试行)》。';
  const x = makeExtraction({ text, published: '2022-03-09', region: '清远市' });
  x.persons[0]!.evidence = [span(text, '张玉兰')];
  x.meetings[0]!.participants[0]!.evidence = [span(text, '张玉兰主持会议')];
  x.meetings[0]!.evidence = [span(text, '市教育局召开教育工作会议')];
  x.meetings[0]!.cites = ['d1'];
  x.meetings[0]!.topics = ['教育'];
  x.policies = [{ id: 'd1', title: '关于加强教育工作的意见(试行)', aliases: ['意见'], issuer: '清远市人民政府', number: '清府〔2022〕1号', evidence: [span(text, '《关于加强教育工作的意见(试行)》')] }];
  return x;
}

function district(): Extraction {
  const text = '6月8日,区政府召开常务会议。区长李明主持会议。';
  return makeExtraction({
    text, published: '2022-06-10', region: '清城区',
    persons: [{ id: 'p1', name: '李明', posts: [{ raw: '区长', title: '区长', organization: '清远市清城区人民政府' }], evidence: [span(text, '李明')] }],
    organizations: [{ id: 'o1', name: '清远市清城区人民政府', kind: 'government', region: '清城区', parent: null }],
    meetings: [{
      id: 'm1', name: '区政府常务会议', kind: '常务会议', date: '2022-06-08', venue: '区政府', organizer: 'o1',
      participants: [{ person: 'p1', role: 'presided', action: '主持会议', evidence: [span(text, '李明主持会议')] }],
      groupAttendees: [], branchVenues: null, cites: [], topics: [], evidence: [span(text, '区政府召开常务会议')],
    }],
  });
}

function elsewhere(): Extraction {
  const text = '1月3日,韶关市政府召开全体会议。市长王强讲话,强调落实《关于加强教育工作的意见(试行)》。';
  return makeExtraction({
    text, published: '2023-01-05', region: '韶关市',
    persons: [{ id: 'p1', name: '王强', posts: [{ raw: '市长', title: '市长', organization: '韶关市人民政府' }], evidence: [span(text, '王强')] }],
    organizations: [{ id: 'o1', name: '韶关市人民政府', kind: 'government', region: '韶关市', parent: null }],
    meetings: [{
      id: 'm1', name: '市政府全体会议', kind: null, date: '2023-01-03', venue: null, organizer: 'o1',
      participants: [{ person: 'p1', role: 'spoke', action: '讲话', evidence: [span(text, '王强讲话')] }],
      groupAttendees: ['各县区政府'], branchVenues: null, cites: ['d1'], topics: [], evidence: [span(text, '韶关市政府召开全体会议')],
    }],
    policies: [{ id: 'd1', title: '关于加强教育工作的意见(试行)', aliases: [], issuer: null, evidence: [span(text, '《关于加强教育工作的意见(试行)》')] }],
  });
}

function followUp(): Extraction {
  const text = '2月1日,市教育局召开推进会,落实教育工作会议精神。局长张玉兰讲话。';
  const x = makeExtraction({ text, published: '2023-02-01', region: '清远市' });
  x.persons[0]!.evidence = [span(text, '张玉兰')];
  x.meetings = [
    { ...x.meetings[0]!, id: 'm1', name: '教育工作会议', date: '2022-03-04', participants: [], evidence: [span(text, '教育工作会议')] },
    {
      id: 'm2', name: '教育工作推进会', kind: null, date: '2023-02-01', venue: null, organizer: 'o1',
      participants: [{ person: 'p1', role: 'spoke', action: '讲话', evidence: [span(text, '张玉兰讲话')] }],
      groupAttendees: [], branchVenues: null, cites: [], topics: [], follows: 'm1', evidence: [span(text, '市教育局召开推进会')],
    },
  ];
  return x;
}

export const SAMPLE = { education, district, elsewhere, followUp };

/** Loads the four articles (with urls); the loader links 清城区 under 清远市 under 广东省. */
export async function loadSample(graph: Graph): Promise<void> {
  for (const [name, make] of Object.entries(SAMPLE)) await loadExtraction(graph, make(), { url: `https://gov.example.cn/news/${name}.html` });
}
