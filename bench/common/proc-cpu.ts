// CPU seconds a process has used so far (every thread, user + system), from /proc. On a shared
// machine wall time moves with the other tenants' load; the CPU a piece of work costs much less.
import { readFileSync } from 'node:fs';

/** Linux counts in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
