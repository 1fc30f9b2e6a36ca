import type { FormatTemplate } from '@/domain/template/types';
import { sameFlat, useAnalysis } from '@/store/analysis';
import { useNavigationStore } from '@/store/navigation-store';
import { allStepStates, stepsOf, stepStateLabels } from './step-state';

/** The steps with their state; always in view, jumps anywhere. */
export function StepList({ template }: { readonly template: FormatTemplate }) {
  const current = useNavigationStore((s) => s.step);
  const goTo = useNavigationStore((s) => s.goTo);
  const steps = stepsOf(template);
  const states = useAnalysis((a, report) => allStepStates(template, report, a.issues), sameFlat);
  return (
    <nav className="step-list" aria-label="填写步骤">
      <ol>
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
