// Research exports: GraphML, GEXF 1.3, neo4j-admin CSV (zipped), JSON-LD (Popolo) and plain
// JSON, streamed page by page from Neo4j, with the same filters in every interface.
export { exportRouter, type ExportRouterOptions } from './http';
export { registerExport } from './command';
export { ExportResolver, ExportFilterInput, ExportFormatEnum } from './graphql';
export { runExport } from './run';
export { parseFilter, parseFormat, filterQuery, FilterError } from './filter';
export { FORMATS, type ExportFormat, type ExportFilter } from './types';
export { exportStats, type ExportStats } from '../graph/queries/export-stats';
