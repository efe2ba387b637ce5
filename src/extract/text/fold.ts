// Full-width ASCII (（，：１) folded to half-width, one character for one, so that readers can
// match one form while offsets and slices stay those of the text as written.
export function foldWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  const out = new Array<string>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : s[i];
  }
  return out.join('');
}
