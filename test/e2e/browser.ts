// Debian's Chromium driven by playwright-core, watched for what the issue forbids: console
// errors, uncaught exceptions and requests to any host but the API's.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fromRoot } from '../../src/config/paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every URL the page requested that is not on the API's origin. */
  foreign: string[];
  close(): Promise<void>;
}

export async function openBrowser(origin: string): Promise<Browser> {
  // A fresh profile each run: no cache, no stored GraphiQL tabs.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'govgraph-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`cannot start ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH): ${(err as Error).message}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const foreign: string[] = [];
  const own = new URL(origin).origin;
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  context.on('request', (r) => {
    const url = r.url();
    // data: and blob: URLs never leave the page.
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== own) foreign.push(url);
  });
  return {
    page, errors, foreign,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Saves a screenshot under test/artifacts/ (git-ignored), and copies it to `also` if given. */
export async function screenshot(page: Page, name: string, also?: string): Promise<string> {
  const file = fromRoot('test', 'artifacts', name);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  if (also) { mkdirSync(path.dirname(fromRoot(also)), { recursive: true }); copyFileSync(file, fromRoot(also)); }
  return file;
}
