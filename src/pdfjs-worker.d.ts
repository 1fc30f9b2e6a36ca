/** pdfjs's worker code, imported to run pdfjs in the calling thread (src/import/pdf/read-pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
