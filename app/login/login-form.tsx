"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";

type Labels = Record<"email" | "password" | "submit" | "pending" | "invalid" | "throttled" | "demoDisabled" | "failed", string>;

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30";

export function LoginForm({ labels }: { labels: Labels }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setPending(false);
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const code = res?.error;
    setError(
      code === "throttled"
        ? labels.throttled
        : code === "demo-disabled"
          ? labels.demoDisabled
          : code && code !== "unavailable"
            ? labels.invalid
            : labels.failed,
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {labels.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-teal-700 px-4 py-2.5 font-medium text-white disabled:opacity-60"
      >
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
