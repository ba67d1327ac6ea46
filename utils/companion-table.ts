/**
 * Dexie middleware for a table derived from another one and kept in step with it in the same transaction
 * (utils/topic-head.ts, utils/article-meta.ts): every read-write transaction over the source also takes the companion
 * into its scope, and each write to the source goes through the caller's `mutate`, which writes both.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';

/**
 * A middleware named `name` that routes writes to `source` through `mutate(req, sourceTable, companionTable)`.
 * Inert on a database opened at a version without the companion table (an old schema in a test or an upgrade).
 */
export function companionTable(
  name: string,
  source: string,
  companion: string,
  mutate: (req: DBCoreMutateRequest, source: DBCoreTable, companion: DBCoreTable) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      const present = () => down.schema.tables.some((t) => t.name === companion);
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.includes(source) && !stores.includes(companion) && present();
          return down.transaction(widen ? [...stores, companion] : stores, mode, options);
        },
        table(tableName) {
          const table = down.table(tableName);
          if (tableName !== source) return table;
          return { ...table, mutate: (req) => (present() ? mutate(req, table, down.table(companion)) : table.mutate(req)) };
        },
      };
    },
  };
}
