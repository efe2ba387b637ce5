import type { Harness, ScenarioResult } from '../lib/harness';
export async function badArticles(_h: Harness): Promise<ScenarioResult> { return { name: 'bad-articles', ok: false, line: 'bad-articles: not written yet', details: [], figures: {} }; }
