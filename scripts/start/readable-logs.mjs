// In a terminal, `npm start` shows the processes' JSON log lines as short readable ones, without the framework's
// start-up chatter (a line per module and per route). Piped elsewhere, or with LOG_FORMAT=json, lines pass as JSON.
import { createInterface } from 'node:readline';

/** Nest's start-up lines: useful when debugging the framework, noise when starting the app. */
const START_UP_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);
const INFO = 30;

export function wantsReadableLogs(env, stdout = process.stdout) {
  const format = env.LOG_FORMAT?.trim().toLowerCase();
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return Boolean(stdout.isTTY);
}

/** Writes `name`'s log lines from `input` to `output`, readable. */
export async function showReadable(name, input, output = process.stdout) {
  const { prettyFactory } = await import('pino-pretty');
  const prettify = prettyFactory({
    colorize: Boolean(output.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: `${name.padEnd(6)} {if context}{context}: {end}{msg}`,
    singleLine: true,
  });
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const entry = parseLogLine(line);
    if (!entry) {
      if (line.trim()) output.write(`${name.padEnd(6)} ${line}\n`);
      continue;
    }
    if (START_UP_CHATTER.has(entry.context) && (entry.level ?? INFO) <= INFO) continue;
    output.write(prettify(entry));
  }
}

function parseLogLine(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line);
    return typeof entry === 'object' && entry !== null && 'level' in entry ? entry : undefined;
  } catch {
    return undefined;
  }
}
