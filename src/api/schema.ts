// The GraphQL schema, built once from the type-graphql classes; its printed form is checked in
// at schema/schema.graphql (sorted, so the staleness test is a string compare).
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ArticleResolver } from './resolvers/article.resolver';
import { EvidenceResolver } from './resolvers/evidence.resolver';
import { MeetingResolver, ParticipationResolver } from './resolvers/meeting.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { PolicyResolver } from './resolvers/policy.resolver';
import { PostHoldingResolver, PostResolver } from './resolvers/post.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import { ExploreResolver } from './resolvers/explore.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { DiffusionLevelResolver, TimelineEntryResolver } from './resolvers/derived-views.resolver';
import { RELATION_LIST_RESOLVERS } from './resolvers/relation-lists.resolver';
import { ExportResolver } from '../export/graphql';
import { callFieldResolversDirectly } from './direct-field-resolvers';

let schema: GraphQLSchema | undefined;

export const RESOLVERS = [
  QueryResolver, ExploreResolver, MutationResolver, ExportResolver, PersonResolver, PostResolver, PostHoldingResolver, OrganizationResolver,
  MeetingResolver, ParticipationResolver, PolicyResolver, ArticleResolver, EvidenceResolver, TimelineEntryResolver, DiffusionLevelResolver,
  ...RELATION_LIST_RESOLVERS,
] as const;

export function buildGovgraphSchema(): GraphQLSchema {
  if (schema) return schema;
  schema = buildSchemaSync({ resolvers: RESOLVERS, validate: true });
  callFieldResolversDirectly(schema);
  return schema;
}

export const SCHEMA_BANNER = '# Generated from the type-graphql classes in src/api by `npm run schema:emit`. Do not edit.\n\n';

export function printGovgraphSchema(): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(buildGovgraphSchema())) + '\n';
}
