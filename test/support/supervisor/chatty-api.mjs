// A stand-in for the API that logs as the real one does at start: JSON lines, most of them Nest's module and route
// chatter, one that matters, and a line that is not JSON.
import { serveHealth } from './health-server.mjs';

const line = (level, context, msg) =>
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, context, msg })}\n`);
line(30, 'NestFactory', 'Starting Nest application...');
for (const module of ['AppModule', 'MeetupsCoreModule', 'AuthModule'])
  line(30, 'InstanceLoader', `${module} dependencies initialized`);
for (const route of ['/api/v1/meetups', '/api/v1/auth/login'])
  line(30, 'RouterExplorer', `Mapped {${route}, GET} route`);
line(30, 'Migrations', 'applied 2 migrations');
line(40, 'MailTransport', 'No SMTP_URL: mails go to the development mailbox');
process.stdout.write('a line that is not JSON\n');
serveHealth(process.env.PORT);
