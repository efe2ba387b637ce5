// Pinyin glosses written after characters (遠(yuǎn)) are removed; a parenthesis that holds
// anything but pinyin syllables ((试行), (市、区), (CEO)) stays.

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|uan|ian|iao|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v|ng|n|m)';
const SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`);
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
// A CJK character, then a parenthesis of up to four Latin syllables (with tone marks or digits).
const GLOSS = /([\u3400-\u9fff\uf900-\ufaff])[(（]\s*([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}[1-5]?(?:[ '’][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}[1-5]?){0,3})\s*[)）]/g;

function plain(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[1-5]$/, '').replace(/ü/g, 'v').toLowerCase();
}

function isPinyin(content: string, marked: boolean): boolean {
  const parts = content.split(/[ '’]/);
  if (!parts.every((p) => SYLLABLE.test(plain(p)))) return false;
  // Unmarked syllables (de, le) count only in a text that glosses with tone marks elsewhere.
  return marked || /[1-5]$/.test(content) || TONE_MARKED.test(content);
}

export function removePinyinGlosses(text: string): { text: string; removed: number } {
  if (!/[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text)) return { text, removed: 0 };
  let marked = 0;
  for (const m of text.matchAll(GLOSS)) if (TONE_MARKED.test(m[2]) && isPinyin(m[2], false)) marked++;
  let removed = 0;
  const out = text.replace(GLOSS, (all, han: string, content: string) => {
    if (!isPinyin(content, marked >= 2)) return all;
    removed++;
    return han;
  });
  return { text: out, removed };
}
