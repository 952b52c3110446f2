export const log = (message) => process.stderr.write(`[neuland] ${message}\n`);
