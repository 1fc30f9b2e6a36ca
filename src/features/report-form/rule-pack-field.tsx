import { useId } from 'react';
import { RulePackChooser } from '@/components/rule-pack-chooser';
import { useEditorStore } from '@/store/editor-store';

/**
 * 地方规则包, kept with the draft. Offered in 基本信息 and again in 检查与导出, where the clerk
 * reads which checks the list holds.
 */
export function RulePackField() {
  const id = useId();
  const pack = useEditorStore((s) => s.report.rulePack);
  return (
    <RulePackChooser
      id={id}
      pack={pack}
      onChoose={(next) =>
        useEditorStore.getState().apply((r) => {
          const { rulePack: _old, ...rest } = r;
          return next ? { ...rest, rulePack: next } : rest;
        })
      }
    />
  );
}
