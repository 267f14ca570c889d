// Reads the node directly with fetch, independently of the SDK, to see what it recorded.

export async function messageStatus(api, hash) {
  const response = await fetch(`${api}/api/v0/messages/${hash}`, { headers: { accept: 'application/json' } })
  if (response.status === 404) return { status: 'not_found', http: 404 }
  const body = await response.json()
  return { http: response.status, status: body.status, errorCode: body.error_code, forgottenBy: body.forgotten_by ?? [], body }
}

/**
 * Polls a message until `settled(status)` holds or `timeoutMs` passes (back-off 100 ms to 1 s);
 * returns the last answer either way.
 */
export async function waitFor(api, hash, timeoutMs, settled = (s) => s !== 'pending' && s !== 'not_found') {
  const deadline = performance.now() + timeoutMs
  let pause = 100
  for (;;) {
    let answer
    try {
      answer = await messageStatus(api, hash)
    } catch (error) {
      answer = { status: 'unreachable', error: String(error?.message ?? error) }
    }
    if (settled(answer.status) || performance.now() >= deadline) return answer
    await new Promise((resolve) => setTimeout(resolve, pause))
    pause = Math.min(pause * 2, 1000)
  }
}

export async function rawBytes(api, hash) {
  const response = await fetch(`${api}/api/v0/storage/raw/${hash}`)
  if (!response.ok) throw new Error(`GET /api/v0/storage/raw/${hash} answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}
