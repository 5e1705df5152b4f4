/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {}
