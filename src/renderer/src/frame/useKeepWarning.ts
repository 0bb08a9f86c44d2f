import { useEffect } from 'react';
import { useModelSelector } from '../state/ModelContext';
import { useToast } from '../ui/Toasts';

/** Tell the coach, once per cause, when the browser cannot keep an unsaved change safe from a reload. */
export function useKeepWarning(): void {
  const warning = useModelSelector((s) => s.keepWarning);
  const toast = useToast();
  useEffect(() => {
    if (warning !== null) toast({ message: warning, tone: 'error' });
  }, [warning, toast]);
}
