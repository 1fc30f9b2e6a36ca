import { measureInitialJs, INITIAL_JS_BUDGET_KIB } from '../bench/lib/initial-js';
import { expect, test } from './fixtures';

// The build under test is the one Playwright's webServer just made (E2E_DIST or dist). Size is
// deterministic, so unlike times it can be a test (issue 7).
const dist = process.env.E2E_DIST ?? 'dist';

test('initial JavaScript stays within its gzip budget and leaves the Word library out', () => {
  const initial = measureInitialJs(dist);
  expect(initial.files.length).toBeGreaterThan(0);
  expect(initial.gzipBytes / 1024, `initial JS ${initial.files.join(', ')}`).toBeLessThanOrEqual(
    INITIAL_JS_BUDGET_KIB,
  );
  // Strings only the docx library carries; it must load on export only.
  expect(initial.source).not.toContain('wordprocessingml');
  expect(initial.source).not.toContain('w:document');
});
