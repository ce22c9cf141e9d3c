import fs from 'node:fs'
import path from 'node:path'

/** Where the units in `deploy/systemd/` expect things on a server, and so what a rendered copy replaces. */
export const INSTALL_PATHS = { installDir: '/opt/congkhai', envFile: '/etc/congkhai/congkhai.env', dataDir: '/var/lib/congkhai' } as const

/** A unit file's `[Service]` settings, each name with its values in order (`ExecStartPre` can repeat). */
export function serviceSettings(unit: string): Map<string, string[]> {
  const settings = new Map<string, string[]>()
  let section = ''
  for (const raw of unit.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(line)
    if (header) section = header[1]
    else if (section === 'Service') {
      const at = line.indexOf('=')
      const name = line.slice(0, at)
      settings.set(name, [...(settings.get(name) ?? []), line.slice(at + 1)])
    }
  }
  return settings
}

/**
 * A unit file with the install paths replaced by others: those of this checkout, for `systemd-analyze verify`
 * (which checks that each command exists) and for running the units' commands in tests.
 */
export function renderUnit(unit: string, paths: { installDir: string; envFile: string; dataDir: string }): string {
  return unit
    .replaceAll(INSTALL_PATHS.installDir, paths.installDir)
    .replaceAll(INSTALL_PATHS.envFile, paths.envFile)
    .replaceAll(INSTALL_PATHS.dataDir, paths.dataDir)
}

/** Reads an `EnvironmentFile` as systemd does for the simple `NAME=value` lines the example uses. */
export function readEnvironmentFile(file: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const at = line.indexOf('=')
    env[line.slice(0, at)] = line.slice(at + 1)
  }
  return env
}

/**
 * What systemd would run for a unit: its working folder, its environment (from nothing), its commands in order, and
 * the existing folders it may write to (`ReadWritePaths`; a `-` path that does not exist is skipped, as systemd does).
 */
export function unitCommands(unit: string): { cwd: string; env: Record<string, string>; pre: string[][]; main: string[]; writable: string[] } {
  const settings = serviceSettings(unit)
  const one = (name: string) => settings.get(name)?.[0] ?? ''
  const env: Record<string, string> = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }
  for (const file of settings.get('EnvironmentFile') ?? []) Object.assign(env, readEnvironmentFile(file.replace(/^-/, '')))
  for (const line of settings.get('Environment') ?? []) for (const pair of line.split(/\s+/)) env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
  const argv = (command: string) => command.split(/\s+/)
  const writable = (settings.get('ReadWritePaths') ?? [])
    .flatMap((line) => line.split(/\s+/))
    .filter((entry) => !entry.startsWith('-') || fs.existsSync(entry.slice(1)))
    .map((entry) => entry.replace(/^-/, ''))
  return { cwd: path.resolve(one('WorkingDirectory')), env, pre: (settings.get('ExecStartPre') ?? []).map(argv), main: argv(one('ExecStart')), writable }
}
