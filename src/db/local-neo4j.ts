// A real Neo4j 5.26 for development and tests, without Docker: the embedded DBMS built from
// db/neo4j-local (Maven) runs as a detached JVM with Bolt on 127.0.0.1. Used by
// `govgraph db start|stop|status` and by integration tests.
//
// Files, for the default data dir <root>/.data/neo4j:
//   <root>/.data/neo4j/            Neo4j home: data/ (stores, tx logs) and logs/ (debug.log, ...)
//   <root>/.data/neo4j-local.pid   pid of the running JVM (the only state kept between calls)
//   <root>/.data/neo4j-local.log   the JVM's stdout/stderr, appended run after run
// Another data dir D gets <dirname D>/<basename D>-local.{pid,log}, so two servers never share them.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export interface LocalNeo4jOptions {
  /** The govgraph checkout (holds db/neo4j-local/pom.xml). Default: found above this file, else cwd. */
  projectRoot?: string;
  /** Bolt port on 127.0.0.1. Default: GOVGRAPH_NEO4J_PORT, else 7687. */
  port?: number;
  /** Neo4j home (data + logs). Default: <projectRoot>/.data/neo4j. Relative paths resolve against projectRoot. */
  dataDir?: string;
  /** Password of user neo4j; set = auth on (Neo4j wants >= 8 characters). Default: NEO4J_PASSWORD, else auth off. */
  password?: string;
  /** JVM heap (-Xmx), e.g. '1g'. Default: GOVGRAPH_NEO4J_HEAP, else '1g'. */
  heap?: string;
  /** Neo4j page cache, e.g. '512m'. Default: GOVGRAPH_NEO4J_PAGECACHE, else '512m'. */
  pageCache?: string;
  /** How long start waits for Bolt, and stop for the JVM to exit before SIGKILL. Default 120000 / 60000 ms. */
  timeoutMs?: number;
  /** Progress messages (building, starting, ready). Default: silent. */
  log?: (msg: string) => void;
}

export interface ResolvedLocalNeo4j {
  projectRoot: string;
  port: number;
  uri: string;
  dataDir: string;
  password: string | undefined;
  heap: string;
  pageCache: string;
  pidFile: string;
  logFile: string;
  pomFile: string;
  jarFile: string;
  java: string;
  log: (msg: string) => void;
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
}

export interface StopResult {
  /** A server was running and has been stopped. */
  stopped: boolean;
  pid: number | null;
  /** It did not exit on SIGTERM in time and was killed. */
  killed: boolean;
}

export interface StatusResult {
  /** The JVM of the pid file is alive and its Bolt port accepts connections. */
  running: boolean;
  /** Pid of a live JVM from the pid file (it may still be starting when running is false). */
  pid: number | null;
  uri: string;
  dataDir: string;
  logFile: string;
}

export interface BuildResult {
  jar: string;
  /** Maven ran (false: the artifacts were newer than pom.xml and the Java sources). */
  built: boolean;
  ms: number;
}

const READY = 'neo4j-local: ready ';
const FAILED = 'neo4j-local: failed';
const MODULE_DIR = path.join('db', 'neo4j-local');

export function resolveLocalNeo4jOptions(opts: LocalNeo4jOptions = {}): ResolvedLocalNeo4j {
  const projectRoot = path.resolve(opts.projectRoot ?? findProjectRoot());
  const port = opts.port ?? portFromEnv();
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid Neo4j port: ${port}`);
  const dataDir = path.resolve(projectRoot, opts.dataDir ?? path.join('.data', 'neo4j'));
  const password = (opts.password ?? process.env.NEO4J_PASSWORD) || undefined;
  if (password !== undefined && password.length < 8) {
    throw new Error('the Neo4j password must have at least 8 characters (Neo4j refuses shorter ones); unset it for auth off');
  }
  const heap = opts.heap ?? (process.env.GOVGRAPH_NEO4J_HEAP || '1g');
  const pageCache = opts.pageCache ?? (process.env.GOVGRAPH_NEO4J_PAGECACHE || '512m');
  for (const [name, v] of [['heap', heap], ['pageCache', pageCache]] as const) {
    if (!/^\d+[kmgKMG]?$/.test(v)) throw new Error(`invalid ${name} size '${v}' (use e.g. 512m or 1g)`);
  }
  const stem = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-local`);
  const moduleDir = path.join(projectRoot, MODULE_DIR);
  const javaHome = process.env.JAVA_HOME;
  return {
    projectRoot,
    port,
    uri: `bolt://127.0.0.1:${port}`,
    dataDir,
    password,
    heap,
    pageCache,
    pidFile: `${stem}.pid`,
    logFile: `${stem}.log`,
    pomFile: path.join(moduleDir, 'pom.xml'),
    jarFile: path.join(moduleDir, 'target', 'neo4j-local.jar'),
    java: javaHome && existsSync(path.join(javaHome, 'bin', 'java')) ? path.join(javaHome, 'bin', 'java') : 'java',
    log: opts.log ?? (() => {}),
  };
}

/**
 * Builds db/neo4j-local with Maven unless target/neo4j-local.jar (and target/lib) are newer than
 * pom.xml and every Java source. Needs Java 17+ always, Maven only when it has to build.
 */
export async function ensureBuilt(opts: LocalNeo4jOptions = {}): Promise<BuildResult> {
  const o = resolveLocalNeo4jOptions(opts);
  checkJava(o.java);
  if (!existsSync(o.pomFile)) throw new Error(`${o.pomFile} not found: is projectRoot (${o.projectRoot}) a govgraph checkout?`);
  if (isBuildFresh(o)) return { jar: o.jarFile, built: false, ms: 0 };

  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new Error('Maven not found (needed once to build db/neo4j-local): apt-get install maven');
  }
  o.log('neo4j-local: building db/neo4j-local with Maven (the first build downloads ~170 MB into ~/.m2)...');
  const t0 = Date.now();
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', o.pomFile, 'package', '-DskipTests'];
  const { code, output } = await run('mvn', args, o.projectRoot);
  if (code !== 0 || !existsSync(o.jarFile)) {
    throw new Error(`mvn ${args.join(' ')} failed (exit ${code}):\n${tail(output, 40)}`);
  }
  const ms = Date.now() - t0;
  o.log(`neo4j-local: built in ${(ms / 1000).toFixed(1)} s`);
  return { jar: o.jarFile, built: true, ms };
}

/** Starts the server in the background (building it first if needed); returns at once if it already runs. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<StartResult> {
  const o = resolveLocalNeo4jOptions(opts);
  const timeoutMs = opts.timeoutMs ?? 120_000;

  const existing = readPid(o.pidFile);
  if (existing !== null) {
    if (isOurJvm(existing)) {
      // Running, or still starting (another start in flight): wait for its ready line and Bolt.
      const log = readFrom(o.logFile, 0);
      const logOffset = Buffer.byteLength(log.slice(0, Math.max(0, log.lastIndexOf('\n--- ') + 1)));
      const runningPort = /^--- \S+ start port=(\d+)/.exec(readFrom(o.logFile, logOffset))?.[1];
      if (runningPort !== undefined && Number(runningPort) !== o.port) {
        throw new Error(
          `Neo4j for ${o.dataDir} already runs on port ${runningPort} (pid ${existing}), not ${o.port}: stop it first`,
        );
      }
      await waitForBolt(o, existing, timeoutMs, { logOffset, exited: () => false });
      o.log(`neo4j-local: already running (pid ${existing}) at ${o.uri}`);
      return { uri: o.uri, pid: existing, alreadyRunning: true };
    }
    removeFile(o.pidFile); // stale: the JVM is gone
  }
  if (await portAnswers(o.port)) {
    throw new Error(
      `port ${o.port} is already in use by a process that govgraph did not start (no live pid in ${o.pidFile}); ` +
        'stop it or pick another port (GOVGRAPH_NEO4J_PORT)',
    );
  }

  await ensureBuilt(opts);
  mkdirSync(o.dataDir, { recursive: true });
  const logOffset = existsSync(o.logFile) ? statSync(o.logFile).size : 0;
  writeFileSync(o.logFile, `--- ${new Date().toISOString()} start port=${o.port} data=${o.dataDir} auth=${o.password ? 'on' : 'off'}\n`, { flag: 'a' });
  const out = openSync(o.logFile, 'a');
  const t0 = Date.now();
  let child;
  try {
    child = spawn(
      o.java,
      [
        `-Xmx${o.heap}`,
        '-XX:+ExitOnOutOfMemoryError',
        '-jar', o.jarFile,
        '--port', String(o.port),
        '--data', o.dataDir,
        '--pagecache', o.pageCache,
      ],
      {
        cwd: o.projectRoot,
        detached: true,
        stdio: ['ignore', out, out],
        // The password travels in the environment, not argv (ps shows argv); '' = auth off.
        env: { ...process.env, NEO4J_LOCAL_PASSWORD: o.password ?? '' },
      },
    );
  } finally {
    closeSync(out);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${o.java}`);
  let exitCode: number | null | undefined;
  child.on('exit', (code, signal) => (exitCode = code ?? (signal ? 128 : -1)));
  child.on('error', () => (exitCode = -1));
  child.unref();
  writeFileSync(o.pidFile, `${pid}\n`);
  o.log(`neo4j-local: starting (pid ${pid}), log ${o.logFile}`);

  try {
    await waitForBolt(o, pid, timeoutMs, { logOffset, exited: () => exitCode !== undefined });
  } catch (err) {
    if (isAlive(pid)) await terminate(pid, 10_000);
    removeFile(o.pidFile);
    throw err;
  }
  o.log(`neo4j-local: ready at ${o.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { uri: o.uri, pid, alreadyRunning: false };
}

/** SIGTERM (a clean Neo4j shutdown), SIGKILL if it has not exited within timeoutMs; removes the pid file. */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<StopResult> {
  const o = resolveLocalNeo4jOptions(opts);
  const pid = readPid(o.pidFile);
  if (pid === null || !isOurJvm(pid)) {
    removeFile(o.pidFile);
    o.log('neo4j-local: not running');
    return { stopped: false, pid: null, killed: false };
  }
  o.log(`neo4j-local: stopping pid ${pid}`);
  const killed = await terminate(pid, opts.timeoutMs ?? 60_000);
  removeFile(o.pidFile);
  o.log(killed ? `neo4j-local: pid ${pid} did not stop in time and was killed` : 'neo4j-local: stopped');
  return { stopped: true, pid, killed };
}

export async function statusLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<StatusResult> {
  const o = resolveLocalNeo4jOptions(opts);
  const read = readPid(o.pidFile);
  const pid = read !== null && isOurJvm(read) ? read : null;
  const running = pid !== null && (await portAnswers(o.port));
  return { running, pid, uri: o.uri, dataDir: o.dataDir, logFile: o.logFile };
}

// ---------------------------------------------------------------------------------------------

function findProjectRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(path.join(dir, MODULE_DIR, 'pom.xml'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

function portFromEnv(): number {
  const raw = process.env.GOVGRAPH_NEO4J_PORT;
  if (raw === undefined || raw === '') return 7687;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`GOVGRAPH_NEO4J_PORT must be a port number, got '${raw}'`);
  return n;
}

function checkJava(java: string): void {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`Java 17 not found (${java}): install openjdk-17-jdk-headless (apt-get install openjdk-17-jdk-headless)`);
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new Error(`Java 17 or newer is needed for Neo4j 5.26, found ${m ? m[0] : 'an unknown version'}: install openjdk-17-jdk-headless`);
  }
}

function isBuildFresh(o: ResolvedLocalNeo4j): boolean {
  const libDir = path.join(path.dirname(o.jarFile), 'lib');
  if (!existsSync(o.jarFile) || !existsSync(libDir) || readdirSync(libDir).length === 0) return false;
  const built = statSync(o.jarFile).mtimeMs;
  const inputs = [o.pomFile, ...listFiles(path.join(path.dirname(o.pomFile), 'src'))];
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.isFile() ? [p] : [];
  });
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (b: Buffer): void => {
      output = (output + b.toString('utf8')).slice(-200_000);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('error', (e) => resolve({ code: -1, output: `${output}${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/**
 * Waits for the launcher's ready line in the log (from logOffset: this run's part), then for Bolt
 * to answer a driver handshake (with the password when auth is on). Fails fast on the launcher's
 * failed line, on the JVM's exit and on an authentication error after the ready line.
 */
async function waitForBolt(
  o: ResolvedLocalNeo4j,
  pid: number,
  timeoutMs: number,
  watch: { logOffset: number; exited: () => boolean },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const fail = (why: string): Error =>
    new Error(`Neo4j (pid ${pid}) ${why}; last lines of ${o.logFile}:\n${tail(readFrom(o.logFile, watch.logOffset), 30)}`);
  let lastError = '';
  for (;;) {
    if (watch.exited() || !isAlive(pid)) throw fail('exited before it was ready');
    const text = readFrom(o.logFile, watch.logOffset);
    if (text.includes(FAILED)) throw fail('failed to start');
    if (text.includes(READY)) {
      const err = await verifyBolt(o);
      if (err === undefined) return;
      lastError = err;
      // The ready line came, so Bolt is up: an auth failure here will not go away by waiting.
      if (/Unauthorized|authentication/i.test(err)) throw fail(`answers, but not to the configured password: ${err}`);
    }
    if (Date.now() > deadline) throw fail(`was not ready within ${Math.round(timeoutMs / 1000)} s${lastError ? ` (${lastError})` : ''}`);
    await sleep(250);
  }
}

async function verifyBolt(o: ResolvedLocalNeo4j): Promise<string | undefined> {
  const auth = o.password ? neo4j.auth.basic('neo4j', o.password) : undefined;
  const driver = neo4j.driver(o.uri, auth, { connectionTimeout: 2_000, maxConnectionPoolSize: 1, userAgent: 'govgraph-db' });
  try {
    await driver.verifyConnectivity();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await driver.close();
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** SIGTERM, wait up to timeoutMs, then SIGKILL. Returns whether it had to kill. */
async function terminate(pid: number, timeoutMs: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      const hard = Date.now() + 10_000;
      while (isAlive(pid) && Date.now() < hard) await sleep(100);
      return true;
    }
    await sleep(100);
  }
  return false;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function readPid(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie (a child of this process that exited but is not reaped yet). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** Alive and, where /proc tells, really our launcher (a recycled pid must not be signalled). */
function isOurJvm(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('neo4j-local.jar');
  } catch {
    return true;
  }
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
