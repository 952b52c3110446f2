// `npm run bench:top-frames -- FILE.cpuprofile [N]`: the N functions with the most self time in a V8 CPU profile
// (node --cpu-prof; `BENCH_PROFILE=DIR npm run bench:http` writes one for the API), and the same summed by package.
// `-- FILE.cpuprofile N --minus BASE.cpuprofile`: what FILE spent beyond BASE, function by function, in ms. With
// BASE a run of the `SELECT 1` route alone (`BENCH_READS='no route'`) and FILE one of a route beside it
// (`BENCH_READS=/m/`), that is the route's own time, without the ceiling's that every profile of a read holds.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/** Self time in ms by function and by package; idle time apart. */
function selfTimes(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const byFrame = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const ms = (node.hitCount ?? 0) * msPerHit;
    if (functionName === '(idle)') idle += ms;
    const where = url.replace(/^file:\/\/.*?\/(node_modules|libs|apps|bench)\//, '$1/');
    const frame = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    byFrame.set(frame, (byFrame.get(frame) ?? 0) + ms);
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url ? (/^(libs\/[^/]+|apps\/[^/]+)/.exec(where)?.[1] ?? 'node') : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  return { byFrame, byPackage, idle, samples: profile.samples.length };
}

function minus(a: Map<string, number>, b: Map<string, number>) {
  return new Map([...a].map(([name, ms]) => [name, ms - (b.get(name) ?? 0)]));
}

const args = process.argv.slice(2);
const minusAt = args.indexOf('--minus');
const base = minusAt >= 0 ? selfTimes(args[minusAt + 1]) : undefined;
const [file, count = '40'] = minusAt >= 0 ? args.filter((_, i) => i !== minusAt && i !== minusAt + 1) : args;
const times = selfTimes(file);
const byFrame = base ? minus(times.byFrame, base.byFrame) : times.byFrame;
const byPackage = base ? minus(times.byPackage, base.byPackage) : times.byPackage;
byFrame.delete('(idle) :0');
byPackage.delete('(idle)');
const busy = [...byPackage.values()].reduce((sum, ms) => sum + Math.max(ms, 0), 0);

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([name, ms]) =>
        `${((ms / busy) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${name}`,
    )
    .join('\n');
console.log(
  base
    ? `${busy.toFixed(0)} ms busy beyond ${args[minusAt + 1]}; shares of that`
    : `${times.samples} samples, ${busy.toFixed(0)} ms busy and ${times.idle.toFixed(0)} ms idle; shares of the busy time`,
);
console.log(`\nself time by function:\n${top(byFrame, Number(count))}`);
console.log(`\nself time by package:\n${top(byPackage, 25)}`);
