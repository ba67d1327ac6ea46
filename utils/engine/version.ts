/** Version of the claim engine. Packs record it so a newer engine can decide to re-analyse stored articles. */
export const ENGINE_VERSION = '1.1.0' as const;
