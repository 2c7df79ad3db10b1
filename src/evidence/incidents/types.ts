/** The serious-incident log (EU AI Act Art. 73), normalised: our own documented format. */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

/**
 * How serious an incident is, as Art. 3(49) and Art. 73 sort them; the class sets the reporting
 * deadline. `not-serious` is logged but has no deadline.
 */
export const INCIDENT_CLASSES = ['death', 'widespread-infringement', 'critical-infrastructure', 'serious-harm', 'not-serious'] as const;
export type IncidentClass = (typeof INCIDENT_CLASSES)[number];

export interface Incident {
  id: string;
  /** The incident's entry (its `id`), where a finding about the incident goes. */
  at: Location;
  /** The day the provider became aware of it, from which Art. 73's deadlines run. */
  detected: Located<string>;
  classification: IncidentClass;
  /** What happened, in the log's words. */
  summary?: Located<string>;
  /** When and to whom it was reported, once it was, and the authority's reference for it. */
  reported?: { date: Located<string>; authority: string; reference?: string };
  status: string;
}

export interface IncidentLog {
  format: string;
  file: string;
  /** The id of the system the log says it is for (`system`), where it says. */
  system?: Located<string>;
  incidents: Incident[];
}
