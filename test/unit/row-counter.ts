/**
 * Counts the stored rows one table's reads return (get, getMany, and queries for values — a query for keys or a
 * lookup that finds nothing reads no row) and the rows its puts and adds write, through a Dexie DBCore middleware:
 * for tests of how much a read or write path touches. `take*` answers the count since the last take and restarts it.
 */
import type { DBCore, Middleware } from 'dexie';

/** A row counter for `table`: add `middleware` with `db.use` before the reads and writes to count. */
export function tableRowCounter(table: string): { middleware: Middleware<DBCore>; takeRead: () => number; takeWritten: () => number } {
  let read = 0;
  let written = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: `count-${table}-rows`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          get: (req) => t.get(req).then((r) => ((read += r ? 1 : 0), r)),
          getMany: (req) => t.getMany(req).then((r) => ((read += r.filter((x) => x !== undefined).length), r)),
          query: (req) => t.query(req).then((r) => ((read += req.values ? r.result.length : 0), r)),
          mutate: (req) => ((written += req.type === 'put' || req.type === 'add' ? req.values.length : 0), t.mutate(req)),
        };
      },
    }),
  };
  const take = (get: () => number, reset: () => void) => () => {
    const n = get();
    reset();
    return n;
  };
  return {
    middleware,
    takeRead: take(() => read, () => (read = 0)),
    takeWritten: take(() => written, () => (written = 0)),
  };
}
