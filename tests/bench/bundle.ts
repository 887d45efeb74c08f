import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  label: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The sizes of the built extension: the parts that run (background, content script, options, popup, their shared chunks) and the whole folder. */
export function bundleRows(dir: string): BundleRow[] {
  const all = filesUnder(dir);
  const row = (label: string, files: string[]): BundleRow => {
    const contents = files.map((file) => readFileSync(join(dir, file)));
    return {
      label,
      files,
      bytes: contents.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c).length, 0),
    };
  };
  const matching = (pattern: RegExp) => all.filter((file) => pattern.test(file));
  return [
    row('background.js', matching(/^background\.js$/)),
    row('content script js', matching(/^content-scripts\/.*\.js$/)),
    row('content script css', matching(/^content-scripts\/.*\.css$/)),
    row('options chunk js', matching(/^chunks\/options-.*\.js$/)),
    row('options css', matching(/^assets\/options-.*\.css$/)),
    row('popup chunk js', matching(/^chunks\/popup-.*\.js$/)),
    row('popup css', matching(/^assets\/popup-.*\.css$/)),
    row('shared chunks js', matching(/^chunks\/(?!options-|popup-).*\.js$/)),
    row(`total (${all.length} files)`, all),
  ];
}
