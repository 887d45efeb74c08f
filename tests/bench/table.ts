/** A plain-text table: columns padded to their widest cell; numbers (and `right` columns) aligned right. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('   ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** `7`, or `7 (6–8)` when the runs did not agree. */
export function spread(values: readonly number[], middle: number): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(middle) : `${middle} (${low}–${high})`;
}
