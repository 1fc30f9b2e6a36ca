import { useRef, useState } from 'react';
import { parseRulePack } from '@/domain/rules/pack/schema';
import type { RulePack } from '@/domain/template/rule-pack';
import { rulePacks } from '@templates/rule-packs';

/**
 * 地方规则包 (SPEC §10): a shipped pack (templates/rule-packs) or one loaded from a JSON file,
 * validated like the shipped ones. The clerk's meta step keeps it with the draft; reviewer mode
 * runs it on every unit.
 */
export function RulePackChooser({
  id,
  pack,
  onChoose,
  hint,
}: {
  /** The select's id (its label points at it). */
  readonly id: string;
  readonly pack: RulePack | undefined;
  readonly onChoose: (pack: RulePack | undefined) => void;
  readonly hint?: string;
}) {
  const [message, setMessage] = useState('');
  const packFile = useRef<HTMLInputElement>(null);
  const choose = (next: RulePack | undefined): void => {
    setMessage('');
    onChoose(next);
  };
  const load = async (file: File): Promise<void> => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage(`“${file.name}”不是 JSON 文件，未加载。`);
      return;
    }
    const parsed = parseRulePack(json);
    if (!parsed.ok) setMessage(`“${file.name}”未加载：${parsed.message}`);
    else choose(parsed.pack);
  };
  const shippedIndex = rulePacks.findIndex((p) => p.id === pack?.id);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        地方规则包（可选）
      </label>
      {hint ? <p className="hint">{hint}</p> : null}
      <select
        id={id}
        className="text-input"
        value={pack ? (shippedIndex >= 0 ? String(shippedIndex) : 'file') : ''}
        onChange={(e) =>
          choose(e.target.value === '' ? undefined : rulePacks[Number(e.target.value)])
        }
      >
        <option value="">不使用</option>
        {rulePacks.map((p, i) => (
          <option key={p.id} value={String(i)}>
            {p.name}（{p.source}）
          </option>
        ))}
        {pack && shippedIndex < 0 ? <option value="file">{pack.name}（从文件加载）</option> : null}
      </select>
      {/* A button and a hidden input: the native file control speaks the browser's language. */}
      <div>
        <button type="button" className="button" onClick={() => packFile.current?.click()}>
          从文件加载规则包（JSON）…
        </button>
        <input
          ref={packFile}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="从文件加载规则包（JSON）"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }}
        />
      </div>
      {message ? (
        <p className="hint" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
