import { preloadable } from '@/lib/preloadable';

export { closeReview, openReview, useReviewOpen } from './review-open';

const reviewScreen = preloadable(
  () => import('./review-screen').then((m) => m.ReviewScreen),
  <p role="status">正在加载审核功能…</p>,
);

/** The reviewer's screen, loaded on first use (the workers, exporters and tables with it). */
export const ReviewScreen = reviewScreen.Component;

/** Loads the reviewer's screen ahead of its first use. */
export const preloadReviewScreen = reviewScreen.preload;
