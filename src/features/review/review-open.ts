import { create } from 'zustand';

/** Whether the reviewer's screen (审核与汇总) is shown instead of the start page. */
export const useReviewOpen = create<{ readonly open: boolean }>()(() => ({ open: false }));

export const openReview = (): void => useReviewOpen.setState({ open: true });
export const closeReview = (): void => useReviewOpen.setState({ open: false });
