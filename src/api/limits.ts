// What one request may ask for: depth, aliases and an estimated cost that counts `first`, so a
// public endpoint cannot be made to walk the whole graph in one query.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { BREAK, GraphQLError, getNamedType, getNullableType, isListType, isObjectType, visit, type ASTNode, type DocumentNode, type GraphQLNamedType, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { DEFAULT_PAGE } from './types/list.args';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export const LIMITS = {
  depth: 10,
  aliases: 30,
  cost: 20_000,
  /** How many items a list without `first` is assumed to hold, per parent. */
  listFanOut: 5,
} as const;

export const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
const TOO_COMPLEX_PREFIX = 'Query too complex:';

export const isTooComplexMessage = (m: string) => m.includes(TOO_COMPLEX_PREFIX);

// The rules report through the validation context (a 400 with a code), never throw (a 500).
const reject = (message: string) => ({
  exposeLimits: false,
  errorMessage: message,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null) => ctx?.reportError(new GraphQLError(`${TOO_COMPLEX_PREFIX} ${message}`, { extensions: { code: TOO_COMPLEX } }))],
});

export function validationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.depth, flattenFragments: true, ...reject(`depth above ${LIMITS.depth}`) }) as unknown as ValidationRule,
    maxAliasesRule({ n: LIMITS.aliases, ...reject(`more than ${LIMITS.aliases} aliases`) }) as unknown as ValidationRule,
  ];
}

const isConnection = (t: GraphQLNamedType) => isObjectType(t) && t.name.endsWith('Connection');

// A page of `first` (or `last`) items costs that many times what one item costs, a connection
// asked without either its default page; a connection's edges and nodes are that page, already
// counted. Other lists cost an assumed fan-out.
const pagedEstimator: ComplexityEstimator = ({ type, args, childComplexity, field }) => {
  const own = 1 + childComplexity;
  if (isConnection(type)) return own;
  const page = args.first ?? args.last;
  if (typeof page === 'number') return Math.max(1, page) * own;
  if (isConnection(getNamedType(field.type))) return DEFAULT_PAGE * own;
  if (typeof args.limit === 'number') return Math.ceil(args.limit / 10) * own;
  return isListType(getNullableType(field.type)) ? LIMITS.listFanOut * own : own;
};

/** The estimated cost of an operation, as the limit counts it. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, operationName?: string | null, variables: Record<string, unknown> = {}): number {
  return getComplexity({ schema, query, operationName: operationName ?? undefined, variables, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

/** The arguments the estimators read: a variable elsewhere (a filter, an id) cannot change a cost. */
const SIZING_ARGUMENTS = new Set(['first', 'last', 'limit']);

const holdsVariable = (node: ASTNode) => {
  let found = false;
  visit(node, { Variable: () => { found = true; return BREAK; } });
  return found;
};

/** Whether a variable sizes the operation: given as `first`, `last` or `limit`, or to a directive (@include, @skip). */
function sizedByVariables(document: DocumentNode): boolean {
  let sized = false;
  visit(document, {
    Field(node) {
      if (node.arguments?.some((a) => SIZING_ARGUMENTS.has(a.name.value) && holdsVariable(a.value))) { sized = true; return BREAK; }
      return undefined;
    },
    Directive(node) {
      if (node.arguments?.some((a) => holdsVariable(a.value))) { sized = true; return BREAK; }
      return undefined;
    },
  });
  return sized;
}

/**
 * Costs already estimated, by document (Apollo keeps one parsed document per query text), then
 * operation, then variables where they size it: a client repeating a query is not estimated
 * again, and a query whose variables only name things (an id, a region) is estimated once. A
 * document keeps at most COSTS_PER_DOCUMENT, so varied variables cannot grow it without bound.
 */
const COSTS_PER_DOCUMENT = 100;
const knownCosts = new WeakMap<DocumentNode, { sized: boolean; costs: Map<string, number> }>();

function cachedCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  let known = knownCosts.get(document);
  if (!known) knownCosts.set(document, (known = { sized: sizedByVariables(document), costs: new Map() }));
  const key = known.sized ? JSON.stringify([operationName ?? null, variables]) : operationName ?? '';
  let cost = known.costs.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, operationName, variables);
    // A price above the limit is not kept unless variables size it: estimated again, a request
    // whose variables do not coerce is then told so (BAD_USER_INPUT), as when it came first.
    if (!known.sized && cost > LIMITS.cost) return cost;
    if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
    known.costs.set(key, cost);
  }
  return cost;
}

export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  // It keeps nothing of a request: one listener serves them all.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, document }) {
      // Thrown here, an error is a 500 unless it says otherwise: these are the client's.
      const http = { status: 400 };
      let cost: number;
      try {
        cost = cachedCost(schema, document, request.operationName, request.variables ?? {});
      } catch (err) {
        // Variables that do not coerce: execution reports them (BAD_USER_INPUT). Anything else
        // the estimator cannot size (a fan-out of fragment spreads) is refused.
        if (/^Variable "\$/.test((err as Error).message)) return;
        throw new GraphQLError(`${TOO_COMPLEX_PREFIX} ${(err as Error).message}`, { extensions: { code: TOO_COMPLEX, http } });
      }
      if (cost > LIMITS.cost) {
        throw new GraphQLError(`${TOO_COMPLEX_PREFIX} estimated cost ${cost} is above ${LIMITS.cost}; ask for smaller pages (first)`, { extensions: { code: TOO_COMPLEX, cost, limit: LIMITS.cost, http } });
      }
    },
  };
  return { requestDidStart: async () => listener };
}
