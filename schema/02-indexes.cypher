// Range indexes behind the API's filters and orderings (names, dates, regions).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_region IF NOT EXISTS FOR (n:Person) ON (n.region);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_region IF NOT EXISTS FOR (n:Organization) ON (n.region);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_region IF NOT EXISTS FOR (n:Meeting) ON (n.region);
// Meetings of a region in a date range, sought together: a busy district has ten years of meetings.
CREATE INDEX meeting_region_date IF NOT EXISTS FOR (n:Meeting) ON (n.region, n.date);
CREATE INDEX policy_title IF NOT EXISTS FOR (n:PolicyDocument) ON (n.title);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
// A region's sub-regions, level by level (src/graph/queries/list-nodes.ts).
CREATE INDEX region_parent IF NOT EXISTS FOR (n:Region) ON (n.parent);
CREATE INDEX person_redirect_to IF NOT EXISTS FOR (n:PersonRedirect) ON (n.to);
CREATE INDEX curation_decision_kind IF NOT EXISTS FOR (n:CurationDecision) ON (n.kind);
