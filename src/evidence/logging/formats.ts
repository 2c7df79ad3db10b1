/**
 * How a cited logging config is read: by one of these adapters (the first to recognise the file).
 * A Fluent Bit classic `.conf` is read by its own line reader; everything else as YAML or JSON.
 * Both forms of Fluent Bit config have the files they include read in (by the store).
 */
import type { EvidenceFormats } from '../adapter.js';
import { classicIncludes, looksClassic, mergeClassic, parseFluentBitClassic } from './fluent-bit-conf.js';
import { fluentBitConfig } from './fluent-bit.js';
import { mergeYaml, yamlIncludes } from './fluent-bit-yaml.js';
import { modelgateLogging } from './modelgate.js';
import { otelCollectorConfig } from './otel-collector.js';
import type { LoggingConfig } from './types.js';

export const loggingConfigs: EvidenceFormats<LoggingConfig> = {
  id: 'logging',
  what: 'logging config',
  adapters: [modelgateLogging, otelCollectorConfig, fluentBitConfig],
  parse: (file, text) => (file.toLowerCase().endsWith('.conf') || looksClassic(text) ? parseFluentBitClassic(text, file) : undefined),
  extensions: ['conf'],
  // A classic config's @INCLUDEs, or a YAML config's includes: (each function reads only its own form).
  includes: (doc) => [...classicIncludes(doc), ...yamlIncludes(doc)],
  merge: (doc, included) => (classicIncludes(doc).length > 0 ? mergeClassic(doc, included) : mergeYaml(doc, included)),
};
