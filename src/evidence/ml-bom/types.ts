/**
 * An ML-BOM (a bill of materials for a machine-learning model), normalised: a CycloneDX 1.5+
 * document with a `machine-learning-model` component, or an SPDX 3.0 document with the AI and
 * Dataset profiles. What rules compare with the manifest and the card: the model (name, version,
 * licences, hashes, parameters), its datasets, and the files it lists with their hashes. Each
 * value keeps where it is in the file (schemas/ml-bom.schema.json describes the shape).
 */
import type { Location } from '../../types.js';
import type { Located } from '../types.js';

export interface BomHash {
  /** Lower case, without punctuation: `sha256`, `sha1`, `md5`. */
  alg: string;
  /** Lower-case hexadecimal. */
  value: string;
  at: Location;
}

export interface BomModel {
  name: Located<string>;
  version?: Located<string>;
  /** SPDX ids, expressions or licence names, as the BOM writes them. */
  licenses: Array<Located<string>>;
  hashes: BomHash[];
  /** `task`, `architectureFamily`, `modelArchitecture`, `typeOfModel`, … as the BOM states them. */
  parameters: Record<string, string>;
  at: Location;
}

export interface BomDataset {
  name: string;
  /** The version the BOM gives the data, with where it is. */
  version?: Located<string>;
  licenses: Array<Located<string>>;
  hashes: BomHash[];
  /** The dataset's name in the file. */
  at: Location;
}

/** A file the BOM lists with hashes (a CycloneDX `file` component, an SPDX `software_File`). */
export interface BomFile {
  name: string;
  hashes: BomHash[];
  at: Location;
}

export interface MlBom {
  format: 'cyclonedx' | 'spdx';
  file: string;
  specVersion: string;
  /** Absent when the document describes no model (then ml-bom/readable fails). */
  model?: BomModel;
  datasets: BomDataset[];
  files: BomFile[];
  /** Why the document does not hold up as an ML-BOM (no model, a dataset reference that names nothing). */
  problems: Array<{ message: string; at: Location }>;
}
