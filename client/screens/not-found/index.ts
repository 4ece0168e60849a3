import { h, replaceChildren } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import type { RouteContext } from '../../lib/router.js';

export function render(context: RouteContext): void {
  context.setTitle(t('common.notFoundTitle'));
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('common.notFoundTitle')),
    h('p', {}, t('common.notFoundText')),
    h('p', {}, h('a', { href: '#/' }, t('common.backHome'))),
  );
}
