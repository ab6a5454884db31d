/** What the web service's pieces share from its configuration. */
export interface WebConfig {
  secret: string;
  secureCookies: boolean;
  /** Where people reach the service (the OIDC redirect is built from it). */
  baseUrl: string;
  /** The Temporal Web UI, for admins' history links (the API also gives each run's link). */
  temporalUiUrl?: string;
}

export const WEB_CONFIG = Symbol('WEB_CONFIG');
