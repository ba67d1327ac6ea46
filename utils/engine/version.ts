/** Version of the claim engine. Packs record it so a newer engine can decide to re-analyse stored articles. */
// 1.2.0: one tokenizer and Porter2 stems (topics, match terms and relation terms change with them).
export const ENGINE_VERSION = '1.2.0' as const;
