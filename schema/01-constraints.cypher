// One uniqueness constraint on `id` per node label of the graph model (../shared/docs/design.md).
// Applied at every start; IF NOT EXISTS makes that idempotent.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curation_decision_id IF NOT EXISTS FOR (n:CurationDecision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_redirect_id IF NOT EXISTS FOR (n:PersonRedirect) REQUIRE n.id IS UNIQUE;
