import { h, type Child } from '../lib/dom.js';

/**
 * A screen's header: the eyebrow above (what the page belongs to), its h1, focusable so that the
 * router can move the focus there, and what the header says beneath it (`rest`).
 */
export function pageHeader(
  eyebrow: Child,
  title: Child | Child[],
  ...rest: Array<Child | Child[]>
): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, eyebrow),
    h('h1', { tabindex: -1 }, title),
    ...rest,
  );
}

/** The eyebrow of a plan's screens: its institution and title. */
export function planEyebrow(plan: { institution: { name: string }; title: string }): string {
  return `${plan.institution.name} · ${plan.title}`;
}
