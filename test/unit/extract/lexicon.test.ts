// The lexicon data: every file says where its list comes from; lists have no duplicates; every
// title and organization word has a kind; junk patterns compile and are linear-time shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLexiconFiles, buildLexicon, lexiconDir } from '../../../src/extract/lexicon';

const files = readLexiconFiles();

test('the lexicon folder is found from the compiled code', () => {
  assert.match(lexiconDir(), /src[/\\]extract[/\\]lexicon$/);
  assert.ok(files.size >= 10);
});

test('every lexicon file has source and description', () => {
  for (const [name, f] of files) {
    assert.ok(f.source.trim().length > 20, `${name}: source`);
    assert.ok(f.description.trim().length > 20, `${name}: description`);
  }
});

test('word lists have no duplicates', () => {
  const check = (where: string, v: unknown): void => {
    if (typeof v === 'string') {
      const ws = v.split(/\s+/).filter(Boolean);
      const dup = ws.filter((w, i) => ws.indexOf(w) !== i);
      assert.deepEqual(dup, [], `${where} duplicates`);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) check(`${where}.${k}`, x);
    }
  };
  for (const [name, f] of files) {
    for (const [k, v] of Object.entries(f)) if (k !== 'source' && k !== 'description') check(`${name}.${k}`, v);
  }
});

test('every title word and organization word has one kind', () => {
  const lex = buildLexicon(files);
  assert.ok(lex.titleKinds.size > 200);
  for (const [w, k] of lex.titleKinds) assert.ok(w && k, w);
  const titleKinds = files.get('title-words')!.kinds as Record<string, string>;
  const all = Object.values(titleKinds).flatMap((s) => s.split(/\s+/).filter(Boolean));
  assert.deepEqual(all.filter((w, i) => all.indexOf(w) !== i), []);
  for (const [, k] of lex.orgSuffixes) assert.ok(['party', 'government', 'congress', 'cppcc', 'court', 'procuratorate', 'group', 'school', 'enterprise', 'other'].includes(k));
});

test('surnames include compound and rare ones; ambiguous ones are surnames', () => {
  const lex = buildLexicon(files);
  for (const s of ['王', '亓', '仉', '訾', '覃']) assert.ok(lex.surnames.has(s), s);
  for (const s of ['欧阳', '司马', '诸葛', '上官']) assert.ok(lex.compoundSurnames.has(s), s);
  for (const s of lex.ambiguousSurnames) assert.ok(lex.surnames.has(s), `ambiguous ${s} is a surname`);
  for (const s of lex.commonSurnames) assert.ok(lex.surnames.has(s), `common ${s} is a surname`);
});

test('junk patterns compile and have no nested quantifiers', () => {
  const lex = buildLexicon(files);
  for (const p of [...lex.junkLines, ...lex.junkInline]) {
    assert.ok(p.reason);
    assert.doesNotMatch(p.re.source, /\([^)]*[+*][^)]*\)[+*]/, `nested quantifier in ${p.re.source}`);
  }
});
