// The export filter from text (HTTP query strings, command-line options), validated once and
// the same in every interface; and back to a query string (the GraphQL field's download URL).
import { LABELS, type Label } from '../graph/model';
import { MAX_DEPTH } from '../graph/queries/export-filter';
import { FORMATS, type ExportFilter, type ExportFormat } from './types';

export const MAX_IDS = 1000;

export class FilterError extends Error {}

type Raw = string | string[] | undefined | null;

function one(name: string, v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw new FilterError(`${name} must be given once, as text`);
  return v.trim() || null;
}

// A list is a comma list, or the parameter repeated (each value whole: policy ids hold commas).
function list(name: string, v: unknown): string[] | null {
  if (v === undefined || v === null || v === '') return null;
  const values = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : null;
  if (!values) throw new FilterError(`${name} must be text`);
  const out = values.map((s) => s.trim()).filter(Boolean);
  return out.length ? out : null;
}

function date(name: string, v: unknown): string | null {
  const s = one(name, v);
  if (s === null) return null;
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw new FilterError(`${name} must be a date YYYY-MM-DD`);
  return s;
}

export function parseFormat(v: unknown): ExportFormat {
  if (typeof v === 'string' && (FORMATS as readonly string[]).includes(v)) return v as ExportFormat;
  throw new FilterError(`format must be one of ${FORMATS.join(', ')}`);
}

/** region, from, to, types, ids, depth, from a query string or options (throws FilterError). */
export function parseFilter(q: Record<string, Raw | unknown>): ExportFilter {
  const region = one('region', q.region);
  if (region && region.length > 100) throw new FilterError('region is too long');
  const from = date('from', q.from);
  const to = date('to', q.to);
  if (from && to && from > to) throw new FilterError('from must not be after to');
  const types = list('types', q.types)?.map((t) => {
    const label = LABELS.find((l) => l.toLowerCase() === t.toLowerCase());
    if (!label) throw new FilterError(`unknown type ${t}: one of ${LABELS.join(', ')}`);
    return label;
  }) ?? null;
  const ids = list('ids', q.ids);
  if (ids && ids.length > MAX_IDS) throw new FilterError(`at most ${MAX_IDS} ids`);
  const depthText = one('depth', q.depth === undefined || q.depth === null ? q.depth : String(q.depth));
  const depth = depthText === null ? null : Number(depthText);
  if (depth !== null && !(Number.isInteger(depth) && depth >= 0 && depth <= MAX_DEPTH)) throw new FilterError(`depth must be an integer from 0 to ${MAX_DEPTH}`);
  if (depth !== null && !ids) throw new FilterError('depth needs ids (the seeds of the subgraph)');
  const filter: ExportFilter = {};
  if (region) filter.region = region;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (types) filter.types = [...new Set<Label>(types)];
  if (ids) { filter.ids = ids; filter.depth = depth ?? 1; }
  return filter;
}

/** The query string of a filter (ids repeated, so an id with a comma survives). */
export function filterQuery(f: ExportFilter): string {
  const q = new URLSearchParams();
  if (f.region) q.set('region', f.region);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.types?.length) q.set('types', f.types.join(','));
  for (const id of f.ids ?? []) q.append('ids', id);
  // One id holding a comma would be split as a comma list; a second (empty) value keeps it whole.
  if (f.ids?.length === 1 && f.ids[0]!.includes(',')) q.append('ids', '');
  if (f.ids?.length) q.set('depth', String(f.depth ?? 1));
  return q.toString();
}
