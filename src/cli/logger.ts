import pino from 'pino';
import { readEnv } from '../config/env';

/** Logs go to stderr, so stdout stays clean for the data a command prints. */
export function makeLogger(name = 'govgraph') {
  return pino({ name, level: readEnv().LOG_LEVEL }, pino.destination(2));
}
