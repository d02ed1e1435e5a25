import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/static-server.mjs';

/** A static server of the test's own, which the test can point at another build or shut down (really offline). */
export async function startServer(root: string | (() => string)) {
	const server = createStaticServer({ root });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		async stop() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
