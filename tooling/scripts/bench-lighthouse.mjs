#!/usr/bin/env node
// `npm run bench:lighthouse` — the public portal's speed on a phone, as Lighthouse measures it.
//
// Builds the API and the portal (the npm script does), starts the built platform like `npm start` on a
// free port with a fresh embedded PGlite in a temporary directory (migrations + demo data), and runs
// Lighthouse's default mobile audit (Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) in
// Debian's Chromium on three pages: the Lahti federation's home page, a results page ("turvakoti" in
// Lahti) and a service page (the first of those results, in Lahti). Each page is loaded once to warm the
// server (its search cache, like a search someone typed before) and then measured `--runs` times; the
// figures are the medians. Prints a table and writes report.json, report.md and the median run's full
// Lighthouse result of each page to `--out` (default .data/lighthouse/<label>).
//
//   npm run bench:lighthouse -- [--runs 3] [--label before] [--out DIR] [--base-url http://127.0.0.1:4000]
//
// `--base-url` measures a platform that is already running (with the demo data) instead of starting one;
// `--api PATH` starts another build's main.js (e.g. a copy of an earlier build, to compare under the same
// machine load; it serves the apps' dist/ four levels above its own dist/static-apps).
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    label: { type: 'string', default: 'latest' },
    out: { type: 'string' },
    'base-url': { type: 'string' },
    api: { type: 'string' },
  },
});
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const API_MAIN = path.resolve(args.api ?? path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js'));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The demo federation (Lahden ensi- ja turvakoti's services) and Lahti's municipality code. */
const NETWORK = 'ensi-ja-turvakotien-liitto';
const MUNICIPALITY = '398';
const QUERY = 'turvakoti';

const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 3);
const OUT_DIR = path.resolve(args.out ?? path.join(REPO_ROOT, '.data', 'lighthouse', args.label));

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** Starts `node apps/api/dist/main.js` on a free port with its own PGlite directory. */
async function startPlatform() {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'linja-lighthouse-'));
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      PGLITE_DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the API did not become healthy:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first service found for the results page's search: the service page to measure. */
async function firstServiceId(baseUrl) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query:
        'query($input: SearchServicesInput!) { searchServices(input: $input, first: 1) { edges { node { id } } } }',
      variables: { input: { networkSlug: NETWORK, text: QUERY, municipalityCode: MUNICIPALITY } },
    }),
  });
  const body = await response.json();
  const id = body?.data?.searchServices?.edges?.[0]?.node?.id;
  if (!id) throw new Error(`no service found for "${QUERY}": ${JSON.stringify(body)}`);
  return id;
}

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const requests = audit('network-requests')?.details?.items ?? [];
  const sum = (items, key) => items.reduce((total, item) => total + (item[key] ?? 0), 0);
  const scripts = requests.filter((item) => item.resourceType === 'Script');
  const graphql = requests.filter((item) => new URL(item.url).pathname === '/graphql');
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: Math.round(audit('first-contentful-paint').numericValue),
    lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
    tbtMs: Math.round(audit('total-blocking-time').numericValue),
    cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
    speedIndexMs: Math.round(audit('speed-index').numericValue),
    // Lighthouse's measure of this machine's CPU speed at the time (higher is faster); a busy machine's
    // low index inflates the simulated TBT and LCP.
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    jsTransferKb: Number((sum(scripts, 'transferSize') / 1024).toFixed(1)),
    jsFiles: scripts.length,
    unusedJsKb: Number(
      ((audit('unused-javascript')?.details?.overallSavingsBytes ?? 0) / 1024).toFixed(1),
    ),
    graphqlRequests: graphql.length,
    graphqlTransferKb: Number((sum(graphql, 'transferSize') / 1024).toFixed(1)),
    graphqlResourceKb: Number((sum(graphql, 'resourceSize') / 1024).toFixed(1)),
    totalTransferKb: Number((sum(requests, 'transferSize') / 1024).toFixed(1)),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each figure's median over the runs; the run nearest the median LCP is kept in full. */
function summarize(runs) {
  const keys = Object.keys(runs[0].figures);
  const summary = Object.fromEntries(
    keys.map((key) => [key, median(runs.map((run) => run.figures[key]))]),
  );
  const medianRun = runs.reduce((best, run) =>
    Math.abs(run.figures.lcpMs - summary.lcpMs) < Math.abs(best.figures.lcpMs - summary.lcpMs)
      ? run
      : best,
  );
  return { summary, medianRun };
}

/** One audit; on a busy machine Lighthouse now and then loses the trace (NO_NAVSTART): tried again. */
async function audit(url, port, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, port);
    } catch (error) {
      if (attempt >= attempts) throw error;
      process.stderr.write(`${error instanceof Error ? error.message : error}; trying again\n`);
    }
  }
}

async function auditOnce(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) {
    throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  }
  return result.lhr;
}

function markdown(report) {
  const lines = [
    `# Lighthouse mobile, ${report.label} (${report.date})`,
    '',
    `Lighthouse ${report.lighthouseVersion}, ${report.userAgent}; default mobile settings ` +
      `(simulated throttling); median of ${report.runs} runs after one warm-up load per page; ` +
      `load average at the end ${report.loadAverage.join(' ')}.`,
    '',
    '| page | performance | LCP ms | TBT ms | CLS | FCP ms | JS kB (files) | unused JS kB | GraphQL kB sent (of) | accessibility | CPU index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const page of report.pages) {
    const f = page.summary;
    lines.push(
      `| ${page.name} | ${f.performance} | ${f.lcpMs} | ${f.tbtMs} | ${f.cls} | ${f.fcpMs} | ` +
        `${f.jsTransferKb} (${f.jsFiles}) | ${f.unusedJsKb} | ${f.graphqlTransferKb} (${f.graphqlResourceKb}) | ${f.accessibility} | ${f.benchmarkIndex} |`,
    );
  }
  lines.push('', 'Pages:', ...report.pages.map((page) => `- ${page.name}: ${page.path}`), '');
  return lines.join('\n');
}

async function main() {
  const platform = args['base-url'] ? null : await startPlatform();
  const baseUrl = args['base-url'] ?? platform.baseUrl;
  let chrome;
  try {
    const serviceId = await firstServiceId(baseUrl);
    const pages = [
      { name: 'home', path: `/${NETWORK}` },
      {
        name: 'results',
        path: `/${NETWORK}/search?q=${QUERY}&municipality=${MUNICIPALITY}`,
      },
      { name: 'service', path: `/${NETWORK}/services/${serviceId}?municipality=${MUNICIPALITY}` },
    ];
    chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
    await mkdir(OUT_DIR, { recursive: true });
    const measured = [];
    let lighthouseVersion = '';
    let userAgent = '';
    for (const page of pages) {
      const url = `${baseUrl}${page.path}`;
      await audit(url, chrome.port); // warm-up: the server's caches, the first search
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const lhr = await audit(url, chrome.port);
        lighthouseVersion = lhr.lighthouseVersion;
        userAgent = lhr.environment?.hostUserAgent ?? '';
        runs.push({ lhr, figures: figures(lhr) });
        process.stdout.write(
          `${page.name} run ${run + 1}: ${JSON.stringify(runs.at(-1).figures)}\n`,
        );
      }
      const { summary, medianRun } = summarize(runs);
      await writeFile(path.join(OUT_DIR, `${page.name}.lhr.json`), JSON.stringify(medianRun.lhr));
      measured.push({ ...page, summary, runs: runs.map((run) => run.figures) });
    }
    const report = {
      label: args.label,
      date: new Date().toISOString(),
      lighthouseVersion,
      userAgent: userAgent.replace(/^.*(Chrome\/[\d.]+).*$/, '$1'),
      runs: RUNS,
      loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
      pages: measured,
    };
    await writeFile(path.join(OUT_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    const table = markdown(report);
    await writeFile(path.join(OUT_DIR, 'report.md'), table);
    process.stdout.write(`\n${table}\nWritten to ${OUT_DIR}\n`);
  } finally {
    await chrome?.kill();
    await platform?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
