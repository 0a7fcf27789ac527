/** Orders strings in code-unit order: the same order on every machine and in every locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders records by id, in code-unit order: the order every list of records is given in. */
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number =>
  byText(a.id, b.id);
