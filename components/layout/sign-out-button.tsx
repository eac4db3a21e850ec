import { signOutAction } from "@/app/auth-actions";

/** A plain form: signs out without JavaScript and without next-auth's client bundle. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded px-2 py-1 text-sm hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
