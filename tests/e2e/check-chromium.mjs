// Fails fast, in one line, when the browser the e2e tests and the demo need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (Debian) or set CHROMIUM_PATH.`);
  process.exit(1);
}
