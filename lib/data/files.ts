import "server-only";
// Stored files (policy evidence, guide versions) for the download route. A
// file is found only through what it belongs to: a policy's evidence needs
// policy.read and that policy inside the user's scope; a guide file needs
// guide.read. Anything else (including a file attached to nothing) is not found.
import { db } from "@/lib/db/client";
import { can } from "@/lib/authz/permissions";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function getFileForDownload(user: ScopedUser, id: number) {
  const reachable: Prisma.StoredFileWhereInput[] = [];
  if (can(user, "policy.read")) reachable.push({ AND: [{ policyTarget: { isNot: null } }, { policyTarget: { is: areaWhere(user) } }] });
  if (can(user, "guide.read")) reachable.push({ guideVersion: { isNot: null } });
  if (reachable.length === 0) return null;
  return db().storedFile.findFirst({
    where: { AND: [{ id }, { OR: reachable }] },
    select: { id: true, originalName: true, mimeType: true, sizeBytes: true, sha256: true, data: true },
  });
}
