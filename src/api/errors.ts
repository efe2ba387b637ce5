// Errors a client can act on keep their code; anything else is masked and logged with the
// request's id, so internals (Cypher, stack traces) never reach the client.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isTooComplexMessage, TOO_COMPLEX } from './limits';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

const NEO4J_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Every pooled connection busy past the acquisition timeout, or a read past the query timeout. */
const isOverloaded = (e: { code?: string; message?: string }) =>
  /^Connection acquisition timed out/.test(String(e.message)) || /^Neo\.(ClientError|TransientError)\.Transaction\.TransactionTimedOut/.test(String(e.code));

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; name?: string; message?: string; extensions?: { code?: string } } | undefined;
    const code = String(formatted.extensions?.code ?? '');
    // class-validator failures arrive as ArgumentValidationError.
    if (original?.name === 'ArgumentValidationError') {
      return { ...formatted, message: 'Argument Validation Error: ' + (formatted.message ?? ''), extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' && isTooComplexMessage(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: TOO_COMPLEX } };
    }
    if (original && (NEO4J_UNAVAILABLE.has(String(original.code)) || isOverloaded(original))) {
      return { message: 'The graph database is not reachable; try again shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (PUBLIC_CODES.has(code)) return formatted;
    logger.error({ err: original, path: formatted.path }, 'internal error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
