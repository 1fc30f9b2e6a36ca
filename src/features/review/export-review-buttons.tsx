import { useState } from 'react';
import type { RulePack } from '@/domain/template/rule-pack';
import { downloadBlob } from '@/lib/download-blob';
import type { ReviewUnit } from '@/review/types';

type Kind = 'docx' | 'xlsx';

/** 导出通报（Word） and 导出审核表（Excel）: the exporters load on first use. */
export function ExportReviewButtons({
  units,
  pack,
  disabled,
}: {
  readonly units: readonly ReviewUnit[];
  /** The rule pack the units were checked with (named in the 通报, a column per rule). */
  readonly pack: RulePack | null;
  readonly disabled: boolean;
}) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: Kind): Promise<void> => {
    setBusy(kind);
    setError(null);
    try {
      const file =
        kind === 'docx'
          ? await (await import('@/export/docx/review-notice')).packReviewNotice(units, { pack })
          : await (
              await import('@/export/xlsx/review-workbook')
            ).packReviewWorkbook(units, { pack });
      downloadBlob(
        new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }),
        file.fileName,
      );
    } catch (e) {
      console.error('review export failed', e);
      setError(kind === 'docx' ? '生成通报失败，请重试。' : '生成审核表失败，请重试。');
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled || busy !== null}
        onClick={() => void run('docx')}
      >
        {busy === 'docx' ? '正在生成通报…' : '导出通报（Word）'}
      </button>
      <button
        type="button"
        className="button"
        disabled={disabled || busy !== null}
        onClick={() => void run('xlsx')}
      >
        {busy === 'xlsx' ? '正在生成审核表…' : '导出审核表（Excel）'}
      </button>
      {error && (
        <span role="alert" className="review-error">
          {error}
        </span>
      )}
    </>
  );
}
