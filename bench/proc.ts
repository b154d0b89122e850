// CPU and memory of other processes, read from /proc (Linux): the server under test and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';

// Kernel clock ticks per second: 100 on every Linux this runs on (getconf CLK_TCK).
const CLK_TCK = 100;

/** User + system CPU seconds used so far by one process, or 0 if it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

// PostgreSQL's own background work (WAL, checkpoints) serves every database on the server.
const SHARED_WORKERS = /: (checkpointer|background writer|walwriter)\s*$/;

/**
 * The PostgreSQL processes working for the bench: backends connected to its database (other
 * databases on the same server, such as other people's tests, are left out) and the shared
 * background writers. All of them when the database is not named.
 */
export function postgresPids(database?: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() !== 'postgres') continue;
      // A backend's title: "postgres: 15/main: <user> <database> <client> <state>".
      const title = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (!database || SHARED_WORKERS.test(title) || title.split(' ').includes(database)) pids.push(Number(name));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return pids;
}

let benchDatabase: string | undefined;
/** Names the database whose backends count as the bench's PostgreSQL CPU. */
export function setBenchDatabase(name: string): void {
  benchDatabase = name;
}

export interface Usage {
  /** CPU time over wall time: 1.0 is one core busy for the whole run. */
  serverCpuCores: number;
  postgresCpuCores: number;
  /** Highest resident memory seen while sampling during the run. */
  serverPeakRssMb: number;
  /** The kernel's high-water mark of the server process since it started. */
  serverHwmMb: number;
}

/**
 * Samples the servers' memory every 200 ms until stopped; CPU from the totals before and after. With
 * several app processes, CPU and memory are their sums (peak RSS: the highest sum seen at one sample).
 */
export function startUsage(serverPids: number | number[]): { stop(): Usage } {
  const pids = Array.isArray(serverPids) ? serverPids : [serverPids];
  const pgStart = new Map(postgresPids(benchDatabase).map((pid) => [pid, cpuSeconds(pid)]));
  // A backend that ends during the run reads as 0 at the end: it counts for nothing, not negative.
  const pgUsed = () => [...pgStart].reduce((sum, [pid, start]) => sum + Math.max(0, cpuSeconds(pid) - start), 0);
  const serverCpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const rssKb = () => pids.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0);
  const started = performance.now();
  const serverStart = serverCpu();
  let peakKb = rssKb();
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, rssKb());
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      // Backends that started during the run are not counted; the warm-up has opened the app's pool.
      return {
        serverCpuCores: (serverCpu() - serverStart) / wall,
        postgresCpuCores: pgUsed() / wall,
        serverPeakRssMb: Math.max(peakKb, rssKb()) / 1024,
        serverHwmMb: pids.reduce((sum, pid) => sum + statusKb(pid, 'VmHWM'), 0) / 1024,
      };
    },
  };
}

/** Resident memory of the server processes now, in MB. */
export function rssMb(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0) / 1024;
}
