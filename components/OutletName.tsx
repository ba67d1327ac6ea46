import { splitOutletName } from './format';

/**
 * An outlet's name with a trailing qualifier set off quietly: "Diyaruna (attributed)" shows "Diyaruna" with a
 * small muted "(attributed)" that explains itself on hover. The name is the first text node.
 */
export function OutletName({ name }: { name: string }) {
  const { base, qualifier } = splitOutletName(name);
  return (
    <>
      {base}
      {qualifier && (
        <span
          class="cl-qual"
          title={qualifier.toLowerCase() === 'attributed' ? 'The text does not name its publisher; ClaimLens attributes it from the page it came from' : undefined}
        >
          {` (${qualifier})`}
        </span>
      )}
    </>
  );
}
