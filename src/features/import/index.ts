// The start page needs only the button; the dialog and review load lazily through it.
export { createDraftFromImport, startFromImportedLastYear } from './import-actions';
export { ImportReportButton } from './import-report-button';
