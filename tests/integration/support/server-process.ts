import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A real `src/server/main.ts` in its own Node process, as production runs it. */
export type ServerProcess = {
  url: string;
  process: ChildProcess;
  /** SIGTERM and wait (the server shuts down cleanly). */
  stop(): Promise<void>;
  /** SIGKILL: the power cut. */
  kill(): Promise<void>;
};

export type ServerProcessOptions = {
  /** Absent: the embedded SQLite in `dataDir`. */
  databaseUrl?: string;
  /** A fixed port (a browser's data belongs to its origin, so a restarted server must come back on it); default any free one. */
  port?: number;
  demoPassword?: string;
  dataDir: string;
  staticDir: string;
  jwtSecret: string;
};

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Starts `node --import tsx src/server/main.ts` on a free port and waits for its banner. `node --import`
 * rather than the tsx CLI: the CLI runs the server in a child process, which a SIGKILL of the CLI would
 * leave running.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl ?? '',
      DEMO_PASSWORD: options.demoPassword ?? '',
      DATA_DIR: options.dataDir,
      STATIC_DIR: options.staticDir,
      JWT_SECRET: options.jwtSecret,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(() => failed(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open:\s+(http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`server exited (${code}) before starting:\n${output}`));
    });
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, process: child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}
