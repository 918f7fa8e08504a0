// CPU time spent per request during a measured phase (Linux /proc): throughput on this busy 2-core
// machine varies ±20 % between identical runs, but the CPU a request costs varies far less, so it
// shows what a change saves. The machine's busy time, the API process's and this benchmark's own;
// the rest is PostgreSQL (nothing else runs during a phase).
import { readFileSync } from 'node:fs';

export interface CpuSample {
  /** Busy CPU time of the whole machine (all cores), ms. */
  readonly machine: number;
  /** The measured API process's CPU time, ms. */
  readonly api: number;
  /** This benchmark process's CPU time, ms. */
  readonly bench: number;
}

/** CPU ms per request during a phase: the whole machine, the API, the benchmark, the rest. */
export interface CpuPerRequest {
  readonly machine: number;
  readonly api: number;
  readonly bench: number;
  readonly database: number;
}

/** Clock ticks per second of /proc's figures (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

function ticksToMs(ticks: number): number {
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** A sample now; null where /proc is not there (not Linux), so a report simply leaves CPU out. */
export function cpuSample(apiPid: number | undefined): CpuSample | null {
  try {
    // cpu  user nice system idle iowait irq softirq steal …
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    const own = process.cpuUsage();
    return {
      machine: ticksToMs(user + nice + system + irq + softirq + steal),
      api: apiPid === undefined ? 0 : processMs(apiPid),
      bench: (own.user + own.system) / 1000,
    };
  } catch {
    return null;
  }
}

/** utime + stime of a process (fields 14 and 15 of /proc/<pid>/stat, after the command's `)`). */
function processMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ticksToMs(Number(fields[11]) + Number(fields[12]));
}

export function cpuPerRequest(
  before: CpuSample | null,
  after: CpuSample | null,
  requests: number,
): CpuPerRequest | undefined {
  if (!before || !after || requests === 0) return undefined;
  const per = (v: number) => Math.round((v / requests) * 10) / 10;
  const machine = after.machine - before.machine;
  const api = after.api - before.api;
  const bench = after.bench - before.bench;
  return {
    machine: per(machine),
    api: per(api),
    bench: per(bench),
    database: per(Math.max(0, machine - api - bench)),
  };
}
