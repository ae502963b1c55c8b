/** The deployment's settings, read from /config.json (written beside the static files). */
export interface ConsoleConfig {
  readonly auth:
    | { readonly mode: 'dev' }
    | {
        readonly mode: 'oidc';
        readonly issuer: string;
        readonly clientId: string;
        readonly scope?: string;
        /** Dot paths of the roles and branches claims, as the services read them (AUTH_ROLES_CLAIM). */
        readonly rolesClaim?: string;
        readonly branchesClaim?: string;
      };
  readonly branchTimeZones: Readonly<Record<string, string>>;
  readonly branches: readonly string[];
  /** Where the services' APIs are, when not on this origin. */
  readonly apiBase?: string;
}

let loaded: ConsoleConfig | undefined;

export async function loadConfig(): Promise<ConsoleConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`/config.json: ${res.status}`);
  loaded = (await res.json()) as ConsoleConfig;
  return loaded;
}

export function config(): ConsoleConfig {
  if (!loaded) throw new Error('the configuration is not loaded yet');
  return loaded;
}
