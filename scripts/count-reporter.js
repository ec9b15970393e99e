// A node:test reporter that writes only the final pass/fail totals as JSON, so scripts/test.js
// can print one plain summary line over every suite it ran.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites (describe blocks) also emit pass/fail; count only leaf tests.
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:fail') failed++;
    else if (event.data.skip || event.data.todo) skipped++;
    else passed++;
  }
  yield JSON.stringify({ passed, failed, skipped });
}
