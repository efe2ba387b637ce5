// The peer of `npm run bench:api`: @neo4j/graphql 7 on Apollo Server 5, over the same Neo4j
// as govgraph. Read-only use; the schema is built once at start.
//   NEO4J_URI=bolt://127.0.0.1:7698 PORT=4102 node bench/peer/server.mjs [--print-schema]
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { typeDefs } from './type-defs.mjs';

const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7698';
const driver = neo4j.driver(uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes('--print-schema')) {
  process.stdout.write(printSchema(schema));
  await driver.close();
  process.exit(0);
}
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4102), host: '127.0.0.1' } });
process.stdout.write(`peer ready at ${url}\n`);
const stop = async () => { await server.stop(); await driver.close(); process.exit(0); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
