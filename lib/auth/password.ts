// Password hashing with bcrypt (bcryptjs: pure JavaScript, nothing native to
// build or download). Cost 11 ≈ 0.1–0.2 s per check on this 2-core machine.
import bcrypt from "bcryptjs";

const COST = 11;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
