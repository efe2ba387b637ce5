// Word indexes over the lexicon, built once: the readers share them.
import { lexicon, type Lexicon } from './lexicon';
import { WordIndex } from './text/scan';

export interface Indexes {
  lex: Lexicon;
  titles: WordIndex;
  nameFirst: WordIndex;
  boundaries: WordIndex;
  postLeads: WordIndex;
  foreignPlaces: WordIndex;
  orgSuffixes: WordIndex;
  presided: WordIndex;
  spoke: WordIndex;
  attended: WordIndex;
  roleVerbs: WordIndex;
  relay: WordIndex;
  meetingKinds: WordIndex;
  compounds: WordIndex;
  convene: WordIndex;
  /** Code units that may start a name: surnames, compound-surname heads, transliteration characters. */
  nameStart: Uint8Array;
}

function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

let cached: Indexes | undefined;

export function indexes(): Indexes {
  if (cached) return cached;
  const lex = lexicon();
  cached = {
    lex,
    titles: new WordIndex(lex.titleKinds.keys()),
    nameFirst: new WordIndex(lex.nameFirstTitles),
    boundaries: new WordIndex([...lex.nameBoundaries, ...lex.titleKinds.keys()]),
    postLeads: new WordIndex(lex.postLeads),
    foreignPlaces: new WordIndex(lex.foreignPlaces),
    orgSuffixes: new WordIndex(lex.orgSuffixes.keys()),
    presided: new WordIndex(lex.roles.presided),
    spoke: new WordIndex(lex.roles.spoke),
    attended: new WordIndex(lex.roles.attended),
    roleVerbs: new WordIndex([...lex.roles.presided, ...lex.roles.spoke, ...lex.roles.attended]),
    relay: new WordIndex(lex.relayVerbs),
    meetingKinds: new WordIndex(lex.meetingKinds.map(([w]) => w)),
    compounds: new WordIndex(lex.compoundSurnames),
    convene: new WordIndex(lex.conveneVerbs),
    nameStart: codeTable([...lex.surnames, ...lex.translitChars, ...[...lex.compoundSurnames].map((c) => c[0])]),
  };
  return cached;
}
