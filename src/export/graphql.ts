// The GraphQL face of the exports: `exportUrl(format, filter)` returns the relative URL of the
// download (GET /export/...), so a client builds the filter with the schema's types and lets
// the browser (or curl) stream the file; the export itself never goes through GraphQL.
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import { Arg, Field, ID, InputType, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import { NodeType } from '../api/types/node-type';
import { FilterError, filterQuery, parseFilter } from './filter';
import type { ExportFormat } from './types';

export enum ExportFormatEnum {
  GRAPHML = 'graphml',
  GEXF = 'gexf',
  CSV = 'csv',
  JSONLD = 'jsonld',
  JSON = 'json',
}
registerEnumType(ExportFormatEnum, {
  name: 'ExportFormat',
  description: 'GraphML (yEd, Gephi, networkx), GEXF 1.3 (Gephi), CSV for neo4j-admin import (zipped), JSON-LD with Popolo terms, or plain JSON nodes and edges.',
});

@InputType('ExportFilter', { description: 'What to export; filters left out keep everything, and filters combine (AND).' })
export class ExportFilterInput {
  @Field(() => String, { nullable: true, description: 'A region by name (清远市) or id, with its sub-regions.' }) region?: string | null;
  @Field(() => DateResolver, { nullable: true, description: 'Meetings and articles dated on or after this day; other nodes and facts supported by such an article.' }) from?: Date | null;
  @Field(() => DateResolver, { nullable: true, description: 'On or before this day (as `from`).' }) to?: Date | null;
  @Field(() => [NodeType], { nullable: true, description: 'Only nodes of these types (and the relationships between them).' }) types?: NodeType[] | null;
  @Field(() => [ID], { nullable: true, description: 'Seeds: only the subgraph within `depth` relationships of these nodes.' }) ids?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Relationships from the seeds (0 to 5, default 1).' }) depth?: number | null;
}

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);

@Resolver()
export class ExportResolver {
  @Query(() => String, { description: 'The relative URL that downloads an export of the graph (GET it; it streams).' })
  exportUrl(
    @Arg('format', () => ExportFormatEnum) format: ExportFormatEnum,
    @Arg('filter', () => ExportFilterInput, { nullable: true }) filter?: ExportFilterInput | null,
  ): string {
    try {
      const parsed = parseFilter({
        region: filter?.region ?? undefined, from: day(filter?.from), to: day(filter?.to),
        types: filter?.types ?? undefined, ids: filter?.ids ?? undefined, depth: filter?.depth ?? undefined,
      });
      const query = filterQuery(parsed);
      return `/export/${format as ExportFormat}${query ? `?${query}` : ''}`;
    } catch (err) {
      if (err instanceof FilterError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT' } });
      throw err;
    }
  }
}
