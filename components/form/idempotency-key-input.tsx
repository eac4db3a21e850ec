"use client";
import { useField } from "./action-form";

/** The key the form holds now: a restored draft's, else the one made with the page. */
export function IdempotencyKeyInput({ made }: { made: string }) {
  const { value } = useField("idempotencyKey");
  return <input type="hidden" name="idempotencyKey" value={value ?? made} />;
}
