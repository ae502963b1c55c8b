// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the libraries' own key type
type Constructor = Function;

const examples = new Map<Constructor, unknown>();

/**
 * One example of a request body, on its DTO: the OpenAPI document shows it on every operation
 * taking that body (`npm run openapi`). Typed by the DTO, so a misspelt field fails to compile;
 * a test checks each example against its schema and the validation pipe.
 */
export function BodyExample<T extends object>(example: T) {
  return (target: abstract new (...args: never[]) => T): void => {
    examples.set(target, example);
  };
}

/** The DTOs with an example, by class name (request bodies' schemas are named after them). */
export function bodyExamples(): Map<string, { readonly dto: Constructor; readonly example: unknown }> {
  const byName = new Map<string, { dto: Constructor; example: unknown }>();
  for (const [dto, example] of examples) {
    if (byName.has(dto.name)) throw new Error(`two request bodies named ${dto.name} have examples`);
    byName.set(dto.name, { dto, example });
  }
  return byName;
}
