// The text files of the CSV zip: README.md (what each file holds and how to import them),
// import.sh (the neo4j-admin command) and post-import.cypher (what the import cannot express).
import type { Label } from '../graph/model';
import type { PropSchema, RelType } from '../graph/queries/export-schema';
import { EMPTY_LISTS, listKeys } from './csv-files';
import type { ExportFilter } from './types';

export interface CsvFile { path: string; kind: 'nodes' | 'relationships'; name: Label | RelType; rows: number; schema: PropSchema }

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function importCommand(files: CsvFile[], database = 'neo4j', extra = ''): string {
  const args = files.map((f) => `  --${f.kind}=${shellQuote(f.path)}`);
  return [`neo4j-admin database import full ${database}`, '  --array-delimiter=U+001F --multiline-fields=true', ...args].join(' \\\n') + extra;
}

export const importScript = (files: CsvFile[]): string => `#!/bin/sh
# Imports this export into an empty (or new) database; run from the unzipped folder:
#   sh import.sh [database] [more neo4j-admin options]
# then run post-import.cypher against it (cypher-shell -d <database> -f post-import.cypher).
set -e
cd "$(dirname "$0")"
DB="\${1:-neo4j}"
[ $# -gt 0 ] && shift
${importCommand(files, '"$DB"', ' \\\n  "$@"')}
`;

// neo4j-admin import cannot write an empty list; each row names its empty lists instead.
export function postImportCypher(files: CsvFile[]): string {
  const lines = ['// Run once after `neo4j-admin database import` (cypher-shell -f post-import.cypher).', `// Restores the empty lists named in ${EMPTY_LISTS}, then drops that helper property.`];
  for (const f of files) {
    const keys = listKeys(f.schema);
    if (!keys.length) continue;
    const sets = keys.map((k) => `x.\`${k}\` = CASE WHEN '${k}' IN x.${EMPTY_LISTS} THEN [] ELSE x.\`${k}\` END`);
    const match = f.kind === 'nodes' ? `MATCH (x:\`${f.name}\`)` : `MATCH ()-[x:\`${f.name}\`]->()`;
    lines.push(`${match} WHERE x.${EMPTY_LISTS} IS NOT NULL CALL (x) { SET ${sets.join(', ')} REMOVE x.${EMPTY_LISTS} } IN TRANSACTIONS OF 10000 ROWS;`);
  }
  return lines.join('\n') + '\n';
}

export function readme(files: CsvFile[], filter: ExportFilter, when: Date): string {
  const table = files.map((f) => `| \`${f.path}\` | ${f.kind === 'nodes' ? 'nodes' : 'relationships'} \`${f.name}\` | ${f.rows} |`).join('\n');
  return `# govgraph export: CSV for neo4j-admin import

Exported ${when.toISOString()} with the filter \`${JSON.stringify(filter)}\`.

| file | holds | rows |
|---|---|---|
${table}

## Import into a second Neo4j (5.x)

Into an empty or new database, from this folder:

\`\`\`sh
${importCommand(files)}
cypher-shell -d neo4j -f post-import.cypher
\`\`\`

(\`import.sh\` runs the first command.) Then create govgraph's constraints and indexes
(\`schema/*.cypher\` in govgraph; \`govgraph serve\` applies them at start).

## Format

- One nodes file per label and one relationships file per type, each with its header row.
- Node ids share one id space, \`govgraph\`: \`id:ID(govgraph)\`, \`:START_ID(govgraph)\`, \`:END_ID(govgraph)\`;
  the id is also stored as the \`id\` property.
- Properties are typed in the header (\`:string\`, \`:long\`, \`:double\`, \`:boolean\`, \`:date\`, \`:string[]\`).
  Every string is quoted; an empty field means the property is absent. Fields may span lines
  (article text): import with \`--multiline-fields=true\`.
- List elements are separated by U+001F (the unit separator), not \`;\`, because text in the graph
  can contain \`;\`: pass \`--array-delimiter=U+001F\` (and split on \`\\u001F\` in other tools).
- \`${EMPTY_LISTS}\` names the properties of a row that are empty lists, which neo4j-admin cannot
  express; \`post-import.cypher\` restores them and removes that column's property.
- \`provenance:IGNORE\` (relationships that state a fact): a JSON list of the supporting articles,
  \`[{"articleId", "url", "date", "quote"}]\`, the quote being the evidence text in that article.
  The import skips it (\`:IGNORE\`), so the imported graph equals the exported one; the facts'
  \`articleIds\` and \`evidence\` ("articleId|start|end" offsets into Article.text) are imported.
- An entity's provenance is the articles that mention it: \`(Article)-[:MENTIONS]->(node)\`, and
  \`(Meeting)-[:REPORTED_IN]->(Article)\` for a meeting, each with the \`evidence\` spans in that article.
`;
}
