// `npm run dev-server`: the add-in on https://localhost:3000, rebuilt on every change, with the
// development certificates of office-addin-dev-certs (installed and trusted on first run).
import devCerts from 'office-addin-dev-certs';
import { serveAddin } from './build-addin.mjs';

const options = await devCerts.getHttpsServerOptions();
const { writeFileSync, mkdtempSync } = await import('node:fs');
const { join } = await import('node:path');
const { tmpdir } = await import('node:os');
const dir = mkdtempSync(join(tmpdir(), 'cchc-certs-'));
writeFileSync(join(dir, 'key.pem'), options.key);
writeFileSync(join(dir, 'cert.pem'), options.cert);
await serveAddin({ port: 3000, keyfile: join(dir, 'key.pem'), certfile: join(dir, 'cert.pem') });
console.log('Phần bổ trợ CCHC: https://localhost:3000/taskpane.html (Ctrl+C để dừng)');
