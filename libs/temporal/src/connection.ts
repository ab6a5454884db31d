import { Connection, ConnectionOptions } from '@temporalio/client';
import { NativeConnection, NativeConnectionOptions } from '@temporalio/worker';
import { readFileSync } from 'fs';
import type { Env } from '@cs/config';

/** One address, namespace and credential policy for the client and the worker alike. */
export function temporalAddress(env: Env): string {
  return env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.TEMPORAL_DEV_PORT}`;
}

function tls(env: Env): ConnectionOptions['tls'] {
  if (env.TEMPORAL_TLS_CERT_PATH && env.TEMPORAL_TLS_KEY_PATH) {
    return {
      clientCertPair: { crt: readFileSync(env.TEMPORAL_TLS_CERT_PATH), key: readFileSync(env.TEMPORAL_TLS_KEY_PATH) },
    };
  }
  return env.TEMPORAL_TLS || env.TEMPORAL_API_KEY ? true : undefined;
}

export function clientConnectionOptions(env: Env): ConnectionOptions {
  return { address: temporalAddress(env), tls: tls(env), apiKey: env.TEMPORAL_API_KEY, connectTimeout: '5s' };
}

export function connectClient(env: Env): Promise<Connection> {
  return Connection.connect(clientConnectionOptions(env));
}

export function connectWorker(env: Env): Promise<NativeConnection> {
  const options: NativeConnectionOptions = {
    address: temporalAddress(env),
    tls: tls(env) as NativeConnectionOptions['tls'],
    apiKey: env.TEMPORAL_API_KEY,
  };
  return NativeConnection.connect(options);
}

const webUiWorkflows = (env: Env) =>
  `${env.TEMPORAL_UI_URL ?? `http://127.0.0.1:${env.TEMPORAL_UI_PORT}`}/namespaces/${env.TEMPORAL_NAMESPACE}/workflows`;

/** A link to one run in the Temporal Web UI, for admins reading history. */
export function webUiRunUrl(env: Env, workflowId: string, runId?: string): string {
  const wf = encodeURIComponent(workflowId);
  return `${webUiWorkflows(env)}/${wf}${runId ? `/${runId}` : ''}/history`;
}

/** A link to the Web UI's list of workflows filtered by a visibility query (`visibilityQuery`). */
export function webUiListUrl(env: Env, query: string): string {
  return `${webUiWorkflows(env)}?query=${encodeURIComponent(query)}`;
}
