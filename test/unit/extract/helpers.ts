// Shared helpers for the extractor's unit tests: run the extractor on a sentence and look facts up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, type Extraction, type ExtractedPerson, type Role } from '../../../src/extract';

export function ex(text: string | Uint8Array, source = 'test.txt'): Extraction {
  return extract({ source, content: text });
}

export function person(r: Extraction, name: string): ExtractedPerson {
  const p = r.persons.find((x) => x.name === name);
  assert.ok(p, `expected person ${name}; got ${r.persons.map((x) => x.name).join(', ') || 'none'}`);
  return p;
}

/** One test per [rule, sentence, expected] row: each rule with the sentence written for it,
 *  negatives included, so a table reads as the rules it checks. */
export function ruleTable<T>(prefix: string, rows: Array<[string, string, T]>, read: (text: string) => T): void {
  for (const [rule, text, expected] of rows) test(`${prefix}: ${rule}`, () => assert.equal(read(text), expected));
}

export const names = (r: Extraction): string[] => r.persons.map((p) => p.name);
export const raws = (r: Extraction, name: string): string[] => person(r, name).posts.map((p) => p.raw);

/** The roles a person has across the article's meetings. */
export function roles(r: Extraction, name: string): Role[] {
  const id = person(r, name).id;
  return r.meetings.flatMap((m) => m.participants.filter((p) => p.person === id).map((p) => p.role)).sort();
}

/** Asserts every evidence span of every fact lies inside the text and covers what it claims. */
export function assertEvidence(r: Extraction): void {
  const text = r.article.text;
  for (const p of r.persons) {
    assert.ok(p.evidence.length > 0, `${p.name} has evidence`);
    for (const e of p.evidence) assert.ok(text.slice(e.start, e.end).includes(p.name), `span of ${p.name}: ${text.slice(e.start, e.end)}`);
  }
  for (const d of r.policies) {
    const first = d.evidence[0];
    assert.ok(text.slice(first.start, first.end).includes(d.title), `span of ${d.title}`);
    for (const e of d.evidence) {
      const s = text.slice(e.start, e.end);
      assert.ok(s.includes(d.title) || d.aliases.some((a) => s.includes(a)), `span ${s} names ${d.title}`);
    }
  }
  for (const m of r.meetings) {
    for (const e of m.evidence) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
    for (const p of m.participants) {
      const who = r.persons.find((x) => x.id === p.person)!;
      for (const e of p.evidence ?? []) assert.ok(/^[他她]/.test(text.slice(e.start, e.end)) || text.slice(e.start, e.end).includes(who.name));
    }
  }
}
