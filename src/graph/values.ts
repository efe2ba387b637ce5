// Neo4j values → plain JSON: temporal values become ISO strings (dates as YYYY-MM-DD).
import neo4j from 'neo4j-driver';

export type Plain = Record<string, unknown>;

export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  if (Array.isArray(v)) return v.map(plainValue);
  if (neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never)) return String(v);
  if (neo4j.isInt(v as never)) return (v as { toNumber(): number }).toNumber();
  if (typeof v === 'object') return plain(v as Plain);
  return v;
}

export function plain(o: Plain | null | undefined): Plain {
  const out: Plain = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) out[k] = plainValue(v);
  return out;
}
