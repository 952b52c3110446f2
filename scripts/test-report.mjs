// Reads jest's JSON result (`npm test -- --json --outputFile=FILE`) and prints the suite's wall time and its
// slowest test files, so that a slow file is seen. Usage: node scripts/test-report.mjs FILE [how many, default 10]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const [file, count = '10'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-report.mjs test-output/jest-<run>.json [how many]');
  process.exit(2);
}
const result = JSON.parse(readFileSync(file, 'utf8'));
// File names relative to the project they belong to: the nearest folder above them with a package.json.
const projectOf = (path) =>
  existsSync(resolve(path, 'package.json')) || dirname(path) === path ? path : projectOf(dirname(path));
const root = result.testResults.length > 0 ? projectOf(dirname(result.testResults[0].name)) : process.cwd();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const files = result.testResults.map((suite) => ({
  name: relative(root, suite.name),
  ms: suite.endTime - suite.startTime,
  tests: suite.assertionResults.length,
  failed: suite.status !== 'passed',
}));
const lastEnd = Math.max(...result.testResults.map((suite) => suite.endTime));
const busyMs = files.reduce((sum, each) => sum + each.ms, 0);

console.log(
  `wall time ${seconds(lastEnd - result.startTime)} for ${files.length} test files, ` +
    `${result.numTotalTests} tests (${seconds(busyMs)} in test files, summed over jest's workers)`,
);
console.log(`the ${Math.min(Number(count), files.length)} slowest test files:`);
for (const each of files.sort((a, b) => b.ms - a.ms).slice(0, Number(count))) {
  const mark = each.failed ? '  FAILED' : '';
  console.log(`  ${seconds(each.ms).padStart(8)}  ${each.name} (${each.tests} tests)${mark}`);
}
