// Each format's writer and how it is served: media type and file name.
import type { Writable } from 'node:stream';
import { CsvSink } from './csv';
import { GexfSink } from './gexf';
import { GraphmlSink } from './graphml';
import { JsonSink } from './json';
import { JsonldSink } from './jsonld';
import type { ExportFormat, Sink } from './types';

export interface FormatInfo {
  contentType: string;
  extension: string;
  sink(dest: Writable): Sink;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', sink: (d) => new GraphmlSink(d) },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', sink: (d) => new GexfSink(d) },
  csv: { contentType: 'application/zip', extension: 'neo4j-csv.zip', sink: (d) => new CsvSink(d) },
  jsonld: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld', sink: (d) => new JsonldSink(d) },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', sink: (d) => new JsonSink(d) },
};

export const fileName = (format: ExportFormat): string => `govgraph.${FORMAT_INFO[format].extension}`;
