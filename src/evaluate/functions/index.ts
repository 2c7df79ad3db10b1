/** Every check function a policy can name in `then.function`. */
import type { CheckFunction } from '../function.js';
import { anyPresent } from './any-present.js';
import { biasReportCoverage, biasReportModelVersion, biasReportReadable } from './bias.js';
import { cardReadable } from './card-readable.js';
import { cardSection } from './card-section.js';
import { fileExists } from './file-exists.js';
import { monitoringConfigReadable, monitoringDeclares } from './monitoring.js';
import { present } from './present.js';

export const CHECK_FUNCTIONS: ReadonlyMap<string, CheckFunction<never>> = new Map(
  (
    [
      present,
      anyPresent,
      fileExists,
      cardSection,
      cardReadable,
      biasReportReadable,
      biasReportModelVersion,
      biasReportCoverage,
      monitoringConfigReadable,
      monitoringDeclares,
    ] as CheckFunction<never>[]
  ).map((fn) => [fn.name, fn]),
);
