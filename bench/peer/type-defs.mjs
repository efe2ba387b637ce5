// govgraph's graph model (src/graph/cypher/load-statements.ts) as @neo4j/graphql type
// definitions: the same labels, relationship types (and directions) and properties, so the
// library compiles each request into one Cypher query over the very nodes govgraph loaded.
// Every relationship is a list field: @neo4j/graphql 7 has no single-object relationships.
export const typeDefs = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String!
    region: String
    articleIds: [String!]
    evidence: [String!]
    posts: [Post!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holds")
    meetings: [Meeting!]! @relationship(type: "PARTICIPATED", direction: OUT, properties: "Participated")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Holds @relationshipProperties {
    firstSeen: Date
    lastSeen: Date
    raw: [String!]
    seen: [String!]
    articleIds: [String!]
    evidence: [String!]
  }

  type Participated @relationshipProperties {
    role: String!
    action: String
    articleIds: [String!]
    evidence: [String!]
  }

  type Post @node {
    id: ID!
    title: String!
    articleIds: [String!]
    organization: [Organization!]! @relationship(type: "IN", direction: OUT)
    holders: [Person!]! @relationship(type: "HOLDS", direction: IN, properties: "Holds")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Organization @node {
    id: ID!
    name: String!
    kind: String
    region: String
    articleIds: [String!]
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    posts: [Post!]! @relationship(type: "IN", direction: IN)
    organized: [Meeting!]! @relationship(type: "ORGANIZED", direction: OUT)
    issued: [PolicyDocument!]! @relationship(type: "ISSUED_BY", direction: IN)
    regionNode: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Meeting @node {
    id: ID!
    name: String!
    date: Date
    venue: String
    kind: String
    region: String
    branchVenues: String
    groupAttendees: [String!]
    topics: [String!]
    articleIds: [String!]
    evidence: [String!]
    participants: [Person!]! @relationship(type: "PARTICIPATED", direction: IN, properties: "Participated")
    organizer: [Organization!]! @relationship(type: "ORGANIZED", direction: IN)
    cites: [PolicyDocument!]! @relationship(type: "CITES", direction: OUT)
    articles: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    follows: [Meeting!]! @relationship(type: "FOLLOWS", direction: OUT)
    followedBy: [Meeting!]! @relationship(type: "FOLLOWS", direction: IN)
    regionNode: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
  }

  type PolicyDocument @node {
    id: ID!
    title: String!
    number: String
    aliases: [String!]
    articleIds: [String!]
    evidence: [String!]
    citedBy: [Meeting!]! @relationship(type: "CITES", direction: IN)
    issuer: [Organization!]! @relationship(type: "ISSUED_BY", direction: OUT)
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Article @node {
    id: ID!
    contentHash: String
    title: String
    publisher: String
    published: Date
    url: String
    source: String
    region: String
    meetings: [Meeting!]! @relationship(type: "REPORTED_IN", direction: IN)
    persons: [Person!]! @relationship(type: "MENTIONS", direction: OUT)
    organizations: [Organization!]! @relationship(type: "MENTIONS", direction: OUT)
    posts: [Post!]! @relationship(type: "MENTIONS", direction: OUT)
    policies: [PolicyDocument!]! @relationship(type: "MENTIONS", direction: OUT)
    regionNode: [Region!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Region @node {
    id: ID!
    name: String!
    level: String
    organizations: [Organization!]! @relationship(type: "IN_REGION", direction: IN)
    meetings: [Meeting!]! @relationship(type: "IN_REGION", direction: IN)
    articles: [Article!]! @relationship(type: "ABOUT", direction: IN)
  }
`;
