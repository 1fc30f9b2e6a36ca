import { lazy } from 'react';

export { closeReview, openReview, useReviewOpen } from './review-open';

/** The reviewer's screen, loaded on first use (the workers, exporters and tables with it). */
export const ReviewScreen = lazy(() =>
  import('./review-screen').then((m) => ({ default: m.ReviewScreen })),
);
