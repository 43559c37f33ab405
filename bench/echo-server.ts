import express from 'express';

// The baseline: a bare Express JSON echo on the same runtime and node flags, so
// the diagnosis figures read as a ratio to what this machine can do at all.
const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '64kb' }));
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.post('/echo', (req, res) => {
  res.json(req.body);
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
