/** How `modelgate init` cites the validation results and Croissant descriptions it finds. */
import { TODO, type FoundEvidence } from '../init-citation.js';
import { comparableName } from './checks.js';
import type { DataQualityEvidence } from './types.js';

/**
 * Each validation result and Croissant description goes under the dataset it names (compared
 * without case, punctuation or extension); one that names no declared dataset brings its own
 * entry, of markers, under that name (or its file's), as a dataset card does.
 */
export function citeDataEvidence(manifest: Record<string, unknown>, found: ReadonlyArray<FoundEvidence<DataQualityEvidence>>): void {
  const data = manifest.data as { datasets: Array<Record<string, unknown>> };
  for (const { file, format, read } of found) {
    if (!read.ok) continue;
    const evidence = read.value;
    const names = evidence.kind === 'validation' ? [...new Set(evidence.runs.flatMap((run) => run.assets))] : evidence.name ? [evidence.name] : [];
    const keys = new Set(names.map(comparableName));
    let dataset = data.datasets.find((d) => typeof d.id === 'string' && keys.has(comparableName(d.id)));
    if (!dataset) {
      const id = names[0] ?? file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
      dataset = { id, source: `${TODO}: who produced ${id} and where it came from`, license: `${TODO}: the licence ${id} is used under` };
      // The placeholder entry init writes when it knows of no dataset is replaced, not kept.
      if (data.datasets.length === 1 && String(data.datasets[0]?.id).startsWith(TODO)) data.datasets.splice(0, 1);
      data.datasets.push(dataset);
    }
    if (evidence.kind === 'validation' && !dataset.quality) dataset.quality = { path: file, format };
    if (evidence.kind === 'croissant' && !dataset.croissant) dataset.croissant = file;
  }
}
