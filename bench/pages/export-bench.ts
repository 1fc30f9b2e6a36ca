// Page for the Word export bench (bench/entries/export.bench.ts): built by Vite like the app,
// opened in Chromium, it times building and packing a full report with the app's exporter.
import { exportReportDocx } from '@/export/docx/pack';
import { fullReport } from '@/testing/export-reports';

declare global {
  interface Window {
    runExportBench: (
      samples: number,
      warmup: number,
    ) => Promise<{ times: number[]; bytes: number }>;
  }
}

window.runExportBench = async (samples, warmup) => {
  const report = fullReport('2021');
  let bytes = 0;
  const once = async (): Promise<number> => {
    const start = performance.now();
    const { blob } = await exportReportDocx(report);
    const took = performance.now() - start;
    bytes = blob.size;
    return took;
  };
  for (let i = 0; i < warmup; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push(await once());
  return { times, bytes };
};

const state = document.getElementById('state');
if (state) state.textContent = 'ready';
