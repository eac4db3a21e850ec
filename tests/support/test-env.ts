/** The database integration tests use (created fresh by global-setup). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pekka_test";
