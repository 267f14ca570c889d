// The official SDK, used as published, plus the three content fields SDK 1.7 cannot set:
// a PROGRAM's allow_amend (always false in the SDK) and replaces, and a STORE's ref.
// Only the content is extended; hashing, signing, envelopes and HTTP remain the SDK's.

import { createRequire } from 'node:module'

import { AuthenticatedAlephHttpClient } from '@aleph-sdk/client'
import { importAccountFromPrivateKey } from '@aleph-sdk/ethereum'
import { ProgramMessageClient, StoreMessageClient } from '@aleph-sdk/message'

const require = createRequire(import.meta.url)

/** Versions actually installed (from the lock file), printed with every report. */
export function installedVersions() {
  const names = ['@aleph-sdk/client', '@aleph-sdk/message', '@aleph-sdk/ethereum', '@aleph-sdk/core', 'ethers', 'axios']
  return Object.fromEntries(names.map((name) => [name, require(`${name}/package.json`).version]))
}

class ProgramClientWithAmends extends ProgramMessageClient {
  prepareBaseContent(options) {
    const content = super.prepareBaseContent(options)
    if (typeof options.allowAmend === 'boolean') content.allow_amend = options.allowAmend
    if (options.replaces) content.replaces = options.replaces
    return content
  }
}

class StoreClientWithRef extends StoreMessageClient {
  async prepareMessageContent(options) {
    const content = await super.prepareMessageContent(options)
    if (options.ref) content.ref = options.ref
    return content
  }
}

/** An authenticated SDK client on `api` whose program and store clients accept the extra fields. */
export function sdkClient(api, privateKey) {
  const account = importAccountFromPrivateKey(privateKey)
  const client = new AuthenticatedAlephHttpClient(account, api)
  client.programClient = new ProgramClientWithAmends(api)
  client.storeClient = new StoreClientWithRef(api)
  return { account, client }
}
