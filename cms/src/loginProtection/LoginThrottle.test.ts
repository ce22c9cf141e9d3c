import { describe, expect, it } from 'vitest'
import { MemoryAttemptStore } from './AttemptStore'
import { LoginThrottle } from './LoginThrottle'

const options = { addressBurst: 5, addressPerMinute: 5, accountFreeFailures: 5, accountMaxDelayMs: 8000 }
const admin = 'admin@congkhai.local'

/** Sends one attempt a `stepMs` from `address` for `durationMs`; answers the times at which attempts were admitted. */
async function flood(throttle: LoginThrottle, address: string, account: string, durationMs: number, stepMs: number, start = 0) {
  const admitted: number[] = []
  for (let t = start; t < start + durationMs; t += stepMs) {
    const a = await throttle.admit(address, account, t)
    if (a.admit) admitted.push(t + a.waitMs)
  }
  return admitted
}

describe('LoginThrottle', () => {
  it('lets one address reach the password check at most once a second, and its burst then 5 a minute', async () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    const checks = await flood(throttle, '203.0.113.9', admin, 300_000, 50)
    const perSecond = new Map<number, number>()
    for (const t of checks) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1)
    expect(Math.max(...perSecond.values())).toBe(1)
    expect(checks.length).toBeLessThanOrEqual(5 + 25 + 1)
  })

  it('answers an address over its limit with the time to wait', async () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    for (let i = 0; i < 5; i++) expect((await throttle.admit('a', `x${i}@b.c`, i * 1000)).admit).toBe(true)
    const refused = await throttle.admit('a', 'y@b.c', 5000)
    expect(refused).toMatchObject({ admit: false, reason: 'address' })
    expect(refused.admit === false && refused.retryAfterMs).toBeGreaterThan(0)
    expect(refused.admit === false && refused.retryAfterMs).toBeLessThanOrEqual(12_000)
  })

  it('never locks an account: after many failures from many addresses an attempt waits, then is checked', async () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    for (let i = 0; i < 40; i++) await throttle.admit(`198.51.100.${i}`, admin, i * 10_000)
    const owner = await throttle.admit('192.0.2.1', admin, 400_000)
    expect(owner.admit).toBe(true)
    expect(owner.admit && owner.waitMs).toBeLessThanOrEqual(8000)
  })

  it('spaces checks of one account out more and more, up to the maximum', () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    expect([4, 5, 6, 7, 8, 9, 20].map((f) => throttle.delayFor(f))).toEqual([0, 1000, 2000, 4000, 8000, 8000, 8000])
  })

  it('treats an email no account has exactly like a real one', async () => {
    const [real, invented] = [new LoginThrottle(new MemoryAttemptStore(), options), new LoginThrottle(new MemoryAttemptStore(), options)]
    const run = async (throttle: LoginThrottle, account: string) => {
      const out = []
      for (let i = 0; i < 30; i++) out.push(await throttle.admit(`10.0.0.${i}`, account, i * 100))
      return out
    }
    expect(await run(invented, 'nobody@congkhai.local')).toEqual(await run(real, admin))
  })

  it('gives a successful login back to its address, and lets that address skip the account queue later', async () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    await throttle.admit('192.0.2.1', admin, 0)
    await throttle.succeeded('192.0.2.1', admin, 0)
    for (let i = 0; i < 40; i++) await throttle.admit(`198.51.100.${i}`, admin, 1000 + i * 100)
    const stranger = await throttle.admit('192.0.2.99', admin, 5000)
    const owner = await throttle.admit('192.0.2.1', admin, 5000)
    expect(stranger.admit === false || stranger.waitMs > 0).toBe(true)
    expect(owner).toEqual({ admit: true, waitMs: 0 })
  })

  it('refuses rather than queues when an account has more than three delays of attempts waiting', async () => {
    const throttle = new LoginThrottle(new MemoryAttemptStore(), options)
    const answers = []
    for (let i = 0; i < 20; i++) answers.push(await throttle.admit(`198.51.100.${i}`, admin, 0))
    expect(answers.filter((a) => !a.admit).every((a) => !a.admit && a.reason === 'account')).toBe(true)
    expect(Math.max(...answers.map((a) => (a.admit ? a.waitMs : 0)))).toBeLessThanOrEqual(24_000)
  })
})
