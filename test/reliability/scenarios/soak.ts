import type { Harness, ScenarioResult } from '../lib/harness';
export async function soak(_h: Harness): Promise<ScenarioResult> { return { name: 'soak', ok: false, line: 'soak: not written yet', details: [], figures: {} }; }
