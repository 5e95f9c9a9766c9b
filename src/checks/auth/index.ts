export { authHeadline, buildAuthReport } from './auth-report.js';
export { checkAuth } from './check-auth.js';
export { COMMON_SELECTORS } from './check-dkim.js';
export { AUTH_CODES, type AuthCode, type AuthFinding } from './codes.js';
export { mailauthResolver } from './mailauth-resolver.js';
export { runAuthCheck } from './run-auth-check.js';
export type { AuthCheck, AuthCheckOptions, AuthInput, PartResult, SpfIpResult } from './types.js';
