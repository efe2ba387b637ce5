// Configuration from the environment, validated once (zod) so a typo fails at start, not mid-request.
import { z } from 'zod';

const schema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GOVGRAPH_ADMIN_TOKEN: z.string().min(16, 'GOVGRAPH_ADMIN_TOKEN must be at least 16 characters').optional(),
  GOVGRAPH_CORS_ORIGINS: z.string().optional(),
  GOVGRAPH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  GOVGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  GOVGRAPH_STARTUP_WAIT_MS: z.coerce.number().int().min(0).default(120000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
