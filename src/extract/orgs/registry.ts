// The organizations of one article, each once under its canonical name, with ids o1, o2 … in
// order of first reference (a parent just before its first child when the text never names it).
import type { ExtractedOrganization } from '../types';
import type { CanonicalOrg } from './canonical';

export class OrgRegistry {
  private readonly orgs = new Map<string, { org: CanonicalOrg; at: number }>();

  add(org: CanonicalOrg | null, at: number): void {
    if (!org) return;
    if (org.parent && !this.orgs.has(org.parent)) {
      this.add({ name: org.parent, kind: parentKind(org), region: org.region, parent: null }, at - 0.5);
    }
    const had = this.orgs.get(org.name);
    if (!had || at < had.at) this.orgs.set(org.name, { org: had?.org ?? org, at });
  }

  /** The organizations in order, with ids assigned and parents as ids. */
  list(): { items: ExtractedOrganization[]; idOf: Map<string, string> } {
    const sorted = [...this.orgs.values()].sort((a, b) => a.at - b.at);
    const idOf = new Map<string, string>();
    sorted.forEach((o, i) => idOf.set(o.org.name, `o${i + 1}`));
    const items = sorted.map((o) => ({
      id: idOf.get(o.org.name)!,
      name: o.org.name,
      kind: o.org.kind,
      region: o.org.region,
      parent: o.org.parent ? idOf.get(o.org.parent) ?? null : null,
    }));
    return { items, idOf };
  }
}

function parentKind(org: CanonicalOrg): CanonicalOrg['kind'] {
  const p = org.parent ?? '';
  if (/委员会$|^中共/.test(p) && !/人民代表大会|政治协商/.test(p)) return 'party';
  if (/人民政府$/.test(p)) return 'government';
  if (/人民代表大会/.test(p)) return 'congress';
  if (/政治协商/.test(p)) return 'cppcc';
  return org.kind;
}
