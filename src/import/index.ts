export { importDocxBytes, importDocxFile } from './import-docx';
export { importText } from './import-text';
export type { ImportFailure, ImportResult, ImportSuccess, Recognition } from './types';
