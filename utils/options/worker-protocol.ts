/**
 * Messages between the options page and the import worker (utils/options/import.worker.ts).
 * Every job has a number; replies carry it so a cancelled job's late replies are ignored.
 */
import type { AnalyseResult, ParseResult, PreparedItem, Source } from './pipeline';

/** Page → worker. */
export type WorkerRequest =
  | { type: 'parse'; job: number; sources: Source[] }
  | { type: 'analyse'; job: number; items: PreparedItem[]; now: number }
  | { type: 'cancel'; job: number };

/** Worker → page. */
export type WorkerReply =
  | { type: 'parsed'; job: number; result: ParseResult }
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'analysed'; job: number; result: AnalyseResult }
  | { type: 'failed'; job: number; error: string };
