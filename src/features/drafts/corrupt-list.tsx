import { downloadText, safeFileName } from '@/lib/download-blob';
import type { CorruptEntry } from './draft-repository';

/** Drafts that could not be read: kept aside verbatim, explained, offered for download. */
export function CorruptList({ entries }: { readonly entries: readonly CorruptEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="drafts-corrupt" aria-labelledby="drafts-corrupt-heading">
      <h2 id="drafts-corrupt-heading">无法读取的草稿</h2>
      <p>
        以下草稿的数据已损坏或来自更新版本的年报助手，无法打开。它们已原样另存，
        <strong>没有被删除</strong>。
        请下载原始数据保存好：可交给技术人员修复后，用“导入草稿文件”恢复，或用更新版本的年报助手打开。
      </p>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <span>
              草稿 {e.id}（{e.raw.length.toLocaleString('zh-CN')} 个字符）：{e.message}
            </span>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(e.raw, `${safeFileName(`无法读取的草稿-${e.id}-${e.movedAt}`)}.json`)
              }
            >
              下载原始数据
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
