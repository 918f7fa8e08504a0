// The results: a markdown summary on stdout and apps/api/test-results/search-bench.json, where each
// run replaces its own catalogue × concurrency entry and keeps the others.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { type Latency, type Summary } from './load';
import { API_DIR, AREAS_PER_SERVICE, log, OPTIONS, SERVICES } from './options';

export interface RunResult {
  date: string;
  commit: string;
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  options: Record<string, unknown>;
  phases: Record<string, Summary>;
  /** Distinct searches (a search = its pages 1–3). */
  distinctSearches?: number;
  plain?: {
    texts: number;
    plainEmpty: number;
    linjaEmpty: number;
    linjaFinnishTextP95: number;
    ratioP95: number;
    ratioDistinctP95: number;
  };
}

export function machineLoad(): number[] {
  return loadavg().map((v) => Math.round(v * 10) / 10);
}

export function commit(): string {
  // A copy of another commit's API (not a git checkout) names its commit here.
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: API_DIR }).toString().trim();
    const dirty = execSync('git status --porcelain -- src bench', { cwd: API_DIR })
      .toString()
      .trim();
    return dirty ? `${sha} + uncommitted changes in apps/api/src or bench` : sha;
  } catch {
    return 'unknown';
  }
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v} ms`);
const latency = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.max)}`;

export function markdown(result: RunResult): string {
  const lines = [
    `## Search benchmark: ${OPTIONS.catalogue} catalogue, ${OPTIONS.concurrency} concurrent client${OPTIONS.concurrency === 1 ? '' : 's'}`,
    '',
    `${result.date}, commit ${result.commit}; ${SERVICES} services × ${AREAS_PER_SERVICE} areas; ` +
      `${result.machine.cpus} CPUs, load average (1/5/15 min) ${result.machine.loadAverageBefore.join(' / ')} before, ` +
      `${result.machine.loadAverageAfter.join(' / ')} after (this benchmark's own work included).`,
    '',
    '| phase | requests | cache hit / miss | p50 / p95 / p99 / max | throughput | failed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(result.phases).map(
      ([phase, s]) =>
        `| ${phase} | ${s.requests} | ${s.cache ? `${s.cache.hit} / ${s.cache.miss}` : '–'} | ${latency(s)} | ${s.throughput}/s | ${s.failed} |`,
    ),
    '',
    '| phase | kind | requests | p50 / p95 / p99 / max |',
    '| --- | --- | --- | --- |',
    ...Object.entries(result.phases).flatMap(([phase, s]) =>
      Object.entries(s.byKind).map(
        ([kind, l]) => `| ${phase} | ${kind} | ${l.requests} | ${latency(l)} |`,
      ),
    ),
  ];
  const measured = Object.entries(result.phases).filter(([, s]) => s.cpu);
  if (measured.length > 0) {
    lines.push(
      '',
      '| phase | CPU ms per request: machine | API | PostgreSQL | benchmark |',
      '| --- | --- | --- | --- | --- |',
      ...measured.map(
        ([phase, { cpu }]) =>
          `| ${phase} | ${cpu?.machine} | ${cpu?.api} | ${cpu?.database} | ${cpu?.bench} |`,
      ),
    );
  }
  const failures = Object.entries(result.phases).filter(([, s]) => s.errors.length > 0);
  if (failures.length > 0) {
    lines.push('', 'Failures (messages grouped, numbers as N):');
    for (const [phase, s] of failures) {
      for (const e of s.errors) lines.push(`- ${phase}: ${e.count} × ${e.message}`);
    }
  }
  if (result.distinctSearches !== undefined) {
    lines.push('', `Distinct phase: ${result.distinctSearches} distinct searches (pages 1–3).`);
  }
  if (result.plain) {
    const p = result.plain;
    lines.push(
      '',
      `Plain PostgreSQL full-text search of the ${p.texts} Finnish text-only searches' texts: nothing found for ` +
        `${p.plainEmpty} of ${p.texts} (Linja: ${p.linjaEmpty}). Linja / plain p95: ${p.ratioP95}× ` +
        `(those texts' page 1, ${ms(p.linjaFinnishTextP95)}); all distinct requests / plain: ${p.ratioDistinctP95}×.`,
    );
  }
  return lines.join('\n');
}

/** Writes this run into search-bench.json under its catalogue and concurrency. */
export function writeJson(result: RunResult): string {
  const dir = join(API_DIR, 'test-results');
  const file = join(dir, 'search-bench.json');
  mkdirSync(dir, { recursive: true });
  let all: { runs?: Record<string, Record<string, RunResult>> } = {};
  if (existsSync(file)) {
    try {
      all = JSON.parse(readFileSync(file, 'utf8')) as typeof all;
    } catch {
      all = {};
    }
  }
  const runs = all.runs ?? {};
  runs[OPTIONS.catalogue] = {
    ...(runs[OPTIONS.catalogue] ?? {}),
    [`concurrency ${OPTIONS.concurrency}`]: result,
  };
  writeFileSync(file, `${JSON.stringify({ runs }, null, 2)}\n`);
  log(`Results in ${file}`);
  return file;
}
