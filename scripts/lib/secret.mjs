// A secret generated once and kept in a file only its owner can read.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Returns the secret stored in `file`, creating it (48 random bytes,
 * base64url, mode 0600) when missing or too short to be one of ours.
 */
export function ensureSecret(file, { bytes = 48 } = {}) {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) {
      if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return existing;
    }
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(bytes).toString("base64url");
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${secret}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
  fs.chmodSync(file, 0o600);
  return secret;
}
