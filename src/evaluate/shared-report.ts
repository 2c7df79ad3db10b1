/**
 * The words evidence/own-system and the engine's comparison of shared reports (engine/gate.ts)
 * both say: kept apart from the check function, so the engine's bundle does not load it.
 */

/**
 * Why a report about the model files is not shared when `whose` ("this system", or the other
 * system's manifest) holds `unlisted`, a model file its artifacts do not list: it may serve other
 * weights than the report was made on.
 */
export const unlistedReason = (unlisted: string, whose = 'this system') =>
  `(systems that ship the same model files may share one, but a folder of ${whose} also holds ${unlisted}, which its artifacts do not list)`;
