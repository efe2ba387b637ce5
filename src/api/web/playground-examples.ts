// The tabs GraphiQL opens with: one per use of the API, each answering on the sample articles
// in seeds/. test/e2e/playground.test.ts runs every one, so a schema change that breaks an
// example fails a test instead of a reader.

export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

const vars = (v: Record<string, unknown>) => JSON.stringify(v, null, 2);

// GraphiQL reads headers as JSON with comments: the hint shows on every tab, sent on none.
export const HEADERS_HINT = `{
  // Mutations need the server's GOVGRAPH_ADMIN_TOKEN:
  // "Authorization": "Bearer <GOVGRAPH_ADMIN_TOKEN>"
}`;

const TABS: ExampleTab[] = [
  {
    query: `# Officials named 张玉兰: their career (posts by date,
# with the meetings of each period) and the words of
# the articles that say so.
# Run: Ctrl-Enter or ▶. More examples in the tabs above.
query Officials($name: String!) {
  persons(filter: { nameContains: $name }) {
    id
    name
    region
    timeline {
      holding {
        post { title organization { name } }
        firstSeen
        lastSeen
      }
      meetings { name date }
    }
    evidence { quote article { title published url } }
  }
}`,
    variables: vars({ name: '张玉兰' }),
  },
  {
    query: `# Meetings of a day: who presided, spoke and attended,
# and the documents they relayed. A Relay connection:
# page on with first/after and pageInfo.endCursor.
query MeetingWithRoles($day: Date!) {
  meetingsConnection(first: 5, filter: { from: $day, to: $day }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      date
      venue
      organizer { name }
      participants {
        role
        action
        person { name posts { title organization { name } } }
      }
      cites { title }
    }
  }
}`,
    variables: vars({ day: '2022-03-04' }),
  },
  {
    query: `# How a policy document travelled down: the meetings
# citing it, by region level (national → township).
query PolicyDiffusion($title: String!) {
  policies(filter: { nameContains: $title }) {
    id
    title
    aliases
    issuer { name }
    diffusion {
      level
      firstCited
      regions
      meetings { name date region organizer { name } }
    }
  }
}`,
    variables: vars({ title: '校长负责制' }),
  },
  {
    query: `# A meeting's participants page by page: every nested
# list x has a Relay twin xConnection, and the edges of
# a list of relationships carry it as \`properties\`.
# Page on with after: pageInfo.endCursor.
query ParticipantsPage($meeting: String!, $after: String) {
  meetings(first: 1, filter: { nameContains: $meeting }) {
    name
    participantsConnection(first: 5, after: $after, filter: { role: ATTENDED }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { name } properties { role action } }
    }
  }
}`,
    variables: vars({ meeting: '第43次常委会议' }),
  },
  {
    query: `# Full-text search (Chinese-aware) over names,
# titles and article text, best first.
query Search($q: String!) {
  search(query: $q, first: 10) {
    type
    label
    score
    snippet
    node { id }
  }
}`,
    variables: vars({ q: '教育局' }),
  },
  {
    query: `# A neighbourhood, in the shape Cytoscape.js loads
# (see it drawn at /explore).
query Neighbourhood($ids: [ID!]!) {
  graph(ids: $ids, depth: 1, limit: 100) {
    truncated
    nodes { id type label properties }
    edges { id type source target }
  }
}`,
    variables: vars({ ids: ['person:清远市:张玉兰'] }),
  },
  {
    query: `# Mutations need the admin token: start the server
# with GOVGRAPH_ADMIN_TOKEN and put the token in the
# Authorization header (Headers, below). Without it
# the answer is UNAUTHENTICATED.
mutation RemoveArticle($id: ID!) {
  removeArticle(id: $id)
}`,
    variables: vars({ id: 'article:0000000000000000000000000000000000000000000000000000000000000000' }),
    headers: vars({ Authorization: 'Bearer <GOVGRAPH_ADMIN_TOKEN>' }),
  },
];

export const EXAMPLE_TABS: ExampleTab[] = TABS.map((t) => ({ headers: HEADERS_HINT, ...t }));
