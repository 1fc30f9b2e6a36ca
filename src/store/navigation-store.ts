import { create } from 'zustand';
import type { SectionId } from '@/domain/template/types';
import { useEditorStore } from './editor-store';

/** A step of the guided form: 基本信息, one per section, 检查与导出. */
export type StepId = 'meta' | SectionId | 'review';

/**
 * Which step of the form is shown, and an element to focus once it is. Shared so the issues
 * panel (a separate feature) can send the clerk to a cell or field without importing the form.
 */
export interface NavigationState {
  readonly step: StepId;
  /** DOM id to focus after the step renders (`cell-t3.granted.naturalPerson`, `field-meta.reportDate`). */
  readonly focusId: string | null;
  /** Bumped on every navigation, so views can tell a new visit from a re-render. */
  readonly visit: number;
  goTo(step: StepId, focusId?: string | null): void;
  /** Called by the form once it focused `focusId`. */
  focused(): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  step: 'meta',
  focusId: null,
  visit: 0,
  goTo: (step, focusId = null) => set((s) => ({ step, focusId, visit: s.visit + 1 })),
  focused: () => set({ focusId: null }),
}));

/** DOM id of a cell's input (or computed value). */
export const cellDomId = (cellId: string): string => `cell-${cellId}`;
/** DOM id of a field (`meta.agencyName`, `narrative.overview`, …). */
export const fieldDomId = (field: string): string => `field-${field}`;

// Another draft (or the start page) starts at 基本信息, not on the step the last one was left at.
useEditorStore.subscribe((state, previous) => {
  if (state.draftId !== previous.draftId)
    useNavigationStore.setState({ step: 'meta', focusId: null });
});

/**
 * Asks the editor to focus 基本信息's first field (机关名称) once it renders, so a keyboard user
 * starts there instead of on <body>. Call it after opening or creating a draft: opening another
 * draft resets the navigation.
 */
export function focusFirstField(): void {
  useNavigationStore.getState().goTo('meta', fieldDomId('meta.agencyName'));
}
