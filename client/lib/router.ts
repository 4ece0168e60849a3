/**
 * Hash routes (#/plans/:planId?period=2025): the server serves one index.html and never needs
 * to know the client's paths. client/routes.ts is the registry; each entry loads its view
 * lazily, so a screen's code (and Chart.js) is fetched only when it is opened.
 */

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The <main> element: the view renders into it. */
  outlet: HTMLElement;
  /** Aborted when the user navigates away: pass it to API calls; check it before writing the DOM. */
  signal: AbortSignal;
  /** Sets the document title ("<title> — Pusula"). */
  setTitle(title: string): void;
}

export interface View {
  render(context: RouteContext): Promise<void> | void;
}

export interface Route {
  /** "/plans/:planId"; ":name" matches one path segment. */
  path: string;
  /** Open without signing in (login, the public page). */
  public?: boolean;
  load: () => Promise<View>;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
  query: URLSearchParams;
  path: string;
}

/** Splits "#/plans/42?period=2025" into "/plans/42" and its query. */
export function parseHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

export function matchRoute(routes: readonly Route[], hash: string): Match | null {
  const { path, query } = parseHash(hash);
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[index]);
        return true;
      }
      return part === segments[index];
    });
    if (matches) return { route, params, query, path };
  }
  return null;
}

/** The href of a route: href('/plans/:planId', { planId }, { period: '2025' }) → "#/plans/…?period=2025". */
export function href(
  pattern: string,
  params: Record<string, string> = {},
  query: Record<string, string | null | undefined> = {},
): string {
  const path = pattern.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

export function navigate(target: string, options: { replace?: boolean } = {}): void {
  const hash = target.startsWith('#') ? target : `#${target}`;
  if (options.replace) {
    history.replaceState(null, '', hash);
    void router?.render();
  } else if (location.hash === hash) {
    void router?.render();
  } else {
    location.hash = hash;
  }
}

/** Renders the current route again (after a language switch or a sign-in). */
export function refresh(): Promise<void> {
  return router?.render() ?? Promise.resolve();
}

export interface RouterOptions {
  routes: readonly Route[];
  outlet: HTMLElement;
  notFound: () => Promise<View>;
  /** Shown in the outlet when a screen takes longer than a moment to load. */
  loading?: () => HTMLElement;
  /** Answers a hash to go to instead (e.g. "#/login?next=…"), or null to render. */
  guard(match: Match): string | null;
  onRendered?(match: Match | null): void;
  onError(error: unknown, context: RouteContext): void;
}

let router: { render(): Promise<void> } | null = null;

let leaveGuard: (() => boolean) | null = null;
/**
 * A screen with unsaved work asks before the user leaves it by a link or the back button: the
 * guard answers true to leave (forms/leave-guard.ts sets it). Null: leave freely.
 */
export function setLeaveGuard(guard: (() => boolean) | null): void {
  leaveGuard = guard;
}

export function startRouter(options: RouterOptions): void {
  let controller: AbortController | null = null;
  /** The address of the screen on show, to go back to when the user stays (setLeaveGuard). */
  let shown = location.hash;
  const render = async (): Promise<void> => {
    shown = location.hash;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const match = matchRoute(options.routes, location.hash);
    const redirect = match ? options.guard(match) : null;
    if (redirect) {
      navigate(redirect, { replace: true });
      return;
    }
    const { outlet } = options;
    const context: RouteContext = {
      params: match?.params ?? {},
      query: match?.query ?? new URLSearchParams(),
      outlet,
      signal: current.signal,
      setTitle: (title) => {
        document.title = `${title} — Pusula`;
      },
    };
    outlet.setAttribute('aria-busy', 'true');
    // data-route names the screen once it is drawn (tests wait for it: waitForScreen).
    delete outlet.dataset.route;
    // Only while the previous screen is still shown: a view that renders in steps is left alone.
    const previous = outlet.firstElementChild;
    const slow = window.setTimeout(() => {
      if (!current.signal.aborted && options.loading && outlet.firstElementChild === previous)
        outlet.replaceChildren(options.loading());
    }, 300);
    try {
      const view = await (match ? match.route.load() : options.notFound());
      if (current.signal.aborted) return;
      await view.render(context);
      if (current.signal.aborted) return;
      outlet.dataset.route = match?.route.path ?? 'not-found';
      options.onRendered?.(match);
    } catch (error) {
      if (current.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      options.onError(error, context);
      outlet.dataset.route = 'error';
    } finally {
      window.clearTimeout(slow);
      if (!current.signal.aborted) outlet.removeAttribute('aria-busy');
    }
  };
  router = { render };
  window.addEventListener('hashchange', () => {
    if (location.hash !== shown && leaveGuard && !leaveGuard()) {
      // Stay: put the address back without another hashchange.
      history.replaceState(null, '', shown || '#/');
      return;
    }
    void render();
  });
  void render();
}
