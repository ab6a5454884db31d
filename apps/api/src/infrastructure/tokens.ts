/** Injection tokens for the infrastructure the feature modules share. */
export const ENV = Symbol('ENV');
