// Where articles state a holding or a participation: read by the relationship's element id,
// batched per level, only when an evidence field asks (the lists leave it out).
import type { Context } from '../context';
import { parseEvidence, type Evidence } from '../types/evidence.type';
import { then, type MaybePromise } from './related';

export function factEvidence(ctx: Context, fact: { relId?: string | null }): MaybePromise<Evidence[]> {
  return fact.relId ? then(ctx.loaders.relationshipEvidence().load(fact.relId), parseEvidence) : [];
}
