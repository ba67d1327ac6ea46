/** Small inline icons (stroke = currentColor), decorative: every use has a text label next to it or on its button. */

/** Magnifier. */
export function SearchIcon() {
  return (
    <svg class="cl-p-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14" />
    </svg>
  );
}

/** Cross. */
export function ClearIcon() {
  return (
    <svg class="cl-p-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path d="M3.5 3.5l7 7M10.5 3.5l-7 7" />
    </svg>
  );
}

/** Three sliders (filters). */
export function FilterIcon() {
  return (
    <svg class="cl-p-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2.5 4.5h11M4.5 8h7M6.5 11.5h3" />
    </svg>
  );
}

/** Chevron pointing right (rotated by CSS when open). */
export function ChevronIcon() {
  return (
    <svg class="cl-p-icon cl-p-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M4.5 2.5 8 6l-3.5 3.5" />
    </svg>
  );
}

/** Gear (settings). */
export function GearIcon() {
  return (
    <svg class="cl-p-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="2.2" />
      <path d="M8 1.8v2M8 12.2v2M1.8 8h2M12.2 8h2M3.6 3.6l1.4 1.4M11 11l1.4 1.4M3.6 12.4 5 11M11 5l1.4-1.4" />
    </svg>
  );
}
