// Full-text search over Chinese text: Lucene's CJK analyzer indexes character bigrams.
CREATE FULLTEXT INDEX person_fulltext IF NOT EXISTS FOR (n:Person) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX organization_fulltext IF NOT EXISTS FOR (n:Organization) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX meeting_fulltext IF NOT EXISTS FOR (n:Meeting) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX policy_fulltext IF NOT EXISTS FOR (n:PolicyDocument) ON EACH [n.title, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX article_fulltext IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
