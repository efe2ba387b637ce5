// The public surface of the extractor: text in, Extraction out, no I/O.
export * from './types';
export { extract } from './extract';
