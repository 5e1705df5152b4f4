// Prints one line per layer and one closing line 'N passed, N failed, N skipped' over the Vitest
// JSON reports of all layers, so CI logs show the counts and each layer's time whatever
// reporter format Vitest prints above it. A missing report counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const LAYERS = [
  ['unit and DOM', 'test-results/unit.json'],
  ['end-to-end, Chromium', 'test-results/e2e.json'],
  ['end-to-end, Firefox ESR', 'test-results/e2e-firefox.json'],
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [layer, file] of LAYERS) {
  if (!existsSync(file)) {
    console.log(`${layer}: no report at ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const layerSkipped = report.numPendingTests + (report.numTodoTests ?? 0);
  const ends = report.testResults.map((result) => result.endTime ?? 0);
  const seconds = ends.length ? Math.round((Math.max(...ends) - report.startTime) / 1000) : 0;
  console.log(
    `${layer}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${layerSkipped} skipped (${seconds} s)`,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += layerSkipped;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
