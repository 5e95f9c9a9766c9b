// Types for test/helpers/self-signed-cert.mjs, so the TypeScript tests can import it under strict mode.

/**
 * Key and certificate for `name` (CN and subjectAltName). With `dir`, key.pem and cert.pem are written
 * there and kept; otherwise a temp dir is used and removed.
 */
export function selfSignedCert(name: string, options?: { dir?: string }): { key: Buffer; cert: Buffer };
