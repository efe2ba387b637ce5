// Search hits grouped by node type, in the legend's order.
import type { SearchHit } from './gql';
import { h, highlight } from './dom';
import { NODE_TYPES, typeInfo } from './node-types';

export function renderResults(list: HTMLElement, hits: SearchHit[], query: string, pick: (id: string) => void): void {
  if (!hits.length) { list.replaceChildren(h('p', { class: 'muted' }, `Nothing found for “${query}”.`)); return; }
  const order = (t: string) => { const i = NODE_TYPES.findIndex((x) => x.value === t); return i < 0 ? 99 : i; };
  const types = [...new Set(hits.map((x) => x.type))].sort((a, b) => order(a) - order(b));
  list.replaceChildren(...types.map((type) => {
    const t = typeInfo(type);
    const group = hits.filter((x) => x.type === type);
    return h('section', { class: 'group', 'data-type': t.label },
      h('h3', {}, h('span', { class: 'dot', style: `background:${t.color}` }), `${t.zh} ${t.label} `, h('span', { class: 'count' }, String(group.length))),
      h('ul', {}, group.map((hit) => h('li', {},
        h('button', { type: 'button', class: 'hit', 'data-id': hit.node.id, onclick: () => pick(hit.node.id) },
          h('span', { class: 'label' }, ...highlight(hit.label, query)),
          hit.snippet && hit.snippet !== hit.label ? h('span', { class: 'snippet' }, ...highlight(hit.snippet, query)) : null)))));
  }));
}
