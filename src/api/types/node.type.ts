import { Field, ID, InterfaceType } from 'type-graphql';

/** Every node of the graph, by its global id (the id says its type: person:…, meeting:…). */
@InterfaceType({ description: 'A node of the graph with a stable global id.', resolveType: (v: { __typename?: string }) => v.__typename })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
