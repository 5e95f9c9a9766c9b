export { handleMessage, type MessageContext } from './handle-message.js';
export { parseCommand } from './parse-command.js';
export * from './request.js';
export { type RunContext, runRequest } from './run-request.js';
export { COMMAND_USAGE, usageHint } from './usage.js';
