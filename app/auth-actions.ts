"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// next-auth's JWT sessions live only in these cookies (plain and, on HTTPS,
// __Secure-prefixed, possibly chunked); removing them signs the user out.
// A server action needs no client library and is protected by Next's origin check.
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  for (const c of jar.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name)) jar.delete(c.name);
  }
  redirect("/login");
}
