import type { Block } from '../types';
import { cleanField, isRuleField } from '../normalise-text';

/**
 * Splits pasted text into paragraphs and table rows. Two table layouts occur in published
 * reports: one cell per line (each line starts with a tab, rows separated by a blank line) and
 * one row per line (cells separated by tabs or `|`). A line without a tab inside a one-cell-per-
 * line row continues the previous cell (labels broken across lines), unless it is a number.
 */

const VALUE_LIKE =
  /^(?:[-+—－]?[\d０-９][\d０-９,，.．\s]*(?:件|个|元|万元|万)?(?:[（(]单位[:：]\s*(?:元|万元)[)）])?|[—－\-/／无]+)$/;

export function isValueLike(text: string): boolean {
  const t = cleanField(text);
  return t === '' || VALUE_LIKE.test(t);
}

function pipeFields(line: string): string[] {
  return line
    .replace(/^\s*[|｜]/, '')
    .replace(/[|｜]\s*$/, '')
    .split(/[|｜]/);
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let group: string[] | null = null;
  const flush = (): void => {
    if (group && group.length > 0) blocks.push({ kind: 'row', fields: group });
    group = null;
  };
  const emitRow = (fields: string[]): void => {
    flush();
    if (fields.every((f) => isRuleField(f) || cleanField(f) === '')) return;
    blocks.push({ kind: 'row', fields: fields.map((f) => (isRuleField(f) ? '' : f)) });
  };

  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/[|｜]/.test(line) && pipeFields(line).length > 1) {
      emitRow(pipeFields(line).flatMap((f) => f.split('\t')));
      continue;
    }
    if (line.includes('\t')) {
      if (/^\t[^\t]*$/.test(line)) {
        group ??= [];
        group.push(line.slice(1));
      } else {
        emitRow(line.split('\t'));
      }
      continue;
    }
    const clean = cleanField(line);
    if (clean === '') {
      flush();
      continue;
    }
    if (group) {
      const last = group.length - 1;
      const continues =
        last >= 0 && !isValueLike(line) && clean.length <= 30 && !/^[一二三四五六]、/.test(clean);
      if (isValueLike(line)) {
        group.push(line);
        continue;
      }
      if (continues) {
        group[last] = `${group[last] ?? ''}${clean}`;
        continue;
      }
      flush();
    }
    blocks.push({ kind: 'paragraph', text: line });
  }
  flush();
  return blocks;
}
