import { t } from '../lib/i18n.js';
import { setLeaveGuard } from '../lib/router.js';

/**
 * "Leave with unsaved work?": every form with unsaved work registers here. While one has some,
 * closing or reloading the tab asks (beforeunload), and so does following a link inside the app
 * (the router's leave guard, a confirm dialog).
 */

const sources = new Set<() => boolean>();

function unsaved(): boolean {
  for (const source of sources) if (source()) return true;
  return false;
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!unsaved()) return;
  event.preventDefault();
  // Older browsers need returnValue set to show the question.
  event.returnValue = '';
}

/** `hasUnsaved` is asked at each attempt to leave; the answer removes the registration. */
export function guardUnsavedWork(hasUnsaved: () => boolean): () => void {
  if (sources.size === 0) {
    window.addEventListener('beforeunload', onBeforeUnload);
    setLeaveGuard(() => !unsaved() || window.confirm(t('forms.leaveConfirm')));
  }
  sources.add(hasUnsaved);
  return () => {
    sources.delete(hasUnsaved);
    if (sources.size === 0) {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setLeaveGuard(null);
    }
  };
}
