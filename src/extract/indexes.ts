// Word indexes over the lexicon, built once: the readers share them.
import { lexicon, type Lexicon } from './lexicon';
import { WordIndex } from './text/scan';

export interface Indexes {
  lex: Lexicon;
  titles: WordIndex;
  nameFirst: WordIndex;
  boundaries: WordIndex;
  postLeads: WordIndex;
  orgSuffixes: WordIndex;
  presided: WordIndex;
  spoke: WordIndex;
  attended: WordIndex;
  roleVerbs: WordIndex;
  relay: WordIndex;
  meetingKinds: WordIndex;
  compounds: WordIndex;
  convene: WordIndex;
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
    orgSuffixes: new WordIndex(lex.orgSuffixes.keys()),
    presided: new WordIndex(lex.roles.presided),
    spoke: new WordIndex(lex.roles.spoke),
    attended: new WordIndex(lex.roles.attended),
    roleVerbs: new WordIndex([...lex.roles.presided, ...lex.roles.spoke, ...lex.roles.attended]),
    relay: new WordIndex(lex.relayVerbs),
    meetingKinds: new WordIndex(lex.meetingKinds.map(([w]) => w)),
    compounds: new WordIndex(lex.compoundSurnames),
    convene: new WordIndex(lex.conveneVerbs),
  };
  return cached;
}
