// Writes an article's text piece by piece and records, as it goes, the extraction a perfect
// extractor would return for it (the reference the loader benchmark can load without the
// extractor, and a check on the extractor at scale).
import type { ExtractedMeeting, ExtractedOrganization, ExtractedPerson, ExtractedPolicy, Span } from '../../src/extract';
import type { Doc, Official, Org, PostDef } from './world';

export class ArticleWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly persons = new Map<string, ExtractedPerson>();
  readonly organizations = new Map<string, ExtractedOrganization>();
  readonly policies = new Map<string, ExtractedPolicy>();
  readonly meetings: ExtractedMeeting[] = [];

  add(s: string): this {
    this.parts.push(s);
    this.length += s.length;
    return this;
  }

  /** Adds `s` and returns where it stands in the text. */
  mark(s: string): Span {
    const start = this.length;
    this.add(s);
    return { start, end: this.length };
  }

  get text(): string {
    return this.parts.join('');
  }

  org(o: Org): string {
    const known = this.organizations.get(o.name);
    if (known) return known.id;
    const parent = o.parent ? this.org(o.parent) : null;
    const id = `o${this.organizations.size + 1}`;
    this.organizations.set(o.name, { id, name: o.name, kind: o.kind, region: o.region, parent });
    return id;
  }

  /** Writes the name of an official (its title written just before by the caller) and records the posts that title states. */
  person(who: Official, posts: PostDef[]): string {
    const span = this.mark(who.name);
    const key = `${who.region}|${who.name}`;
    let p = this.persons.get(key);
    if (!p) {
      p = { id: `p${this.persons.size + 1}`, name: who.name, posts: [], evidence: [] };
      this.persons.set(key, p);
    }
    p.evidence.push(span);
    for (const post of posts) {
      this.org(post.org);
      if (!p.posts.some((q) => q.raw === post.raw && q.organization === post.org.name)) p.posts.push({ raw: post.raw, title: post.title, organization: post.org.name });
    }
    return p.id;
  }

  /** Writes 《title》 (with its issuer before it and its alias after it when given) and records the document. */
  policy(doc: Doc, opts: { issuer: boolean; alias: boolean }): string {
    if (opts.issuer && doc.issuerShort) this.add(doc.issuerShort);
    this.add('《');
    const span = this.mark(doc.title);
    this.add('》');
    if (doc.number && opts.issuer) this.add(`(${doc.number})`);
    const alias = opts.alias && doc.alias ? doc.alias : null;
    if (alias) this.add(`(以下简称《${alias}》)`);
    let d = this.policies.get(doc.title);
    if (!d) {
      const issuer = opts.issuer && doc.issuerShort ? doc.issuer.name : null;
      d = { id: `d${this.policies.size + 1}`, title: doc.title, aliases: [], issuer, number: opts.issuer ? doc.number : null, evidence: [] };
      this.policies.set(doc.title, d);
    }
    d.evidence.push(span);
    if (alias && !d.aliases.includes(alias)) d.aliases.push(alias);
    return d.id;
  }
}
