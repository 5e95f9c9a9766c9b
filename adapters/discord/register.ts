import { runRegister } from './register-commands.js';

// Entry of `npm run discord:register` (built to dist/adapters/discord/register.js).
process.exitCode = await runRegister(process.argv.slice(2), process.env, process.stdout, process.stderr);
