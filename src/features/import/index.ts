export { createDraftFromImport, startFromImportedLastYear } from './import-actions';
export { ImportDialog } from './import-dialog';
export { ImportReportButton } from './import-report-button';
export { ImportReview } from './import-review';
