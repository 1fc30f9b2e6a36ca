// The start page needs only the button; the dialog and review load lazily through it.
export { ImportReportButton } from './import-report-button';
