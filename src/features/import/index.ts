// The start page needs only the button; the dialog and review load lazily through it.
export { ImportReportButton, preloadImportDialog } from './import-report-button';
