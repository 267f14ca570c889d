// What the SDK sent and what the node answered, seen from the SDK's own HTTP library.
//
// The SDK packages are CommonJS and load axios' CommonJS build; importing axios as an ES module
// would give a second instance whose interceptors never see the SDK's requests.

import { createRequire } from 'node:module'

const axios = createRequire(import.meta.url)('axios')

/** Starts recording every request the SDK makes; returns the growing list of exchanges. */
export function recordSdkTraffic() {
  const exchanges = []
  const note = (config, status) =>
    exchanges.push({
      method: String(config?.method ?? '').toUpperCase(),
      path: new URL(config?.url ?? 'http://unknown/').pathname,
      status,
      body: typeof config?.data === 'string' ? config.data : undefined,
      form: formFields(config?.data),
    })
  axios.interceptors.response.use(
    (response) => {
      note(response.config, response.status)
      return response
    },
    (error) => {
      note(error?.config, error?.response?.status ?? null)
      return Promise.reject(error)
    },
  )
  return exchanges
}

function formFields(data) {
  if (!data || typeof data.entries !== 'function' || typeof data.append !== 'function') return undefined
  const fields = {}
  for (const [name, value] of data.entries()) fields[name] = typeof value === 'string' ? value : { size: value.size }
  return fields
}

/** The envelope the SDK last submitted among `exchanges`, with the HTTP status it got. */
export function lastSubmission(exchanges) {
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const x = exchanges[i]
    if (x.method !== 'POST') continue
    if (x.path === '/api/v0/messages' && x.body) return { status: x.status, ...JSON.parse(x.body) }
    if (x.path === '/api/v0/storage/add_file' && typeof x.form?.metadata === 'string') {
      return { status: x.status, ...JSON.parse(x.form.metadata) }
    }
  }
  return undefined
}
