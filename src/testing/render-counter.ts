/**
 * Counts which components React renders in each commit, the way React DevTools' "highlight
 * updates" learns it: through the DevTools global hook, which react-dom calls after every
 * commit. Install it BEFORE react-dom is first imported (react-dom reads the hook once, when it
 * loads); then import react-dom dynamically.
 *
 * A component counts as rendered in a commit when its fiber was mounted, or performed work
 * (React's `PerformedWork` flag: its function ran and its output was used). Subtrees React
 * skipped (a memo bailout with nothing below to update) keep their old child fibers, so the walk
 * does not descend into them.
 */

/** The few fields of a React fiber the walk reads. */
interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly flags: number;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
}

const PERFORMED_WORK = 0b1;
/** FunctionComponent, ForwardRef, SimpleMemoComponent (React's work tags). */
const COMPONENT_TAGS = new Set([0, 11, 15]);

function nameOf(fiber: Fiber): string | null {
  if (!COMPONENT_TAGS.has(fiber.tag)) return null;
  const type = fiber.type;
  if (typeof type === 'function') {
    const fn = type as { readonly displayName?: string; readonly name: string };
    return fn.displayName ?? fn.name;
  }
  const object = type as { readonly displayName?: string; readonly render?: { name?: string } };
  return object.displayName ?? object.render?.name ?? null;
}

export interface RenderCounter {
  /** Component name → renders since the last `reset`. */
  readonly counts: Map<string, number>;
  reset(): void;
  /** Renders of `name` since the last reset (0 when none). */
  of(name: string): number;
}

export function installRenderCounter(): RenderCounter {
  const counts = new Map<string, number>();
  const walk = (fiber: Fiber | null): void => {
    for (let f = fiber; f; f = f.sibling) {
      const rendered = f.alternate === null || (f.flags & PERFORMED_WORK) !== 0;
      const name = rendered ? nameOf(f) : null;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      // The same child fiber as before: React skipped this subtree.
      if (f.alternate !== null && f.child === f.alternate.child) continue;
      walk(f.child);
    }
  };
  const hook = {
    supportsFiber: true,
    renderers: new Map(),
    inject: (): number => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }): void => walk(root.current.child),
    onCommitFiberUnmount: (): void => undefined,
    onPostCommitFiberRoot: (): void => undefined,
    checkDCE: (): void => undefined,
  };
  (globalThis as Record<string, unknown>)['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = hook;
  return {
    counts,
    reset: () => counts.clear(),
    of: (name) => counts.get(name) ?? 0,
  };
}
