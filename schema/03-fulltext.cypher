// Full-text search over Chinese text: Lucene's CJK analyzer indexes character bigrams.
// Eventually consistent: Lucene is updated after the commit, in the background, not inside it
// (a third of a loader transaction's commit time otherwise). Whoever writes and must then
// search (ingest, the ingest mutation, removal) waits for the refresh (src/graph/searchable.ts).
CREATE FULLTEXT INDEX person_fulltext IF NOT EXISTS FOR (n:Person) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX organization_fulltext IF NOT EXISTS FOR (n:Organization) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX meeting_fulltext IF NOT EXISTS FOR (n:Meeting) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX policy_fulltext IF NOT EXISTS FOR (n:PolicyDocument) ON EACH [n.title, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX article_fulltext IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
