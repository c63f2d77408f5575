// Starts s3rver for S3MediaStore's tests: node start.js <directory> <bucket> [port]. Listens on 127.0.0.1, on the
// port given or a free one (0), and prints "s3rver listening on <port>" once the bucket exists. It stops when its
// standard input closes (the test stopped it, or its JVM ended), so that no server is left behind.
'use strict';
const S3rver = require('s3rver');

const [directory, bucket, port] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port || 0),
  silent: true,
  directory,
  configureBuckets: [{ name: bucket }],
});
server.run().then(({ port }) => {
  console.log(`s3rver listening on ${port}`);
  process.stdin.resume();
  process.stdin.on('end', () => server.close(() => process.exit(0)));
}, (error) => {
  console.error(error);
  process.exit(1);
});
