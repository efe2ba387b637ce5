// Who issued a cited document, when the text names it right before the title:
// 中央办公厅《…》, 县政府党组《…》, 县委办公室提交的《…》, X印发的《…》. Verbs and conjunctions
// before the organization (贯彻落实, 审议了, 和, 以及) are not part of it.
import type { Indexes } from '../indexes';
import { isHan } from '../text/scan';

const LINK = /(?:印发|制定|出台|提交|发布|下发|起草|审议通过|颁布|修订|转发)?的$/;
const CONJ = ['以及', '和', '及', '与', '、', '并', '同'];
const EXTRA_VERBS = ['审议通过了', '审议了', '审定了', '通过了', '研究了', '学习了', '听取了', '印发了', '审议', '审定', '通过', '印发', '转发'];

export function issuerBefore(t: string, bracketStart: number, ix: Indexes): string | null {
  let end = bracketStart;
  const link = LINK.exec(t.slice(Math.max(0, end - 8), end));
  if (link) end -= link[0].length;
  let s = end;
  while (s > 0 && end - s < 20 && isHan(t[s - 1])) s--;
  let text = t.slice(s, end);
  // Cut after the last verb: what remains is the organization.
  let cut = 0;
  for (let k = 0; k < text.length; k++) {
    const v = ix.relay.startingAt(text, k) ?? ix.roleVerbs.startingAt(text, k) ?? EXTRA_VERBS.find((w) => text.startsWith(w, k)) ?? null;
    if (v && v.length >= 2) cut = k + v.length;
  }
  text = text.slice(cut).replace(/^了/, '');
  for (let again = true; again; ) {
    again = false;
    for (const c of CONJ) {
      if (text.startsWith(c) && text.length > c.length + 1) {
        text = text.slice(c.length);
        again = true;
      }
    }
    const lead = ix.postLeads.startingAt(text, 0);
    if (lead && text.length > lead.length + 1) {
      text = text.slice(lead.length);
      again = true;
    }
  }
  if (text.length < 2) return null;
  return ix.orgSuffixes.endingAt(text, text.length) ? text : null;
}
