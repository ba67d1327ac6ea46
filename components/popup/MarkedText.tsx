/** Props of {@link MarkedText}. */
export interface MarkedTextProps {
  text: string;
  /** [start, end) character ranges to mark; overlapping or out-of-range ones are tolerated. */
  marks: readonly (readonly [number, number])[];
}

/** Splits `text` at the marks: plain runs and marked runs, in order. Pure, for rendering and tests. */
export function markSegments(text: string, marks: MarkedTextProps['marks']): { text: string; marked: boolean }[] {
  const sorted = marks
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    const start = Math.max(a, at);
    if (b <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, b), marked: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Text with its matched words in `<mark>`. Everything is rendered as text nodes, never as HTML. */
export function MarkedText({ text, marks }: MarkedTextProps) {
  return (
    <>
      {markSegments(text, marks).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  );
}
