// `npm run bench:top-frames -- FILE.cpuprofile [N]`: the N functions with the most self time in a V8 CPU profile
// (node --cpu-prof; `BENCH_PROFILE=DIR npm run bench:http` writes one for the API), and the same summed by package.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [file, count = '40'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const byFrame = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\/.*?\/(node_modules|libs|apps|bench)\//, '$1/');
  const frame = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  byFrame.set(frame, (byFrame.get(frame) ?? 0) + (node.hitCount ?? 0));
  const pkg =
    /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url ? (/^(libs\/[^/]+|apps\/[^/]+)/.exec(where)?.[1] ?? 'node') : functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (node.hitCount ?? 0));
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
console.log(`${total} samples\n\nself time by function:\n${top(byFrame, Number(count))}`);
console.log(`\nself time by package:\n${top(byPackage, 25)}`);
