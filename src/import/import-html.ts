import { htmlToBlocks } from './html/html-to-blocks';
import { importText, MAX_TEXT_LENGTH } from './import-text';
import { interpretBlocks } from './interpret';
import type { ImportResult } from './types';

/** Longest HTML accepted (markup is ~10× the text of a report). */
export const MAX_HTML_LENGTH = 10 * MAX_TEXT_LENGTH;

/**
 * Imports what a web page put on the clipboard: its `text/html` read as tables cell by cell,
 * falling back to the plain text when the HTML holds no table (or nothing of a report). Never
 * throws.
 */
export function importHtml(html: string, plainText = ''): ImportResult {
  if (html.length > MAX_HTML_LENGTH || !/<t[dh]\b/i.test(html))
    return plainText.trim() ? importText(plainText) : importText(html.replace(/<[^>]*>/g, '\n'));
  try {
    const blocks = htmlToBlocks(html);
    if (!blocks.some((b) => b.kind === 'row'))
      return plainText.trim() ? importText(plainText) : interpretBlocks(blocks, 'text');
    const result = interpretBlocks(blocks, 'text');
    if (!result.ok && plainText.trim()) return importText(plainText);
    return result;
  } catch (e) {
    console.error('importHtml failed', e);
    return plainText.trim()
      ? importText(plainText)
      : { ok: false, message: '读取粘贴的网页表格时出错，无法导入。请改为粘贴纯文字。' };
  }
}
