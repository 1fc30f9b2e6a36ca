import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal when it mounts, with the focus on its `[data-autofocus]` element
 * (showModal would otherwise pick the first focusable one, e.g. a scrollable list), gives the focus back to the element that
 * had it when the dialog unmounts (the browser cannot restore it to a dialog that is gone), so
 * a keyboard user keeps their place.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);
  return ref;
}
