/**
 * Which way a drift method's score reads, for comparing it with a threshold: a distance grows
 * with drift (past the threshold is drift), a statistical test gives a p-value (below it is
 * drift). Other methods have no sense here and their thresholds are not compared. One list for
 * the config's checks, the latest run's values and the bounds a pull request may not relax.
 */
// Evidently's names are its StatTest registry's (evidently/legacy/calculations/stattests): `ed` is
// its energy distance and `abs_text_content_drift` a domain classifier's ROC AUC, both drift above
// the threshold; `es` (Epps-Singleton) and `empirical_mmd` return a test's p-value, drift below
// it. Left without a sense: Evidently's `TVD` returns a permutation test's p-value, but anyone
// else's "tvd" is the distance itself, drift above it, and one list serves every format; and
// `perc_text_content_drift` compares its score with a bootstrap percentile, not the threshold.
const DISTANCES = new Set(['psi', 'jensenshannon', 'jensen_shannon', 'js', 'wasserstein', 'hellinger', 'kl_div', 'euclidean', 'energy_dist', 'ed', 'emd', 'l_infinity', 'abs_text_content_drift']);
const P_VALUES = new Set(['ks', 'chisquare', 'z', 'fisher_exact', 'g_test', 'anderson', 'cramer_von_mises', 't_test', 'mannw', 'epps_singleton', 'es', 'empirical_mmd']);
/** Distances that never exceed 1 (PSI and Wasserstein are unbounded; a ROC AUC is at most 1). */
const UNIT_DISTANCES = new Set(['jensenshannon', 'jensen_shannon', 'js', 'hellinger', 'abs_text_content_drift']);

export type DriftSense = 'distance' | 'p-value';

/** A metric's name as configs and runs are matched by it: case and outer spaces aside. */
export function metricKey(name: string): string {
  return name.trim().toLowerCase();
}

/** What a metric, or a run's value of one, is matched by: its key where it has one, else its name's. */
export function keyOf(item: { name: string; key?: string }): string {
  return item.key ?? metricKey(item.name);
}

/** How `method` reads, case aside; undefined when it is neither a known distance nor a known test. */
export function driftSense(method: string | undefined): DriftSense | undefined {
  const name = method?.trim().toLowerCase();
  if (name === undefined) return undefined;
  return DISTANCES.has(name) ? 'distance' : P_VALUES.has(name) ? 'p-value' : undefined;
}

/** Whether `method` is a distance that lies in [0, 1]. */
export function isUnitDistance(method: string | undefined): boolean {
  return method !== undefined && UNIT_DISTANCES.has(method.trim().toLowerCase());
}
