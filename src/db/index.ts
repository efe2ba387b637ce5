// The local Neo4j (db/neo4j-local) as seen from Node: build, start, stop, status.
export {
  ensureBuilt,
  resolveLocalNeo4jOptions,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
  type BuildResult,
  type LocalNeo4jOptions,
  type ResolvedLocalNeo4j,
  type StartResult,
  type StatusResult,
  type StopResult,
} from './local-neo4j';
