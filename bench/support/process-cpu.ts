import { readFileSync } from 'fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux we run on). */
const USER_HZ = 100;

/**
 * CPU time (user + system, every thread) another process has used so far, in ms, from
 * /proc/<pid>/stat; NaN where there is no /proc. Resolution 10 ms: measure over many requests.
 */
export function cpuMsOf(pid: number | undefined): number {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return NaN;
  }
}

/** CPU time this process has used so far, in ms (every thread). */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
