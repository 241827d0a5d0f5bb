// The memory of the browser's renderer processes, read from Linux's /proc: a page's wasm memory, JS heap, array
// buffers and everything else the process holds, as the operating system counts it. Only processes started by
// this node process are counted, so another browser on the machine does not mix in.

import { readFileSync, readdirSync } from "node:fs";

/** The parent's pid of `pid`, or null once the process is gone. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name sits in parentheses and may hold spaces: the fields after it are plain.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function descendsFromUs(pid) {
  for (let at = pid, hops = 0; at && hops < 16; at = parentOf(at), hops += 1) {
    if (at === process.pid) return true;
  }
  return false;
}

/** The pids of our browser's renderer processes. */
export function renderers() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer") && descendsFromUs(pid);
      } catch {
        return false;
      }
    });
}

/** A process's memory in MB (10⁶ bytes): `VmHWM` (the most it was ever resident), `VmRSS` and `RssAnon` (now). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024 / 1e6;
    return { peak: field("VmHWM"), resident: field("VmRSS"), anonymous: field("RssAnon") };
  } catch {
    return null;
  }
}

/** Samples every renderer's anonymous memory every `ms` until `stop()`, which resolves to the most seen in one. */
export function sampleAnonymous(ms) {
  let most = 0;
  const timer = setInterval(() => {
    // A process being torn down may be read half-way: its NaN is no figure.
    for (const pid of renderers()) most = Math.max(most, memoryOf(pid)?.anonymous || 0);
  }, ms);
  return { stop: () => (clearInterval(timer), most) };
}
