// `npm start`: serves the built site like any static host would.
import { createStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

createStaticServer({ root: 'build' }).listen(port, host, () => {
	console.log(`Birge is running at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)`);
});
