// The passphrase lock's cryptography, only through WebCrypto: PBKDF2-SHA256 turns the passphrase into an AES-GCM
// 256-bit key that never leaves the browser's crypto module (not extractable), and every record is sealed with a
// fresh random 96-bit IV. Nothing here is home-made but the packaging of bytes.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a phone takes about 0.5–2 s, once per unlock. */
export const defaultIterations = 600_000;
/** Files and settings asking for fewer rounds are refused: they would be cheap to guess. */
export const minIterations = 600_000;
/** A file cannot make the phone work for minutes either. */
export const maxIterations = 10_000_000;
const ivBytes = 12;
const saltBytes = 16;

/** What the lock needs to find the key again; stored beside the data, none of it secret. */
export interface KeyParams {
	/** base64 */
	salt: string;
	iterations: number;
	/** A known constant sealed with the key: tells a wrong passphrase from a damaged record. */
	verifier: string;
}

const verifierText = 'birge-lock-verifier-v1';
const verifierContext = 'verifier';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
	let text = '';
	// In slices: String.fromCharCode with a whole record's bytes as arguments would overflow the stack.
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

export function randomSalt(): string {
	return toBase64(crypto.getRandomValues(new Uint8Array(saltBytes)));
}

/** The AES-GCM key for a passphrase; slow on purpose (PBKDF2). */
export async function deriveKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
	if (!Number.isInteger(iterations) || iterations < minIterations || iterations > maxIterations) {
		throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
	}
	const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/**
 * Encrypts any JSON value. `context` (the store and record id) is bound in as additional data, so a sealed record
 * moved to another id or store does not open. Returns base64 of IV followed by ciphertext and tag.
 */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<string> {
	const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
		key,
		encoder.encode(JSON.stringify(value))
	);
	const out = new Uint8Array(ivBytes + data.byteLength);
	out.set(iv);
	out.set(new Uint8Array(data), ivBytes);
	return toBase64(out);
}

/** Decrypts what `seal` made; throws when the key is wrong or a single bit was changed (GCM's tag). */
export async function unseal(key: CryptoKey, sealed: string, context: string): Promise<unknown> {
	const bytes = fromBase64(sealed);
	if (bytes.length <= ivBytes) throw new DOMException('sealed value too short', 'OperationError');
	const plain = await crypto.subtle.decrypt(
		{ name: 'AES-GCM', iv: bytes.subarray(0, ivBytes), additionalData: encoder.encode(context) },
		key,
		bytes.subarray(ivBytes)
	);
	return JSON.parse(decoder.decode(plain));
}

/**
 * The passphrase as keys are made from it: Unicode NFC, so "й" typed as one character on one keyboard and as "и" with
 * a combining breve on another opens the same workbook and the same backup.
 */
export function normalizePassphrase(passphrase: string): string {
	return passphrase.normalize('NFC');
}

/** A new key for a new passphrase, with its own random salt and a verifier. */
export async function newKey(
	passphrase: string,
	iterations = defaultIterations
): Promise<{ key: CryptoKey; params: KeyParams }> {
	const salt = randomSalt();
	const key = await deriveKey(normalizePassphrase(passphrase), salt, iterations);
	return { key, params: { salt, iterations, verifier: await seal(key, verifierText, verifierContext) } };
}

/**
 * The key when the passphrase is right; undefined when it is wrong or the parameters are damaged (a file's salt that
 * is not base64): nothing is changed either way, and nothing is thrown.
 */
export async function openKey(passphrase: string, params: KeyParams): Promise<CryptoKey | undefined> {
	const normalized = normalizePassphrase(passphrase);
	const opened = await tryKey(normalized, params);
	// Locks and backups made before passphrases were normalised used the text exactly as typed.
	if (opened || normalized === passphrase) return opened;
	return tryKey(passphrase, params);
}

async function tryKey(passphrase: string, params: KeyParams): Promise<CryptoKey | undefined> {
	try {
		const key = await deriveKey(passphrase, params.salt, params.iterations);
		return (await unseal(key, params.verifier, verifierContext)) === verifierText ? key : undefined;
	} catch {
		return undefined;
	}
}

/** Whether an unknown value has the shape of KeyParams (settings and backup files are read from outside). */
export function isKeyParams(value: unknown): value is KeyParams {
	if (typeof value !== 'object' || value === null) return false;
	const { salt, iterations, verifier } = value as Record<string, unknown>;
	return (
		typeof salt === 'string' &&
		isBase64(salt) &&
		salt.length >= 16 &&
		typeof iterations === 'number' &&
		Number.isInteger(iterations) &&
		iterations >= minIterations &&
		iterations <= maxIterations &&
		typeof verifier === 'string' &&
		isBase64(verifier)
	);
}

/** Whether `atob` can read the text: base64 letters, padded to a multiple of four. */
export function isBase64(text: string): boolean {
	return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}
