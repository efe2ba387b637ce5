// Mutations need `Authorization: Bearer <GOVGRAPH_ADMIN_TOKEN>`; compared in constant time so
// the token cannot be guessed byte by byte, and never logged.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function isAdmin(header: string | string[] | undefined, token: string | undefined): boolean {
  if (!token || typeof header !== 'string') return false;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? timingSafeEqual(digest(m[1]!), digest(token)) : false;
}
