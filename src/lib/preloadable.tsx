import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads on first use, or ahead of it (`preload`, e.g. when the browser is
 * idle after the first paint). Until the code is there it renders `fallback`; once it is, it
 * renders the component in the same render, so a preloaded screen appears in the commit that
 * asked for it. Not React.lazy + Suspense: Suspense reveals loaded content on a timer (its
 * fallback throttle), which a page whose timers are held (a busy tab, a paused test clock) would
 * wait on; a state update does not.
 */
export interface Preloadable<P extends object> {
  readonly Component: ComponentType<P>;
  readonly preload: () => Promise<ComponentType<P>>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // a failed fetch (server down before the offline copy) may be retried
        throw error;
      },
    );
    return loading;
  };
  function Component(props: P) {
    const [component, setComponent] = useState<{ readonly it: ComponentType<P> } | null>(() =>
      loaded ? { it: loaded } : null,
    );
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        (it) => live && setComponent({ it }),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (component) {
      const Loaded = component.it;
      return <Loaded {...props} />;
    }
    if (failed) {
      return <p role="alert">此功能的程序文件未能加载（可能是网络中断），请刷新页面后重试。</p>;
    }
    return fallback;
  }
  return { Component, preload };
}

/**
 * Runs `work` once the page has painted and the browser is idle (or after `timeoutMs`): for
 * loading the code of later screens without delaying the first one.
 */
export function whenIdleAfterPaint(work: () => void, timeoutMs = 2000): void {
  requestAnimationFrame(() => {
    // After the frame that painted the first screen.
    setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        window.requestIdleCallback(work, { timeout: timeoutMs });
      } else {
        work();
      }
    }, 0);
  });
}
