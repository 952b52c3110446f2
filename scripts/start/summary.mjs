// What `npm start` says once everything runs: where to go, and what it started, in a few lines.

/** The same default as API_DOCS in libs/config: on unless production. */
export function apiDocsOn(env) {
  return env.API_DOCS ? /^(true|1|yes|on)$/i.test(env.API_DOCS.trim()) : env.NODE_ENV !== 'production';
}

export function startupSummary({ env, postgres, redis, pids = {} }) {
  const rows = [
    ['App', env.APP_URL],
    apiDocsOn(env) && ['API docs', `${env.APP_URL}/docs`],
    env.SMTP_URL
      ? ['Mail', 'sent over SMTP_URL']
      : ['Mailbox', `${env.APP_URL}/dev/mail  (mails stay here: no SMTP_URL is set)`],
    ['PostgreSQL', postgres],
    ['Redis', redis],
    [
      'Processes',
      Object.entries(pids)
        .map(([name, pid]) => `${name} (pid ${pid})`)
        .join(', '),
    ],
  ].filter((row) => row && row[1]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    'Neuland is running',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '  Stop it with Ctrl-C.',
    '',
  ].join('\n');
}
