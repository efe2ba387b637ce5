// neo4j-admin import CSV, zipped as it streams (yazl writes one entry after another, each
// deflated on the fly): nodes/<Label>.csv, relationships/<TYPE>.csv, then README.md,
// import.sh and post-import.cypher, which name the files and their row counts.
import { PassThrough, type Writable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Label } from '../graph/model';
import type { ExportSchema, PropSchema, RelType } from '../graph/queries/export-schema';
import { edgeHeader, edgeRow, nodeHeader, nodeRow } from './csv-files';
import { importScript, postImportCypher, readme, type CsvFile } from './csv-readme';
import { Out } from './out';
import type { BeginContext, ExportEdge, ExportFilter, ExportNode, Sink } from './types';

export class CsvSink implements Sink {
  readonly needsSchema = true;
  private readonly zip = new ZipFile();
  private schema: ExportSchema | null = null;
  private filter: ExportFilter = {};
  private readonly files: CsvFile[] = [];
  private entry: { out: Out; file: CsvFile } | null = null;

  constructor(dest: Writable, private readonly now = new Date()) {
    this.zip.outputStream.pipe(dest);
  }

  begin({ schema, filter }: BeginContext): void {
    this.schema = schema;
    this.filter = filter;
  }

  private open(kind: CsvFile['kind'], name: Label | RelType, schema: PropSchema, header: string): void {
    const stream = new PassThrough();
    const file: CsvFile = { path: `${kind}/${name}.csv`, kind, name, rows: 0, schema };
    this.zip.addReadStream(stream, file.path, { mtime: this.now });
    this.entry = { out: new Out(stream), file };
    this.entry.out.write(header);
  }

  private async close(): Promise<void> {
    if (!this.entry) return;
    this.files.push(this.entry.file);
    await this.entry.out.end();
    this.entry = null;
  }

  startNodes(label: Label): void {
    const schema = this.schema!.nodes.get(label)!;
    this.open('nodes', label, schema, nodeHeader(schema));
  }

  node(n: ExportNode): void {
    this.entry!.out.write(nodeRow(n, this.entry!.file.schema));
    this.entry!.file.rows++;
  }

  endNodes(): Promise<void> { return this.close(); }

  startEdges(type: RelType): void {
    const schema = this.schema!.edges.get(type)!;
    this.open('relationships', type, schema, edgeHeader(schema));
  }

  edge(e: ExportEdge): void {
    this.entry!.out.write(edgeRow(e, this.entry!.file.schema));
    this.entry!.file.rows++;
  }

  endEdges(): Promise<void> { return this.close(); }

  async drain(): Promise<void> {
    await this.entry?.out.drain();
  }

  async end(): Promise<void> {
    await this.close();
    const text = (s: string) => Buffer.from(s, 'utf8');
    this.zip.addBuffer(text(readme(this.files, this.filter, this.now)), 'README.md', { mtime: this.now });
    this.zip.addBuffer(text(importScript(this.files)), 'import.sh', { mtime: this.now, mode: 0o100755 });
    this.zip.addBuffer(text(postImportCypher(this.files)), 'post-import.cypher', { mtime: this.now });
    this.zip.end();
  }
}
