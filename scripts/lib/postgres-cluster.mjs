// A throwaway Postgres cluster for tests and the bench: Debian's `postgresql` (installed with apt when missing),
// initdb in a temp folder as the `postgres` user (initdb refuses root), its own port, its socket in that folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function install() {
  if (process.getuid?.() !== 0) throw new Error('Postgres is not installed and installing it needs root: apt-get install postgresql');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
}

/** As root, run the server's tools as `postgres`; as anyone else, as ourselves. */
function asOwner(command, args, log) {
  const root = process.getuid?.() === 0;
  // The server pg_ctl starts would hold a captured pipe open for ever: its output goes to a file instead.
  const options = log ? { stdio: 'ignore' } : { encoding: 'utf8' };
  const result = root ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], options) : spawnSync(command, args, options);
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${log ? readFileSync(log, 'utf8') : result.stderr || result.stdout}`);
}

export async function startPostgres(port) {
  let bin = binDir();
  if (!bin) {
    install();
    bin = binDir();
    if (!bin) throw new Error('postgresql installed but pg_ctl was not found under /usr/lib/postgresql');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'login-help-pg-'));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  asOwner(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const log = path.join(dir, 'log');
  asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start'], log);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], log);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
