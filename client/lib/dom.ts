/**
 * Building DOM without innerHTML: text always goes in as text, so data from the API can never
 * become markup (the CSP allows no inline script either).
 */

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * h('button', { type: 'button', class: 'link', onclick: handler }, 'Text').
 * Attributes set to false, null or undefined are left out; `on*` functions become listeners.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/**
 * A section named by its heading: `<section class="…" aria-labelledby="id"><h2 id="id">…</h2>…`,
 * so every landmark of a screen has its own name (axe landmark-unique) and the heading says it.
 */
export function labelledSection(
  className: string,
  headingId: string,
  heading: Child | Child[],
  ...children: Array<Child | Child[]>
): HTMLElement {
  return h(
    'section',
    { class: className, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, heading),
    ...children,
  );
}

/** The breadcrumb above a page: a nav named `label` with the link back to the page it belongs to. */
export function breadcrumb(label: string, link: string, text: string): HTMLElement {
  return h('nav', { class: 'breadcrumb', 'aria-label': label }, h('a', { href: link }, text));
}

export function append(parent: Node, ...children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let idCounter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix = 'id'): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Text only screen readers read (styles/main.css .visually-hidden). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}
