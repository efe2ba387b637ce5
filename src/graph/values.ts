// Neo4j values → plain JSON: temporal values become ISO strings (dates as YYYY-MM-DD).
import neo4j from 'neo4j-driver';

export type Plain = Record<string, unknown>;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date as YYYY-MM-DD: the driver's own toString does its arithmetic on 64-bit Integers, slow on every row of a list. */
function isoDate(d: { year: unknown; month: unknown; day: unknown }): string {
  const { year, month, day } = d;
  return typeof year === 'number' && year >= 1000 && year <= 9999 && typeof month === 'number' && typeof day === 'number' ? `${year}-${pad(month)}-${pad(day)}` : String(d);
}

export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  // Most values are strings and numbers: nothing to convert.
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plainValue);
  if (neo4j.isDate(v as never)) return isoDate(v as never);
  if (neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never)) return String(v);
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
