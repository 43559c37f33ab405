// A webhook consumer as a platform writes one: verify with the `standardwebhooks`
// library (any language has one), then handle each event id once.
//   WEBHOOK_SECRET=whsec_… PORT=4000 node examples/webhook-receiver.mjs
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';

const verifier = new Webhook(process.env.WEBHOOK_SECRET ?? '');
const seen = new Set();

createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    let event;
    try {
      event = verifier.verify(body, req.headers); // throws on a bad signature or a stale timestamp
    } catch (error) {
      console.log(`rejected: ${error.message}`);
      return res.writeHead(400).end();
    }
    if (!seen.has(event.id)) {
      seen.add(event.id);
      console.log(`verified ${event.type} ${event.id} ${JSON.stringify(event.data)}`);
    }
    res.writeHead(204).end();
  });
}).listen(Number(process.env.PORT ?? 4000), () => console.log('listening'));
