import type { Page } from '@playwright/test';

/** Arms the reviewer's probe in the page (`__longest`, `__commits`, `__reviewDone`). */
export function armReviewProbe(page: Page): Promise<void>;
