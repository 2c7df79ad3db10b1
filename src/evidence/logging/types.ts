/**
 * A shipped logging configuration, normalised: an OpenTelemetry Collector config, a Fluent Bit
 * config (classic .conf or YAML) or our own shape. What each format can show differs: a
 * collector config states its pipelines and destinations but rarely a retention and never
 * which fields the application logs; `cannotShow` says what this file's format cannot show,
 * so the checks fall back to the manifest's declaration for it (which then only supports).
 */
import { normalize } from 'node:path/posix';
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

/** What Art. 12(2)/(3) logs must let one reconstruct, as categories of recorded fields. */
export const LOG_CATEGORIES = ['timestamp', 'input', 'output', 'model-version', 'operator-action'] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

/** Where a destination keeps what it receives: a file, a backend it sends to, or nowhere (stdout, debug, null). */
export type DestinationKind = 'file' | 'remote' | 'none';

export interface LogDestination {
  /** The component as the config names it (`file/audit`, `es`, `stdout`). */
  name: string;
  kind: DestinationKind;
  at: Location;
}

export interface LogPipeline {
  /** `logs/audit` in a collector config; the output's name for Fluent Bit; `events` in ours. */
  name: string;
  at: Location;
  destinations: LogDestination[];
}

export interface RecordedCategory {
  category: LogCategory;
  /** Where the config shows it: the field, processor or filter that records it. */
  source: string;
  at: Location;
}

/**
 * A destination that deletes its oldest files by count (a file exporter's rotation.max_backups,
 * Fluent Bit's logrotate Max_Files), stating no age: it keeps what fits in so many files, for as
 * long as the system takes to write that, a time the config does not state (hours, at volume).
 */
export interface VolumeBound {
  /** The exporter or output, as a message names it: `exporter file/audit`, `output logrotate`. */
  destination: string;
  /** What it keeps at most: `2 MB in 2 files`. */
  keeps: string;
  /** The settings that bound it, as written or by default: `rotation.max_megabytes 1, rotation.max_backups 1`. */
  source: string;
  at: Location;
}

export interface LoggingConfig {
  format: string;
  file: string;
  /** Pipelines that carry log records (a collector's `logs` pipelines, Fluent Bit's routed outputs). */
  pipelines: LogPipeline[];
  /** The categories of fields the config shows are recorded. */
  recorded: RecordedCategory[];
  /** How long logs are kept, in days, where the config states it (the shortest, when several destinations do). */
  retention?: Located<number> & { source: string };
  /** File destinations whose retention is bounded by volume, not time (none for our shape). */
  volumeBound: VolumeBound[];
  /** Whether the config says logging is on (our shape only). */
  enabled?: Located<boolean>;
  /** Event names the config declares (our shape only). */
  events?: Array<Located<string>>;
  /** What this format cannot show, so the manifest's declaration stands in for it. */
  cannotShow: Array<'retention' | LogCategory>;
  /** Why the tool itself would refuse or mis-route this config (a pipeline naming an undefined exporter). */
  problems: Array<{ message: string; at: Location }>;
}

/** The categories this file shows recorded, once each. */
export function recordedCategories(config: LoggingConfig): Set<LogCategory> {
  return new Set(config.recorded.map((entry) => entry.category));
}

const MODEL_VERSION_KEY = /(?:^|[._-])(?:model[._-]?version|service\.version)$/i;

/** Whether an attribute or record key a config sets names the model version (`model.version`, `model_version`, `service.version`). */
export const isModelVersionKey = (key: string): boolean => MODEL_VERSION_KEY.test(key);

/**
 * The device a file destination writes to when it keeps nothing: anything under `/dev/` or
 * `/proc/` (null, zero, the console, a terminal, a file descriptor, shared memory), or a Windows
 * device name in any folder and with any extension (`NUL`, `C:\\logs\\nul.txt`, `CON`,
 * `CONOUT$`). The path is normalised first (`/dev/./null`); POSIX names keep their case outside
 * /dev (a file named `NUL` is a file on Linux, but so rare a name for a log that it counts as the device). Undefined for a file.
 */
export function discardingDevice(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const written = path.trim();
  const posix = normalize(written.replace(/\\/g, '/'));
  if (/^\/(?:dev|proc)\/./.test(posix)) return written;
  // normalize leaves at most one slash at the end.
  const name = (posix.endsWith('/') ? posix.slice(0, -1) : posix).split('/').pop() ?? '';
  if (WINDOWS_DEVICE.test(name)) return written;
  return undefined;
}

/** Windows' reserved device names: a device in any folder, whatever extension follows. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9]|conin\$|conout\$)(?:\.[^/]*)?:?$/i;
