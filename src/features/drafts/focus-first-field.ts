import { fieldDomId, useNavigationStore } from '@/store/navigation-store';

/**
 * Asks the editor to focus 基本信息's first field (机关名称) once it renders, so a keyboard user
 * starts there instead of on <body>. Call it after `draftSession().open/create`: opening another
 * draft resets the navigation.
 */
export function focusFirstField(): void {
  useNavigationStore.getState().goTo('meta', fieldDomId('meta.agencyName'));
}
