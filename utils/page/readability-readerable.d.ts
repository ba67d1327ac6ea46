/** Types of @mozilla/readability's standalone readerable check (its index.d.ts types only the package root). */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
