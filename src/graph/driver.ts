// The one place that talks to Neo4j: reads as auto-commit statements in READ sessions (routed to
// followers in a cluster, retried on transient errors), writes through executeWrite (retried on
// transient errors), every statement parameterised and logged under the `govgraph:cypher` debug
// namespace.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import createDebug from 'debug';

const debug = createDebug('govgraph:cypher');

export interface GraphOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Server-side transaction timeout for reads, in ms. */
  queryTimeoutMs?: number;
}

export type Params = Record<string, unknown>;

/** Short enough that an API request fails fast (SERVICE_UNAVAILABLE) while Neo4j is away. */
const RETRY_MS = 5_000;
const backoff = (attempt: number) => Math.min(1_000, 100 * 2 ** attempt);

export class Graph {
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly timeoutMs: number;
  /** Statements sent since start: lets tests prove a request costs a bounded number of round trips. */
  statements = 0;
  /** Sees every statement before it is sent (the PROFILE test and bench capture what a request runs). */
  onStatement: ((cypher: string, params: Params) => void) | null = null;

  constructor(opts: GraphOptions) {
    const auth = opts.password ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password) : undefined;
    this.driver = neo4j.driver(opts.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: RETRY_MS,
      userAgent: 'govgraph',
    });
    this.database = opts.database;
    this.timeoutMs = opts.queryTimeoutMs ?? 15_000;
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out together and nothing
   * else follows, where executeRead costs a second round trip (COMMIT) for a read that changed
   * nothing. A read has no effect, so it is simply re-run on a transient error, for as long as
   * executeRead would retry.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    const deadline = Date.now() + RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.count(cypher, params);
        const result = await withoutStackCapture(() => session.run<T>(cypher, cypherIntegers(params), { timeout: this.timeoutMs }));
        return result.records.map((r) => r.toObject());
      } catch (err) {
        if (!isRetryableError(err) || Date.now() + backoff(attempt) > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs `work` in one write transaction, retried as a whole on transient errors. */
  async write<T>(work: (tx: ManagedTransaction, run: Runner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(tx, (cypher, params) => this.run(tx, cypher, params ?? {})));
    } finally {
      await session.close();
    }
  }

  /**
   * Streams a read's records (pulled from the server in batches of the driver's fetch size), so
   * a whole-graph scan (stats, exports) never holds the graph in memory.
   */
  async stream<T extends RecordShape = RecordShape>(cypher: string, params: Params, onRecord: (r: T) => void): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
    try {
      await session.executeRead(async (tx) => {
        this.count(cypher, params);
        for await (const record of tx.run<T>(cypher, cypherIntegers(params))) onRecord(record.toObject());
      });
    } finally {
      await session.close();
    }
  }

  /** Auto-commit statements: schema changes and CALL … IN TRANSACTIONS, which Neo4j runs only that way. */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      this.count(cypher, params);
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private count(cypher: string, params: Params): void {
    this.statements++;
    this.onStatement?.(cypher, params);
    if (debug.enabled) debug('%s %o', cypher.replace(/\s+/g, ' ').trim(), params);
  }

  private run<T extends RecordShape>(tx: ManagedTransaction, cypher: string, params: Params): Promise<QueryResult<T>> {
    this.count(cypher, params);
    return tx.run<T>(cypher, cypherIntegers(params));
  }
}

/**
 * Runs `start` (which only sends a statement) without the stack trace the driver captures for
 * every statement to decorate a server error with: formatting it was ~4 % of the CPU of a small
 * API request. A failing read's error still says what failed; its stack ends in the driver.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** JS numbers reach Cypher as floats; whole top-level numbers (LIMIT, SKIP, slices) must be integers. */
export function cypherIntegers(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v;
  return out;
}

export type Runner = <T extends RecordShape = RecordShape>(cypher: string, params?: Params) => Promise<QueryResult<T>>;
