// The JSON-LD @context of the export: Popolo's own term mappings (popoloproject.com/contexts/*,
// which map Person, Organization, Post, Membership, Event and Area to W3C ORG, Person, FOAF,
// SKOS and schema.org) as type-scoped contexts, since Popolo gives one term (name, parent,
// classification) different meanings per class; schema.org where Popolo has no term (documents,
// articles, quotations, the Role that carries a relationship's own facts); and govgraph's
// vocabulary (@vocab) for everything else, so no property is dropped on expansion.
import type { RelType } from '../graph/queries/export-schema';

export const VOCAB = 'urn:govgraph:vocab#';
const asId = (id: string) => ({ '@id': id, '@type': '@id' });
const asDate = (id: string) => ({ '@id': id, '@type': 'xsd:date' });

export const CONTEXT = {
  '@version': 1.1,
  '@vocab': VOCAB,
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  opengov: 'http://www.w3.org/ns/opengov#',
  person: 'http://www.w3.org/ns/person#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  geonames: 'http://www.geonames.org/ontology#',
  ncal: 'http://www.semanticdesktop.org/ontologies/2007/04/02/ncal#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  identifier: 'dcterms:identifier',
  // Popolo's `sources`; each is a schema.org Quotation of the supporting article.
  sources: { '@id': 'dcterms:source', '@container': '@set' },
  Quotation: 'schema:Quotation',
  text: 'schema:text',
  url: asId('schema:url'),
  datePublished: asDate('schema:datePublished'),
  isPartOf: asId('schema:isPartOf'),
  // A relationship with facts of its own is a schema.org Role between its two ends.
  Role: 'schema:Role',
  roleName: 'schema:roleName',
  description: 'schema:description',
  attendee: asId('schema:attendee'),
  organizer: asId('schema:organizer'),
  postIn: asId('org:postIn'),
  subOrganizationOf: asId('org:subOrganizationOf'),
  citation: asId('schema:citation'),
  publisher: asId('schema:publisher'),
  subjectOf: asId('schema:subjectOf'),
  mentions: asId('schema:mentions'),
  location: asId('schema:location'),
  containedInPlace: asId('schema:containedInPlace'),
  contentLocation: asId('schema:contentLocation'),
  follows: asId(`${VOCAB}follows`),
  Person: { '@id': 'person:Person', '@context': { name: 'foaf:name' } },
  Organization: { '@id': 'org:Organization', '@context': { name: 'skos:prefLabel', classification: 'org:classification' } },
  Post: { '@id': 'org:Post', '@context': { label: 'skos:prefLabel' } },
  Membership: {
    '@id': 'org:Membership',
    '@context': { person: asId('org:member'), post: asId('opengov:post'), start_date: asDate('schema:validFrom'), end_date: asDate('schema:validThrough') },
  },
  Event: { '@id': 'schema:Event', '@context': { name: 'schema:name', start_date: asDate('schema:startDate'), classification: 'ncal:categories', venue: 'schema:location' } },
  Legislation: { '@id': 'schema:Legislation', '@context': { name: 'schema:name', alternateName: 'schema:alternateName', legislationIdentifier: 'schema:legislationIdentifier' } },
  NewsArticle: { '@id': 'schema:NewsArticle', '@context': { headline: 'schema:headline', publisher: 'schema:publisher', text: 'schema:articleBody' } },
  Area: { '@id': 'geonames:Feature', '@context': { name: 'schema:name', classification: 'geonames:featureCode' } },
} as const;

/** Each label's class and the properties that take a Popolo or schema.org term. */
export const NODE_TERMS = {
  Person: { type: 'Person', rename: {} },
  Organization: { type: 'Organization', rename: { kind: 'classification' } },
  Post: { type: 'Post', rename: { title: 'label' } },
  Meeting: { type: 'Event', rename: { date: 'start_date', kind: 'classification' } },
  PolicyDocument: { type: 'Legislation', rename: { title: 'name', aliases: 'alternateName', number: 'legislationIdentifier' } },
  Article: { type: 'NewsArticle', rename: { title: 'headline', published: 'datePublished' } },
  Region: { type: 'Area', rename: { level: 'classification' } },
} as const satisfies Record<string, { type: string; rename: Record<string, string> }>;

/** The term linking a relationship's subject to its object, and which end is the subject. */
export const EDGE_TERMS: Record<Exclude<RelType, 'HOLDS'>, { term: string; subject: 'source' | 'target' }> = {
  PARTICIPATED: { term: 'attendee', subject: 'target' },
  ATTENDED: { term: 'attendee', subject: 'target' },
  ORGANIZED: { term: 'organizer', subject: 'target' },
  IN: { term: 'postIn', subject: 'source' },
  PART_OF: { term: 'subOrganizationOf', subject: 'source' },
  CITES: { term: 'citation', subject: 'source' },
  ISSUED_BY: { term: 'publisher', subject: 'source' },
  REPORTED_IN: { term: 'subjectOf', subject: 'source' },
  MENTIONS: { term: 'mentions', subject: 'source' },
  IN_REGION: { term: 'location', subject: 'source' },
  ABOUT: { term: 'contentLocation', subject: 'source' },
  FOLLOWS: { term: 'follows', subject: 'source' },
};
