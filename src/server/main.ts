// Temporary: replaced by the demo-cluster server (issue 3).
import http from 'node:http';
export async function main(_argv: string[]): Promise<void> {
  const s = http.createServer((_req, res) => res.end('{}'));
  await new Promise<void>((r) => s.listen(Number(_argv[_argv.indexOf('--port') + 1] ?? 8080), '127.0.0.1', r));
  console.log('listening');
}
