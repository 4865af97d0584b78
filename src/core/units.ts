/** Milliseconds since 1970-01-01T00:00Z. Branded so it is never mixed up with pixels. */
export type EpochMs = number & { readonly __brand: 'EpochMs' };

export const epochMs = (n: number) => n as EpochMs;
