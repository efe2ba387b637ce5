import { registerEnumType } from 'type-graphql';
import type { Label } from '../../graph/model';

export enum NodeType {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  POST = 'Post',
  MEETING = 'Meeting',
  POLICY_DOCUMENT = 'PolicyDocument',
  ARTICLE = 'Article',
  REGION = 'Region',
}
registerEnumType(NodeType, { name: 'NodeType', description: 'The kinds of node in the graph.' });

export const labelsOf = (types: NodeType[] | null | undefined): Label[] | null => (types?.length ? (types as string[] as Label[]) : null);
