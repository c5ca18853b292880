// A small static file server for trying Onward locally and for the browser tests.
// Any static host works the same way (see README.md, "Hosting"); this one only adds the
// right MIME types and no caching surprises.
//   node scripts/serve.mjs [folder] [port] [host]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] || 'build/web/site');
const port = Number(process.argv[3] || 8080);
const host = process.argv[4] || 'localhost';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
  fs.stat(file, (statErr, stat) => {
    if (statErr || !stat.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    // Revalidated on every use, and answered "unchanged" when it is: what static hosts do.
    const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
    const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream',
                      'cache-control': 'no-cache', etag };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, headers).end(data);
    });
  });
});
server.listen(port, host, () => {
  console.log(`Onward is being served from ${root}`);
  console.log(`Open http://localhost:${server.address().port}/`);
});
