export { DraftsHome, preloadDraftForms } from './drafts-home';
export { DraftBanners, DraftHeader, SaveStatus, downloadOpenDraft } from './save-status';
export { draftSession } from './session-instance';
export { startFromLastYear } from './start-from-last-year';
