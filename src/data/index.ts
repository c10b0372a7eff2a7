/** The dataset module: schema and types, validation, loading, text helpers. Pure: no DOM, no Lit. */
export * from './load';
export * from './schema';
export * from './sources';
export * from './text';
export * from './validate';
