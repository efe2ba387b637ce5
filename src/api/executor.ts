// Executes operations with graphql-jit: a document (Apollo keeps one parsed and validated
// document per query text) is compiled to a function on its second use, which then runs each
// request without graphql-js's per-field bookkeeping (an info and a path object per field).
// Plugged in through Apollo's `gateway` interface, which is how Apollo Server 4/5 takes a custom
// executor; parsing, validation, the plugins and error formatting stay Apollo's.
//
// graphql-js still runs what the compiled function cannot report as graphql-js would: a
// document compiled only on its second use (a query sent once costs no compilation), a document
// graphql-jit refuses to compile, and variables that do not coerce (graphql-jit's errors carry
// no AST nodes, which Apollo needs to answer BAD_USER_INPUT).
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** A document's operations as compiled (null: graphql-jit refused it), or how often it ran before. */
type Compiled = Map<string | null, CompiledQuery | null>;
const USES_BEFORE_COMPILING = 1;

export function jitExecutor(schema: GraphQLSchema): Executor {
  const byDocument = new WeakMap<DocumentNode, Compiled | number>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let known = byDocument.get(document);
    if (typeof known !== 'object') {
      const uses = (known ?? 0) + 1;
      if (uses <= USES_BEFORE_COMPILING) { byDocument.set(document, uses); return null; }
      byDocument.set(document, (known = new Map()));
    }
    let compiled = known.get(operationName);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      known.set(operationName, (compiled = isCompiledQuery(result) ? result : null));
    }
    return compiled;
  };

  return async ({ document, request, context }) => {
    const variables = request.variables ?? {};
    const compiled = compiledFor(document, request.operationName ?? null);
    if (compiled) {
      const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
      if (!result.errors?.length) return result;
      if (result.data !== undefined) return { ...result, errors: result.errors.map(asGraphqlJsError) };
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName: request.operationName });
  };
}

/**
 * A field's error as graphql-js reports it: graphql-jit's own error class leaves `extensions`
 * undefined when the thrown error has none (a Neo4j error), where Apollo's formatting expects an
 * object, and it would answer INTERNAL_SERVER_ERROR without a path.
 */
function asGraphqlJsError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions });
  return Object.assign(error, { locations: e.locations });
}

/** Apollo's gateway interface serving one fixed schema with `executor`. */
export function fixedSchemaGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() { return { executor }; },
    async stop() {},
  };
}
