// The view lives in the URL hash, so a link reopens the same graph: the seeds drawn at
// `depth` (2 by default: a person reaches an organization through a Post node),
// the nodes expanded since (each at depth 1), the filters and the selected node.

export interface ViewState {
  seeds: string[];
  expanded: string[];
  depth: number;
  limit: number;
  /** Node types (labels) not shown. */
  hide: string[];
  from: string;
  to: string;
  q: string;
  selected: string;
}

export const DEFAULTS: ViewState = { seeds: [], expanded: [], depth: 2, limit: 500, hide: [], from: '', to: '', q: '', selected: '' };

const clampInt = (v: string | null, lo: number, hi: number, dflt: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : dflt;
};
const isDate = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function readHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    seeds: p.getAll('seed'),
    expanded: p.getAll('x'),
    depth: clampInt(p.get('depth'), 1, 3, DEFAULTS.depth),
    limit: clampInt(p.get('limit'), 1, 2000, DEFAULTS.limit),
    hide: (p.get('hide') ?? '').split(',').filter(Boolean),
    from: isDate(p.get('from')) ? p.get('from')! : '',
    to: isDate(p.get('to')) ? p.get('to')! : '',
    q: p.get('q') ?? '',
    selected: p.get('sel') ?? '',
  };
}

export function writeHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  s.seeds.forEach((id) => p.append('seed', id));
  s.expanded.forEach((id) => p.append('x', id));
  if (s.depth !== DEFAULTS.depth) p.set('depth', String(s.depth));
  if (s.limit !== DEFAULTS.limit) p.set('limit', String(s.limit));
  if (s.hide.length) p.set('hide', s.hide.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.selected) p.set('sel', s.selected);
  return '#' + p.toString();
}

/** Whether two states draw the same elements (filters and selection aside). */
export const sameGraph = (a: ViewState, b: ViewState): boolean =>
  a.depth === b.depth && a.limit === b.limit && a.seeds.join('\n') === b.seeds.join('\n') && a.expanded.join('\n') === b.expanded.join('\n');
