import type { FormatTemplate } from '@/domain/template/types';
import { useRef } from 'react';
import { sameFlat } from '@/store/analysis';
import { setAttr, setText, useAnalysisText } from '@/store/live-text';
import { useNavigationStore } from '@/store/navigation-store';
import { allStepStates, stepsOf, stepStateLabels } from './step-state';

/** The steps with their state; always in view, jumps anywhere. */
export function StepList({ template }: { readonly template: FormatTemplate }) {
  const current = useNavigationStore((s) => s.step);
  const goTo = useNavigationStore((s) => s.goTo);
  const steps = stepsOf(template);
  const list = useRef<HTMLOListElement>(null);
  // A step's state changes with many keystrokes (表三's goes error → incomplete → complete as a
  // cell is typed, blanked, filled): written into its label when it does (useAnalysisText); the
  // list is re-rendered by navigation only.
  const states = useAnalysisText(
    (a, report) => allStepStates(template, report, a.issues),
    sameFlat,
    (next) => {
      const items = list.current?.children;
      next.forEach((state, i) => {
        const label = items?.[i]?.querySelector('.step-state') ?? null;
        setAttr(label, 'class', `step-state state-${state}`);
        setText(label, stepStateLabels[state]);
      });
    },
  );
  return (
    <nav className="step-list" aria-label="填写步骤">
      <ol ref={list}>
        {steps.map((step, i) => {
          const state = states[i] ?? 'notStarted';
          return (
            <li key={step.id}>
              <button
                type="button"
                className={`step-button${current === step.id ? ' step-current' : ''}`}
                aria-current={current === step.id ? 'step' : undefined}
                onClick={() => goTo(step.id)}
              >
                <span className="step-title">{step.title}</span>
                <span className={`step-state state-${state}`}>{stepStateLabels[state]}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
