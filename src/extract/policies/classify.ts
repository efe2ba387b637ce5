// Does a 《…》 name a policy document? Its title must end with a document word (意见, 条例,
// 方案, 报告, 讲话 …) once status words ((试行), (草案)) are set aside, must not end with a
// periodical or programme word (日报, 联播), and must not follow a media word (视频《…》).
import type { Indexes } from '../indexes';

const TRAILING_PAREN = /[(（][^()（）]{1,12}[)）]$/;

/** The title without trailing status parentheses and quotes, for classification only. */
export function coreTitle(title: string, ix: Indexes): string {
  let s = title.replace(/[”"’']+$/, '');
  for (let guard = 0; guard < 3; guard++) {
    const m = TRAILING_PAREN.exec(s);
    if (!m) break;
    const inner = m[0].slice(1, -1);
    if (!ix.lex.statusWords.some((w) => inner.includes(w)) && !/\d{4}|版|修订|修正/.test(inner)) break;
    s = s.slice(0, m.index);
  }
  return s;
}

export function isDocumentTitle(title: string, before: string, ix: Indexes): boolean {
  const lex = ix.lex;
  const core = coreTitle(title, ix);
  if (core.length < 2 || core.length > 120) return false;
  if (lex.mediaBefore.some((w) => before.endsWith(w))) return false;
  // A meeting's name in brackets (《全县经济工作会议》) is not a document.
  if (ix.meetingKinds.endingAt(core, core.length) && !/纪要$/.test(core)) return false;
  if (lex.notDocWords.some((w) => core.endsWith(w))) {
    // 《…工作报告》 ends in 报告, not in 报: the longer document word wins.
    const doc = lex.docWords.find((w) => core.endsWith(w));
    const not = lex.notDocWords.find((w) => core.endsWith(w))!;
    if (!doc || doc.length <= not.length) return false;
  }
  return lex.docWords.some((w) => core.endsWith(w));
}
