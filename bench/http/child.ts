// Child processes of the HTTP benchmarks: the built API and worker, asked for their memory, stopped.
import { fork, type ChildProcess } from 'node:child_process';

export interface Child<T> {
  ready: T;
  pid: number;
  rss: () => Promise<number>;
  stop: () => Promise<void>;
}

/** `script` runs under plain node, without this process's TypeScript loader. */
export async function startChild<T>(
  script: string,
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<Child<T>> {
  const child: ChildProcess = fork(script, [], { execArgv, env: { ...process.env, ...env } });
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    ready,
    pid: child.pid!,
    rss: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve((message as { rss: number }).rss));
        child.send('rss');
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}
