/** Schema names are interpolated into SQL: only plain identifiers are accepted. */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new TypeError(`invalid SQL identifier ${name}`);
  return name;
}
