import { describe, expect, it } from 'vitest'
import { startService } from './processes'
import { supervise } from './supervise'

const node = process.execPath
const until = async (check: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('supervise', () => {
  it('reports a crash with the signal and what still runs, restarts the service, and stops it for good on stop()', async () => {
    const lines: string[] = []
    const pids: number[] = []
    const service = supervise({
      name: 'sleeper',
      label: 'a sleeping process',
      start: () => {
        const s = startService('sleeper', node, ['-e', 'setInterval(() => {}, 1000)'])
        pids.push(s.child.pid!)
        return s
      },
      others: () => ['the other one'],
      whileDown: 'nothing works',
      restartDelaysMs: [50],
      log: (line) => lines.push(line),
    })
    await until(() => service.running())
    process.kill(pids[0]!, 'SIGKILL')
    await until(() => pids.length === 2 && service.running())
    const report = lines.join('\n')
    expect(report).toContain(`SERVICE CRASHED: a sleeping process (sleeper, pid ${pids[0]}) exited on signal SIGKILL`)
    expect(report).toContain('still running: the other one')
    expect(report).toContain('while it is down: nothing works')
    expect(report).toContain('restarting sleeper in 0.05 s')
    await service.stop()
    expect(service.running()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(pids).toHaveLength(2)
    expect(lines.filter((l) => l.includes('SERVICE CRASHED'))).toHaveLength(1)
  })

  it('gives up after the allowed crashes in a row and says so', async () => {
    const lines: string[] = []
    let starts = 0
    supervise({
      name: 'crasher',
      label: 'a crashing process',
      start: () => {
        starts += 1
        return startService('crasher', node, ['-e', 'process.exit(3)'])
      },
      others: () => [],
      restartDelaysMs: [10, 10],
      log: (line) => lines.push(line),
    })
    await until(() => lines.some((l) => l.startsWith('NOT restarting crasher')))
    expect(starts).toBe(3)
    expect(lines.filter((l) => l.includes('exited with code 3'))).toHaveLength(3)
    expect(lines.join('\n')).toContain('still running: nothing else')
  })
})
