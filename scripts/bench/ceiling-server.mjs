// The ceiling: node:http answering every request with fixed bytes, in its own process like the real server.
import http from 'node:http';

process.once('message', ({ port, status, headers, body }) => {
  const bytes = Buffer.from(body, 'base64');
  http
    .createServer((request, response) => {
      response.writeHead(status, headers);
      response.end(bytes);
    })
    .on('error', (error) => process.send(error.message))
    .listen(port, '127.0.0.1', () => process.send('listening'));
});
