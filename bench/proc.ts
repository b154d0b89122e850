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

/** Every process whose command is `postgres` (the server and its backends). */
export function postgresPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(name));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return pids;
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

/** Samples the server's memory every 200 ms until stopped; CPU from the totals before and after. */
export function startUsage(serverPid: number): { stop(): Usage } {
  const pgStart = new Map(postgresPids().map((pid) => [pid, cpuSeconds(pid)]));
  // A backend that ends during the run reads as 0 at the end: it counts for nothing, not negative.
  const pgUsed = () => [...pgStart].reduce((sum, [pid, start]) => sum + Math.max(0, cpuSeconds(pid) - start), 0);
  const started = performance.now();
  const serverStart = cpuSeconds(serverPid);
  let peakKb = statusKb(serverPid, 'VmRSS');
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, statusKb(serverPid, 'VmRSS'));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      // Backends that started during the run are not counted; the warm-up has opened the app's pool.
      return {
        serverCpuCores: (cpuSeconds(serverPid) - serverStart) / wall,
        postgresCpuCores: pgUsed() / wall,
        serverPeakRssMb: Math.max(peakKb, statusKb(serverPid, 'VmRSS')) / 1024,
        serverHwmMb: statusKb(serverPid, 'VmHWM') / 1024,
      };
    },
  };
}
