/** A plain form: signs out without JavaScript and without next-auth's client bundle (the action: app/auth-actions.ts). */
export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded px-2 py-1 text-sm hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
