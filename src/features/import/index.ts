export { createDraftFromImport, startFromImportedLastYear } from './import-actions';
export { ImportDialog } from './import-dialog';
export { ImportReview } from './import-review';
