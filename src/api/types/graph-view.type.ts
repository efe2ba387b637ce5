import { Field, ID, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

@ObjectType({ simpleResolvers: true, description: 'A node of a graph view: Cytoscape.js `data` / a graphology node.' })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field({ description: 'The label: Person, Organization, Post, Meeting, PolicyDocument, Article or Region.' }) type!: string;
  @Field({ description: 'What to draw on it (a name or a title).' }) label!: string;
  @Field(() => JSONObjectResolver) properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship of a graph view, from source to target.' })
export class GraphEdge {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => JSONObjectResolver, { description: 'Includes articleIds and evidence ("articleId|start|end") on fact edges.' }) properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'A subgraph in the shape visualization libraries load directly.' })
export class GraphView {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
  @Field({ description: 'True when the limit cut the subgraph short.' }) truncated!: boolean;
}
