import { useEffect } from 'react';
import { useModel } from '../state/ModelContext';
import { useToast } from '../ui/Toasts';

/** How often the page asks whether the workbook changed elsewhere (a small answer). */
const CHECK_MS = 3_000;

/**
 * While the page is visible, look every few seconds whether the workbook changed other than
 * through this page (another computer, another program) and show it, with main's notice.
 */
export function useChangesElsewhere(): void {
  const model = useModel();
  const toast = useToast();
  useEffect(() => {
    let checking = false;
    const check = async () => {
      if (checking || document.visibilityState !== 'visible') return;
      checking = true;
      try {
        const notice = await model.checkForChanges();
        if (notice) toast({ message: notice });
      } catch {
        // The next check tries again; a page that cannot reach main shows it when saving.
      } finally {
        checking = false;
      }
    };
    const timer = setInterval(() => void check(), CHECK_MS);
    const onVisible = () => void check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [model, toast]);
}
