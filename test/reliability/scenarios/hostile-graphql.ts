import type { Harness, ScenarioResult } from '../lib/harness';
export async function hostileGraphql(_h: Harness): Promise<ScenarioResult> { return { name: 'hostile-graphql', ok: false, line: 'hostile-graphql: not written yet', details: [], figures: {} }; }
